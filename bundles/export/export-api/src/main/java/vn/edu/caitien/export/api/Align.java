package vn.edu.caitien.export.api;

/** Horizontal alignment of a paragraph or a cell. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
