package vn.edu.caitien.portal.api;

/** Whether a permission only reads a school's data or changes it. */
public enum Access {
    /** Reading; a supervising body may hold it for the schools under it. */
    READ,
    /** Creating, changing or deleting a school's data. */
    WRITE
}
