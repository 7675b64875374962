package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.SCHOOL_LEVEL}.
 *
 * @param schoolId  school id
 * @param levelCode a {@link vn.edu.caitien.portal.api.SchoolLevel} name
 */
public record SchoolLevelRow(String schoolId, String levelCode) {
}
