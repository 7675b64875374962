package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** One row of {@code PLAN.PLAN_COMMENT}. */
public record CommentRecord(long id, long planId, int revision, String actionKey, String authorId, String authorName,
                            Timestamp createdAt, String body) {
}
