package vn.edu.caitien.export.impl;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a monitoring report covers, read from {@link vn.edu.caitien.export.api.DocumentRequest#scope()}:
 * {@code SEMESTER_1:2025} (sơ kết học kỳ I of 2025-2026, as of 15 January 2026), {@code YEAR_END:2025} (tổng kết, as of
 * 31 May 2026, the end of teaching), {@code MONTHLY:2026-03} (as of the month's last day), an ISO day
 * ({@code 2026-03-12}), or empty (today). A period that has not ended yet is reported as of today.
 *
 * @param day   the day the progress is reported for
 * @param label what the report covers, for its title; empty for a day
 */
record ReportPeriod(LocalDate day, String label) {

    private static final Pattern SCOPE = Pattern.compile("(SEMESTER_1|YEAR_END):(\\d{4})|MONTHLY:(\\d{4})-(\\d{2})");

    static ReportPeriod parse(String scope, LocalDate today) {
        String s = scope == null ? "" : scope.strip();
        if (s.isEmpty()) {
            return new ReportPeriod(today, "");
        }
        Matcher m = SCOPE.matcher(s);
        if (m.matches()) {
            if (m.group(1) != null) {
                int start = Integer.parseInt(m.group(2));
                String year = start + "-" + (start + 1);
                return m.group(1).equals("SEMESTER_1")
                        ? new ReportPeriod(earlier(LocalDate.of(start + 1, 1, 15), today), "Sơ kết học kỳ I năm học " + year)
                        : new ReportPeriod(earlier(LocalDate.of(start + 1, 5, 31), today), "Tổng kết năm học " + year);
            }
            YearMonth month;
            try {
                month = YearMonth.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("not a month: " + s, e);
            }
            return new ReportPeriod(earlier(month.atEndOfMonth(), today),
                    "Tháng " + month.getMonthValue() + "/" + month.getYear());
        }
        try {
            return new ReportPeriod(LocalDate.parse(s), "");
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a report covers SEMESTER_1:yyyy, YEAR_END:yyyy, MONTHLY:yyyy-MM or a day: "
                    + s, e);
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
