package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * An indicator (chỉ báo) of a criterion at one level.
 *
 * @param level        the level it belongs to (1, 2, 3)
 * @param letter       its letter as printed ({@code a}, {@code b}, ...)
 * @param officialText the official text, or null when the catalogue does not carry it
 * @param summary      our short summary, or null
 */
public record Indicator(int level, String letter, String officialText, String summary) implements Serializable {

    /** @return level and letter, for example {@code 2b} */
    public String label() {
        return level + letter;
    }
}
