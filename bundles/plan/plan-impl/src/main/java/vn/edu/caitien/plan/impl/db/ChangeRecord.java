package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** One row of {@code PLAN.PLAN_CHANGE}. */
public record ChangeRecord(long id, int revision, long lockVersion, String changedBy, String changedByName,
                           Timestamp changedAt, String step, String fieldPath, String oldValue, String newValue) {
}
