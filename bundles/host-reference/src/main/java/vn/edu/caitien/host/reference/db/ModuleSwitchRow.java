package vn.edu.caitien.host.reference.db;

import java.sql.Timestamp;

/**
 * One row of {@code PORTAL.MODULE_SWITCH}.
 *
 * @param moduleId  module id
 * @param schoolId  school id
 * @param enabled   whether the module is on for the school
 * @param changedBy login of the administrator who last switched it
 * @param changedAt when
 *
 * <p>Times are {@link Timestamp}s: Derby's JDBC driver cannot bind {@code java.time} values.
 */
public record ModuleSwitchRow(String moduleId, String schoolId, boolean enabled, String changedBy,
                              Timestamp changedAt) {
}
