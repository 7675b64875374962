package vn.edu.caitien.plan.impl.db;

import java.sql.Date;

/** Insert parameter of {@code PLAN_ACTION}. */
public final class ActionParam {
    public long planId;
    public String actionKey;
    public String rowKey;
    public int position;
    public String criterionCode;
    public int standardNo;
    public String description;
    public String leadText;
    public String leadFolded;
    public String leadUserId;
    public String timeText;
    public Date startDate;
    public Date endDate;
    public Long amount;
    public boolean completed;
}
