package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** Insert parameter of {@code PLAN_CHANGE}. */
public final class ChangeParam {
    public long planId;
    public int revision;
    public long lockVersion;
    public String changedBy;
    public String changedByName;
    public Timestamp changedAt;
    public String step;
    public String fieldPath;
    public String oldValue;
    public String newValue;
}
