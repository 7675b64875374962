package vn.edu.caitien.export.api;

/** Page orientation of a section; the paper is always A4 (Nghị định 30). */
public enum Orientation {
    PORTRAIT,
    /** For sections holding a wide table (allowed by Nghị định 30 for documents with large tables). */
    LANDSCAPE
}
