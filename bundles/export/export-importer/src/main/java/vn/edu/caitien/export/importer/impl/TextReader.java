package vn.edu.caitien.export.importer.impl;

import java.util.ArrayList;
import java.util.List;
import vn.edu.caitien.export.importer.SourcePosition;

/** Reads Word's plain-text output: a line with tabs is a table row (one cell per tab-separated field), others are paragraphs. */
final class TextReader {

    private TextReader() {
    }

    static List<Block> read(String text) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            String[] fields = fields(line);
            if (fields != null) {
                List<Unit> cells = new ArrayList<>();
                boolean any = false;
                for (int c = 0; c < fields.length; c++) {
                    if (fields[c].isBlank()) {
                        cells.add(null);
                    } else {
                        cells.add(new Unit(fields[c], SourcePosition.line(number, c + 1)));
                        any = true;
                    }
                }
                if (any) {
                    blocks.add(Block.row(cells, 0));
                }
            } else if (!line.isBlank()) {
                blocks.add(Block.line(new Unit(line, SourcePosition.line(number, 0))));
            }
        }
        return blocks;
    }

    /**
     * @return the cells of a table row: tab-separated, or a markdown pipe row ({@code | a | b |}, as some
     *         converters write tables); null for a paragraph
     */
    static String[] fields(String line) {
        if (line.indexOf('\t') >= 0) {
            return line.split("\t", -1);
        }
        String t = line.strip();
        if (t.length() > 2 && t.startsWith("|") && t.endsWith("|") && t.chars().filter(c -> c == '|').count() >= 3) {
            return t.substring(1, t.length() - 1).split("\\|", -1);
        }
        return null;
    }

    /** @return how many non-empty cells and lines the text has */
    static int countUnits(String text) {
        int n = 0;
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            String[] fields = fields(line);
            for (String f : fields == null ? new String[] {line} : fields) {
                if (!f.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }
}
