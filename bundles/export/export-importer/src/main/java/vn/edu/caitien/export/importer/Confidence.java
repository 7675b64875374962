package vn.edu.caitien.export.importer;

/** How sure the importer is about where a piece went; the review screen highlights anything below HIGH. */
public enum Confidence {
    /** Matched a known layout or pattern. */
    HIGH,
    /** Placed by a heuristic (a continuation row, a free-text target); worth a look. */
    MEDIUM,
    /** Placed, but probably wrong or incomplete (a value in the wrong column, an unknown criterion). */
    LOW
}
