package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a plan covers: one school year ("Năm học 2025-2026") or a multi-year stage ("giai đoạn 2022-2025").
 * A school year runs from 1 August of its first year to 31 July of the next, so a period runs from 1 August of
 * {@code startYear} to 31 July of {@code endYear}.
 *
 * @param kind      school year or stage
 * @param startYear the calendar year in which it starts
 * @param endYear   the calendar year in which it ends; {@code startYear + 1} for a school year
 */
public record PlanPeriod(Kind kind, int startYear, int endYear) implements Serializable {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-–—/]\\s*(\\d{4})");

    /** Whether the plan is for one school year or for a stage. */
    public enum Kind {
        /** Năm học: one school year. */
        SCHOOL_YEAR,
        /** Giai đoạn: several school years. */
        STAGE
    }

    /** Checks the years. */
    public PlanPeriod {
        if (kind == null || startYear < 1945 || endYear <= startYear || endYear - startYear > 10) {
            throw new IllegalArgumentException("implausible period: " + kind + " " + startYear + "-" + endYear);
        }
        if (kind == Kind.SCHOOL_YEAR && endYear != startYear + 1) {
            throw new IllegalArgumentException("a school year spans two consecutive years: " + startYear + "-" + endYear);
        }
    }

    /** @return the school year that starts in {@code startYear} */
    public static PlanPeriod schoolYear(int startYear) {
        return new PlanPeriod(Kind.SCHOOL_YEAR, startYear, startYear + 1);
    }

    /** @return the stage from {@code startYear} to {@code endYear} */
    public static PlanPeriod stage(int startYear, int endYear) {
        return new PlanPeriod(Kind.STAGE, startYear, endYear);
    }

    /**
     * Reads a period as schools write it: {@code "Năm học 2025 – 2026"}, {@code "2025-2026"} (a school year),
     * {@code "giai đoạn 2022-2025"} or any two years more than one apart (a stage).
     *
     * @throws IllegalArgumentException when no two years are found
     */
    public static PlanPeriod parse(String text) {
        String t = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        Matcher m = YEARS.matcher(t);
        if (!m.find()) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        boolean stage = t.contains("giai đoạn") || end != start + 1;
        return new PlanPeriod(stage ? Kind.STAGE : Kind.SCHOOL_YEAR, start, end);
    }

    /** @return 1 August of the start year */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, 8, 1);
    }

    /** @return 31 July of the end year */
    public LocalDate lastDay() {
        return LocalDate.of(endYear, 7, 31);
    }

    /** @return the school years it covers, as {@code 2022-2023} labels, in order */
    public List<String> schoolYears() {
        List<String> years = new ArrayList<>();
        for (int y = startYear; y < endYear; y++) {
            years.add(y + "-" + (y + 1));
        }
        return years;
    }

    /** @return the years as printed: {@code 2025-2026} */
    public String years() {
        return startYear + "-" + endYear;
    }

    /** @return the next period of the same length, for copying a plan forward */
    public PlanPeriod next() {
        return new PlanPeriod(kind, endYear, endYear + (endYear - startYear));
    }

    /** @return {@code SCHOOL_YEAR 2025-2026} style, for logs; the UI formats the label through messages */
    @Override
    public String toString() {
        return kind + " " + years();
    }
}
