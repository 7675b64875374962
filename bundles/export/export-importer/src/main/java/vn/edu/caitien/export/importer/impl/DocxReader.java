package vn.edu.caitien.export.importer.impl;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.edu.caitien.export.importer.SourcePosition;

/**
 * Reads a DOCX body in order: paragraphs become lines, tables of four or more grid columns become rows indexed by
 * grid column (a cell spanning columns sits at its first column; a vertically merged continuation cell is empty),
 * and narrower tables (the Decree 30 header block, the signature block) become lines, cell by cell.
 */
final class DocxReader {

    private DocxReader() {
    }

    static List<Block> read(XWPFDocument doc) {
        List<Block> blocks = new ArrayList<>();
        int paragraph = 0;
        int table = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                paragraph++;
                addText(blocks, p.getText(), paragraph, 0, 0, 0);
            } else if (e instanceof XWPFSDT s) {
                paragraph++;
                addText(blocks, s.getContent().getText(), paragraph, 0, 0, 0);
            } else if (e instanceof XWPFTable t) {
                table++;
                addTable(blocks, t, table);
            }
        }
        return blocks;
    }

    private static void addText(List<Block> blocks, String text, int line, int table, int row, int column) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] lines = text.split("\\r?\\n");
        int k = 0;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            k++;
            if (table == 0 && l.indexOf('\t') >= 0) {
                String[] fields = l.split("\t", -1);
                List<Unit> cells = new ArrayList<>();
                for (int c = 0; c < fields.length; c++) {
                    cells.add(fields[c].isBlank() ? null : new Unit(fields[c], SourcePosition.line(line, c + 1)));
                }
                if (cells.stream().anyMatch(java.util.Objects::nonNull)) {
                    blocks.add(Block.row(cells, 0));
                }
            } else {
                SourcePosition pos = table == 0 ? SourcePosition.line(line, lines.length > 1 ? k : 0)
                        : new SourcePosition(k, table, row, column);
                blocks.add(Block.line(new Unit(l, pos)));
            }
        }
    }

    private static void addTable(List<Block> blocks, XWPFTable t, int table) {
        List<List<String>> grid = new ArrayList<>();
        int width = 0;
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean continuation = false;
                if (pr != null) {
                    if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                        span = Math.max(1, ((BigInteger) pr.getGridSpan().getVal()).intValue());
                    }
                    if (pr.getVMerge() != null) {
                        continuation = pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE;
                    }
                }
                cells.add(continuation ? "" : cellText(cell));
                for (int s = 1; s < span; s++) {
                    cells.add("");
                }
            }
            width = Math.max(width, cells.size());
            grid.add(cells);
        }
        for (int r = 0; r < grid.size(); r++) {
            List<String> cells = grid.get(r);
            if (width >= 4) {
                List<Unit> units = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) {
                    String text = cells.get(c);
                    units.add(text.isBlank() ? null : new Unit(text, SourcePosition.cell(table, r + 1, c + 1)));
                }
                if (units.stream().anyMatch(java.util.Objects::nonNull)) {
                    blocks.add(Block.row(units, table));
                }
            } else {
                for (int c = 0; c < cells.size(); c++) {
                    addText(blocks, cells.get(c), 0, table, r + 1, c + 1);
                }
            }
        }
    }

    private static String cellText(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : cell.getBodyElements()) {
            String text;
            if (e instanceof XWPFParagraph p) {
                text = p.getText();
            } else if (e instanceof XWPFTable nested) {
                StringBuilder n = new StringBuilder();
                for (XWPFTableRow row : nested.getRows()) {
                    for (XWPFTableCell c : row.getTableCells()) {
                        String ct = cellText(c).strip();
                        if (!ct.isEmpty()) {
                            n.append(n.length() > 0 ? "\n" : "").append(ct);
                        }
                    }
                }
                text = n.toString();
            } else {
                continue;
            }
            if (text != null && !text.isBlank()) {
                sb.append(sb.length() > 0 ? "\n" : "").append(text.replace('\t', ' '));
            }
        }
        return sb.toString();
    }
}
