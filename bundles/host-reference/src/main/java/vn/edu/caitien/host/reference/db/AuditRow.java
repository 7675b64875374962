package vn.edu.caitien.host.reference.db;

import java.sql.Timestamp;

/**
 * One row of {@code PORTAL.AUDIT_LOG}.
 *
 * @param id         generated id; null before insertion
 * @param occurredAt when the action happened
 * @param actor      login of who did it
 * @param action     what was done, one of the {@code ACTION_*} constants of the service that writes it
 * @param moduleId   module concerned, or null
 * @param schoolId   school concerned, or null
 * @param detail     free text (reason, row count); never personal data
 *
 * <p>Times are {@link Timestamp}s: Derby's JDBC driver cannot bind {@code java.time} values.
 */
public record AuditRow(Long id, Timestamp occurredAt, String actor, String action, String moduleId,
                       String schoolId, String detail) {
}
