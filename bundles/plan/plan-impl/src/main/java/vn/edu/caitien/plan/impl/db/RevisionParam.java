package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** Insert and update parameter of {@code PLAN_REVISION}. */
public final class RevisionParam {
    public long planId;
    public int revision;
    public String status;
    public String content;
    public String returnReason;
    public String submittedBy;
    public Timestamp submittedAt;
    public String approvedBy;
    public Timestamp approvedAt;
    public Timestamp publishedAt;
}
