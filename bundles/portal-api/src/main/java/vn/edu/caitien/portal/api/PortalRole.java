package vn.edu.caitien.portal.api;

/**
 * The standard roles that module permissions are granted to by default. A host maps its own roles onto these;
 * the mapping is the host's business.
 */
public enum PortalRole {
    /** System administrator of the portal: switches modules, manages accounts; holds no school role. */
    SYSTEM_ADMIN,
    /** Hiệu trưởng: principal, also chair of the self-assessment council. */
    PRINCIPAL,
    /** Phó hiệu trưởng: vice principal. */
    VICE_PRINCIPAL,
    /** Thành viên tổ giám sát: member of the monitoring team. */
    MONITORING_TEAM,
    /** Giáo viên: teacher. */
    TEACHER,
    /** Nhân viên: other staff (accountant, librarian, clerk...). */
    STAFF,
    /** Cán bộ cơ quan quản lý: officer of a supervising body (ward People's Committee, provincial department). */
    SUPERVISOR
}
