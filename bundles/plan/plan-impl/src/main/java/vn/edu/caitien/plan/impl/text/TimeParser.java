package vn.edu.caitien.plan.impl.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.plan.api.TimeSpan;

/**
 * Reads action times as schools write them (domain notes §5.2): {@code "Từ năm học 2025-2026"},
 * {@code "Trong năm học 2025-2026 và các năm tiếp theo"}, {@code "Thời gian thực hiện: 2025-2026 và những năm
 * tiếp theo"}, {@code "Năm 2023"}, {@code "Từ 05/9/2022 đến 31/5/2026"}, {@code "Từ tháng 12 năm 2022 đến tháng 8
 * năm 2026"}, {@code "Tháng 3/2022"}, {@code "Học kỳ I năm học 2025-2026"}.
 *
 * <p>Every date-like piece is read in order; the start of the first is the start, the end of the last is the end.
 * A school year runs 01/08 to 31/07; semester I 01/08 to 15/01, semester II 16/01 to 31/07. Open-ended: "tiếp
 * theo", "trở đi", "lâu dài", "thường xuyên", or "Từ …" without an end (then {@code end} is null). Stateless.
 */
public final class TimeParser {

    private static final Pattern PIECE = Pattern.compile(String.join("|",
            "(?<date>(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4}))",
            "(?<term>(?:học kỳ|hk|học kì)\\s*(?<t>ii|i|2|1)\\b[^\\d]{0,12}(?<ty>\\d{4})\\s*-\\s*\\d{4})",
            "(?<sy>(?<y1>\\d{4})\\s*-\\s*(?<y2>\\d{4}))",
            "(?<month>tháng\\s*(?<mm>\\d{1,2})\\s*(?:năm|/|-)\\s*(?<my>\\d{4}))",
            "(?<year>(?:năm|cuối năm|đầu năm)\\s+(?<yy>\\d{4}))"));

    private TimeParser() {
    }

    /** @return the span; {@link TimeSpan#readable()} is false when no date-like piece was found */
    public static TimeSpan parse(String text) {
        String raw = Texts.nfc(text);
        String t = Texts.fold(raw);
        List<LocalDate[]> pieces = new ArrayList<>();
        Matcher m = PIECE.matcher(t);
        while (m.find()) {
            LocalDate[] piece = piece(m);
            if (piece != null) {
                pieces.add(piece);
            }
        }
        if (pieces.isEmpty()) {
            return new TimeSpan(raw, null, null, false);
        }
        boolean continues = t.contains("tiếp theo") || t.contains("trở đi") || t.contains("lâu dài")
                || t.contains("thường xuyên");
        boolean fromOnly = t.matches("^(thời gian thực hiện:\\s*)?từ\\b.*") && pieces.size() == 1
                && !t.contains("đến");
        LocalDate start = pieces.get(0)[0];
        LocalDate end = fromOnly ? null : pieces.get(pieces.size() - 1)[1];
        return new TimeSpan(raw, start, end, continues || fromOnly);
    }

    private static LocalDate[] piece(Matcher m) {
        try {
            if (m.group("date") != null) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
                return new LocalDate[] {d, d};
            }
            if (m.group("term") != null) {
                int y = Integer.parseInt(m.group("ty"));
                boolean first = m.group("t").equals("i") || m.group("t").equals("1");
                return first ? new LocalDate[] {LocalDate.of(y, 8, 1), LocalDate.of(y + 1, 1, 15)}
                        : new LocalDate[] {LocalDate.of(y + 1, 1, 16), LocalDate.of(y + 1, 7, 31)};
            }
            if (m.group("sy") != null) {
                int y1 = Integer.parseInt(m.group("y1"));
                int y2 = Integer.parseInt(m.group("y2"));
                if (y2 <= y1 || y2 - y1 > 10) {
                    return null;
                }
                return new LocalDate[] {LocalDate.of(y1, 8, 1), LocalDate.of(y2, 7, 31)};
            }
            if (m.group("month") != null) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group("my")), Integer.parseInt(m.group("mm")));
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            int y = Integer.parseInt(m.group("yy"));
            return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
        } catch (DateTimeException e) {
            // "31/2/2024" and the like: not a date, so not a piece; the text is kept as written.
            return null;
        }
    }
}
