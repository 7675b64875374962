package vn.edu.caitien.plan.impl.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits a "Chủ trì và phối hợp thực hiện" text into the lead (the first actor) and the partners (the rest), and
 * expands the usual abbreviations of the lead (domain notes §4.3). Stateless.
 */
public final class Responsibles {

    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:[,;\\n]|\\s-\\s|^-\\s*|\\sphối hợp(?: với)?\\s|\\scùng(?: với)?(?: các)?\\s|\\svà\\s)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("bgh", "Ban giám hiệu"), Map.entry("ht", "Hiệu trưởng"), Map.entry("pht", "Phó hiệu trưởng"),
            Map.entry("gvcn", "Giáo viên chủ nhiệm"), Map.entry("gvbm", "Giáo viên bộ môn"),
            Map.entry("gv", "Giáo viên"), Map.entry("tpt đội", "Tổng phụ trách Đội"),
            Map.entry("tổ cm", "Tổ chuyên môn"), Map.entry("tổ vp", "Tổ văn phòng"),
            Map.entry("pgd", "Phòng GD&ĐT"), Map.entry("cmhs", "Cha mẹ học sinh"), Map.entry("phhs", "Phụ huynh học sinh"));

    private Responsibles() {
    }

    /**
     * @param text the responsible text, for example {@code "Ban giám hiệu, Phòng GD&ĐT phối hợp UBND TP"}
     * @return two elements: the lead and the partners joined by ", " (either may be empty)
     */
    public static List<String> split(String text) {
        String t = Texts.nfc(text);
        List<String> parts = Arrays.stream(SEPARATORS.split(t)).map(String::strip)
                .map(s -> s.replaceAll("[.;,]+$", "")).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty()) {
            return List.of("", "");
        }
        return List.of(parts.get(0), String.join(", ", parts.subList(1, parts.size())));
    }

    /** @return the role an abbreviation stands for ("BGH" gives "Ban giám hiệu"), or the text itself */
    public static String expand(String lead) {
        String t = Texts.nfc(lead);
        return ROLES.getOrDefault(Texts.fold(t).replaceAll("[.]$", ""), t);
    }

    /** @return whether the text names nobody ("Không", "-", empty): a value in the wrong column (seed 001) */
    public static boolean isNobody(String text) {
        String t = Texts.fold(text);
        return t.isEmpty() || t.equals("-") || t.equals("không") || t.equals("không có");
    }
}
