package vn.edu.caitien.export.importer.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A line (paragraph) or a table row of the source, in reading order. Row cells are indexed by grid column; empty cells are null. */
final class Block {

    final Unit line;
    final List<Unit> cells;
    /** Table number (DOCX table, XLSX sheet); 0 for plain text, where consecutive rows form a table. */
    final int table;

    private Block(Unit line, List<Unit> cells, int table) {
        this.line = line;
        this.cells = cells;
        this.table = table;
    }

    static Block line(Unit u) {
        return new Block(u, null, 0);
    }

    static Block row(List<Unit> cells, int table) {
        return new Block(null, new ArrayList<>(cells), table);
    }

    boolean isRow() {
        return cells != null;
    }

    /** @return the cell at a grid column, or null */
    Unit cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : null;
    }

    List<Unit> units() {
        return isRow() ? cells.stream().filter(Objects::nonNull).toList() : List.of(line);
    }

    /** @return the cleaned text of a cell, "" when empty */
    String text(int column) {
        Unit u = cell(column);
        return u == null ? "" : u.text;
    }
}
