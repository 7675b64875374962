package vn.edu.caitien.plan.impl.db;

import java.sql.Date;

/** One indexed action joined with its plan, for queries across plans. */
public record ActionRecord(long planId, String title, String periodKind, int startYear, int endYear, String status,
                           String rowKey, String actionKey, String criterionCode, String description,
                           String leadText, String leadUserId, String timeText, Date startDate, Date endDate,
                           boolean completed) {
}
