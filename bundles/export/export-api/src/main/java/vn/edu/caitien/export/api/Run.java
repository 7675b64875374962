package vn.edu.caitien.export.api;

import java.io.Serializable;

/**
 * Text with one style. A line break inside the text ({@code \n}) is a line break in the document.
 *
 * @param text      the text, NFC
 * @param bold      bold
 * @param italic    italic
 * @param underline underlined
 */
public record Run(String text, boolean bold, boolean italic, boolean underline) implements Serializable {

    /** Turns null text into empty text. */
    public Run {
        text = text == null ? "" : text;
    }

    /** @return upright, regular text */
    public static Run plain(String text) {
        return new Run(text, false, false, false);
    }

    /** @return bold text */
    public static Run bold(String text) {
        return new Run(text, true, false, false);
    }

    /** @return italic text */
    public static Run italic(String text) {
        return new Run(text, false, true, false);
    }
}
