package vn.edu.caitien.portal.api;

/**
 * A level of schooling taught by a school. A multi-level school (trường phổ thông có nhiều cấp học) has more
 * than one.
 */
public enum SchoolLevel {
    /** Mầm non: preschool. */
    MN,
    /** Tiểu học: primary, grades 1-5. */
    TH,
    /** Trung học cơ sở: lower secondary, grades 6-9. */
    THCS,
    /** Trung học phổ thông: upper secondary, grades 10-12. */
    THPT,
    /** Giáo dục thường xuyên: continuing-education centre. */
    GDTX
}
