package vn.edu.caitien.plan.impl.db;

import java.sql.Date;
import java.sql.Timestamp;

/** Insert and update parameter of {@code PLAN_DOCUMENT}; MyBatis writes the generated {@link #id} back. */
public final class PlanParam {
    public Long id;
    public String schoolId;
    public String periodKind;
    public int startYear;
    public int endYear;
    public String title;
    public Integer docNumber;
    public String docSymbol;
    // java.sql types: Derby does not accept java.time values through setObject, which MyBatis uses for them.
    public Date docDate;
    /** Year of {@link #docDate} when the plan has a number and a date, else null: unique with school and number. */
    public Integer docYear;
    public String status;
    public int currentRevision;
    public int publishedRevision;
    public String regimeId;
    public int catalogueVersion;
    public String appendix;
    public Long sourcePlanId;
    public int actionCount;
    public long lockVersion;
    /** The version the caller read; an update matches only that. */
    public long expectedVersion;
    public String createdBy;
    public Timestamp createdAt;
    public String updatedBy;
    public String updatedByName;
    public Timestamp updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
