package vn.edu.caitien.portal.api;

/** The kind of a body that supervises schools. Which body supervises which school is data, never code. */
public enum BodyKind {
    /** Sở Giáo dục và Đào tạo: provincial department of education. */
    PROVINCIAL_DEPARTMENT,
    /** UBND xã/phường: commune or ward People's Committee (manages MN/TH/THCS schools since 01/07/2025). */
    COMMUNE_COMMITTEE,
    /** Phòng Giáo dục và Đào tạo: district office, abolished on 01/07/2025; kept for older data. */
    DISTRICT_OFFICE,
    /** Any other supervising body. */
    OTHER
}
