package vn.edu.caitien.catalogue.api;

/** The improvement-plan form a regime uses (domain notes §2.2 and §2.4). */
public enum PlanForm {
    /** The widely copied 9-column table used with the 2018 circulars (origin not a national text). */
    TABLE_2018,
    /** Biểu 2 of Phụ lục V of TT 57/2026: A4 landscape, 10-column table, eight sections. */
    BIEU_2
}
