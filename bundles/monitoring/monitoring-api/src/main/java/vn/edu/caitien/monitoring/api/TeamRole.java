package vn.edu.caitien.monitoring.api;

/** A member's role in an inspection team. */
public enum TeamRole {
    /** Trưởng đoàn. */
    LEADER,
    /** Thành viên. */
    MEMBER
}
