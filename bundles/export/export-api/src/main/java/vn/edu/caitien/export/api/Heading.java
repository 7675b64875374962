package vn.edu.caitien.export.api;

/**
 * A heading: level 1 for the parts ("I. MỤC ĐÍCH, YÊU CẦU", bold, upper case), level 2 for numbered items
 * ("1. Điểm mạnh", bold), level 3 for smaller headings (bold italic).
 *
 * @param level 1 to 3
 * @param text  the text as printed, numbering included
 */
public record Heading(int level, String text) implements Block {

    /** Checks the level. */
    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level 1-3: " + level);
        }
        text = text == null ? "" : text;
    }
}
