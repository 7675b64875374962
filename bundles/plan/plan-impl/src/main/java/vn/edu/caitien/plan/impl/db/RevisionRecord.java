package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** One row of {@code PLAN.PLAN_REVISION}. */
public record RevisionRecord(long planId, int revision, String status, String content, String returnReason,
                             String submittedBy, Timestamp submittedAt, String approvedBy, Timestamp approvedAt,
                             Timestamp publishedAt) {
}
