package vn.edu.caitien.export.importer;

/** The kinds of file the importer reads. */
public enum ImportFormat {
    /** Word document (Office Open XML). */
    DOCX,
    /** Plain text as Word saves it: tab-separated cells, one table row per line. */
    TEXT,
    /** The XLSX plan-table template. */
    XLSX
}
