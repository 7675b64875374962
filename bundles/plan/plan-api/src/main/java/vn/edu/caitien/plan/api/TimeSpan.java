package vn.edu.caitien.plan.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When an action runs, as the school wrote it, with what could be read from it.
 *
 * @param text       the text as written, NFC; never null, may be empty
 * @param start      the first day, or null when none could be read
 * @param end        the last day, or null when none could be read or when only a start was written
 *                   ({@code "Từ năm học 2025-2026"})
 * @param openEnded  whether the action continues beyond {@code end} ("và các năm tiếp theo", "Từ … " without end)
 */
public record TimeSpan(String text, LocalDate start, LocalDate end, boolean openEnded) implements Serializable {

    /** Defaults the text. */
    public TimeSpan {
        text = text == null ? "" : text;
    }

    /** @return whether a start date could be read */
    public boolean readable() {
        return start != null;
    }
}
