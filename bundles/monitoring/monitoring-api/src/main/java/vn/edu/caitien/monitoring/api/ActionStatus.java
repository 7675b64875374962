package vn.edu.caitien.monitoring.api;

/** Where a plan action stands, as its lead reports it. */
public enum ActionStatus {
    /** Chưa thực hiện. */
    NOT_STARTED,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Hoàn thành. */
    DONE,
    /** Chậm tiến độ: reported late by the lead (the service also computes {@link DueState#OVERDUE}). */
    LATE,
    /** Tạm dừng. */
    PAUSED,
    /** Hủy bỏ: will not be done; not carried to the next plan. */
    CANCELLED;

    /** @return whether nothing more is expected: done or cancelled (never due, never overdue) */
    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
