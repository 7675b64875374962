package vn.edu.caitien.plan.impl.db;

import java.sql.Date;
import java.sql.Timestamp;

/** One row of {@code PLAN.PLAN_DOCUMENT}. */
public record PlanRecord(long id, String schoolId, String periodKind, int startYear, int endYear, String title,
                         Integer docNumber, String docSymbol, Date docDate, String status, int currentRevision,
                         int publishedRevision, String regimeId, int catalogueVersion, String appendix,
                         Long sourcePlanId, int actionCount, long lockVersion, String updatedByName,
                         Timestamp updatedAt) {
}
