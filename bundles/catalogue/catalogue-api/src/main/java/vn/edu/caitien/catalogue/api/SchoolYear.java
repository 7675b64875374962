package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year (năm học), September to May, named by its two calendar years: {@code 2026-2027}.
 *
 * @param startYear the calendar year in which it starts
 */
public record SchoolYear(int startYear) implements Serializable, Comparable<SchoolYear> {

    private static final Pattern LABEL = Pattern.compile("\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*");

    /** Checks the year. */
    public SchoolYear {
        if (startYear < 1945 || startYear > 9998) {
            throw new IllegalArgumentException("implausible school year start: " + startYear);
        }
    }

    /**
     * @param label {@code 2026-2027}; spaces and en dashes as schools write them ({@code 2026 – 2027}) are accepted
     * @return the school year
     * @throws IllegalArgumentException when the label is not two consecutive years
     */
    public static SchoolYear parse(String label) {
        Matcher m = LABEL.matcher(label == null ? "" : label);
        if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            throw new IllegalArgumentException("not a school year: " + label);
        }
        return new SchoolYear(Integer.parseInt(m.group(1)));
    }

    /**
     * @return 1 September of the start year: the date used to decide which regime is in force for the year
     */
    public LocalDate referenceDate() {
        return LocalDate.of(startYear, 9, 1);
    }

    /** @return {@code 2026-2027} */
    @Override
    public String toString() {
        return startYear + "-" + (startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
