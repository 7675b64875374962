package vn.edu.caitien.plan.impl.text;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.plan.api.Budget;
import vn.edu.caitien.plan.api.FundingSource;

/**
 * Reads budget texts as schools write them (domain notes §5.2): {@code "500 triệu đồng"}, {@code "50 triệu"},
 * {@code "4 tỷ đồng"}, {@code "1,5 tỷ"}, {@code "500.000.000 đ"}, {@code "1 tỷ 200 triệu"}, {@code "Không"},
 * {@code "Chưa xác định"}, {@code "Ngân sách cấp và XHH"}, {@code "Nguồn kinh phí ngành"}. triệu = 10^6,
 * tỷ/tỉ = 10^9, nghìn/ngàn = 10^3. Stateless.
 */
public final class BudgetParser {

    // A number, then an optional unit. Separators are decided per number: see amountOf.
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)*)\\s*(tỷ|tỉ|triệu|tr\\b|nghìn|ngàn|đồng|đ\\b|vnđ|vnd)?");

    private BudgetParser() {
    }

    /** @return what the text says; never null */
    public static Budget parse(String text) {
        String raw = Texts.nfc(text);
        String t = Texts.fold(raw);
        if (t.isEmpty() || t.equals("-")) {
            return new Budget(raw, Budget.Kind.EMPTY, null, Set.of());
        }
        Set<FundingSource> sources = sources(t);
        if (t.startsWith("chưa xác định") || t.startsWith("chưa có")) {
            return new Budget(raw, Budget.Kind.UNDETERMINED, null, sources);
        }
        if (t.matches("không( có)?( kinh phí)?\\.?") || t.equals("0") || t.equals("0 đồng")) {
            return new Budget(raw, Budget.Kind.NONE, 0L, Set.of());
        }
        Long amount = amount(t);
        if (amount != null) {
            return new Budget(raw, Budget.Kind.AMOUNT, amount, sources);
        }
        if (!sources.isEmpty()) {
            return new Budget(raw, Budget.Kind.SOURCES_ONLY, null, sources);
        }
        return new Budget(raw, Budget.Kind.UNREADABLE, null, Set.of());
    }

    /** @return the sum of the amounts in a folded text, or null when it names none with a unit */
    static Long amount(String t) {
        Matcher m = AMOUNT.matcher(t);
        BigDecimal sum = null;
        while (m.find()) {
            String unit = m.group(2);
            String digits = m.group(1);
            // A bare number without unit counts only when it is written with thousands separators (500.000.000)
            // or is large; "Tiêu chí 3.3" or "năm 2025" are not amounts.
            boolean grouped = digits.matches("\\d{1,3}([.,]\\d{3})+");
            if (unit == null && !grouped) {
                continue;
            }
            BigDecimal value = number(digits, unit);
            BigDecimal multiplier = switch (unit == null ? "" : unit) {
                case "tỷ", "tỉ" -> BigDecimal.valueOf(1_000_000_000L);
                case "triệu", "tr" -> BigDecimal.valueOf(1_000_000L);
                case "nghìn", "ngàn" -> BigDecimal.valueOf(1_000L);
                default -> BigDecimal.ONE;
            };
            sum = (sum == null ? BigDecimal.ZERO : sum).add(value.multiply(multiplier));
        }
        return sum == null ? null : sum.longValue();
    }

    private static BigDecimal number(String digits, String unit) {
        // "500.000.000" and "1.500 triệu": groups of three after a separator are thousands; "1,5 tỷ" and
        // "2.5 triệu" (one or two digits after a single separator) are decimals.
        if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
            return new BigDecimal(digits.replaceAll("[.,]", ""));
        }
        if (digits.matches("\\d+[.,]\\d{1,2}") && unit != null) {
            return new BigDecimal(digits.replace(',', '.'));
        }
        return new BigDecimal(digits.replaceAll("[.,]", ""));
    }

    static Set<FundingSource> sources(String t) {
        Set<FundingSource> sources = EnumSet.noneOf(FundingSource.class);
        if (t.contains("ngân sách") || t.matches(".*\\bns\\b.*") || t.contains("kinh phí ngành")
                || t.contains("nguồn ngành") || t.contains("cấp trên") || t.contains("nhà nước")) {
            sources.add(FundingSource.STATE_BUDGET);
        }
        if (t.contains("xhh") || t.contains("xã hội hóa") || t.contains("xã hội hoá")) {
            sources.add(FundingSource.SOCIALISATION);
        }
        if (t.contains("tài trợ")) {
            sources.add(FundingSource.SPONSORSHIP);
        }
        if (t.contains("nguồn khác") || t.contains("nguồn hợp pháp khác")) {
            sources.add(FundingSource.OTHER);
        }
        return sources;
    }
}
