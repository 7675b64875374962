package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.SCHOOL_SUPERVISOR}.
 *
 * @param schoolId school id
 * @param bodyId   supervising body id
 * @param position 1 for the nearest body, then 2...
 */
public record SchoolSupervisorRow(String schoolId, String bodyId, int position) {
}
