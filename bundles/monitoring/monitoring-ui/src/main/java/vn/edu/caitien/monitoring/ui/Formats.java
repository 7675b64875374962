package vn.edu.caitien.monitoring.ui;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.Locale;

/**
 * How the monitoring panels write values, as Vietnamese documents print them whatever the interface language:
 * dates dd/MM/yyyy, times HH:mm, money in đồng with dot thousands separators ("1.500.000 đ"), names in Vietnamese
 * alphabetical order.
 */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    static String dateTime(LocalDateTime time) {
        return time == null ? "" : time.format(DAY_TIME);
    }

    /**
     * @return the date written d/M/yyyy or dd/MM/yyyy, or null for blank text
     * @throws DateTimeParseException when the text is not such a date (31/02/2026 included)
     */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.strip().split("/");
        if (p.length != 3 || p[2].strip().length() != 4) {
            throw new DateTimeParseException("not dd/MM/yyyy", text, 0);
        }
        String normalised = pad(p[0]) + "/" + pad(p[1]) + "/" + p[2].strip();
        return LocalDate.parse(normalised, DAY);
    }

    private static String pad(String part) {
        String s = part.strip();
        return s.length() == 1 ? "0" + s : s;
    }

    /** @return "1.500.000 đ"; empty for null */
    static String money(Long amount) {
        return amount == null ? "" : number(amount) + " đ";
    }

    /** @return "1.500.000" */
    static String number(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }

    /**
     * Reads an amount of đồng as people type it: "1.500.000", "1 500 000", "1,500,000", "1500000 đ".
     *
     * @return the amount, or null for blank text
     * @throws NumberFormatException when it is not a whole, non-negative amount
     */
    static Long parseMoney(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.strip().replaceAll("(?i)\\s*(đ|đồng|vnd|vnđ)$", "").replaceAll("[.,\\s\u00a0]", "");
        if (!digits.matches("\\d{1,15}")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(digits).longValueExact();
    }

    /** @return "45 %" */
    static String percent(Integer percent) {
        return percent == null ? "" : percent + " %";
    }

    /** @return Vietnamese alphabetical order (Đ after D, tones after the bare letter) */
    static Collator collator() {
        Collator collator = Collator.getInstance(VI);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    /** @return a comparator of texts in Vietnamese order, nulls first */
    static Comparator<String> vietnamese() {
        Collator collator = collator();
        return Comparator.nullsFirst((a, b) -> collator.compare(a, b));
    }
}
