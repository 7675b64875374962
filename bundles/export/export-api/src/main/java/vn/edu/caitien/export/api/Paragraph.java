package vn.edu.caitien.export.api;

import java.util.List;

/**
 * Body text: justified with a first-line indent by default, as Nghị định 30 asks.
 *
 * @param runs   the text runs
 * @param align  the alignment
 * @param indent whether the first line is indented (1 to 1.27 cm)
 */
public record Paragraph(List<Run> runs, Align align, boolean indent) implements Block {

    /** Copies the list. */
    public Paragraph {
        runs = List.copyOf(runs);
    }

    /** @return a justified, indented paragraph of plain text */
    public static Paragraph text(String text) {
        return new Paragraph(List.of(Run.plain(text)), Align.JUSTIFY, true);
    }

    /** @return a justified, indented paragraph of runs */
    public static Paragraph of(Run... runs) {
        return new Paragraph(List.of(runs), Align.JUSTIFY, true);
    }

    /** @return the text without styles */
    public String plainText() {
        StringBuilder s = new StringBuilder();
        runs.forEach(r -> s.append(r.text()));
        return s.toString();
    }
}
