package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A line of TT 57 Biểu 2 section VI "Theo dõi, đánh giá" as the plan schedules it: when the plan is reviewed, what
 * is reviewed, and (once held) the result, the adjustment decided and who reviewed. The plan holds the schedule the
 * school writes; the reviews actually held are recorded by the monitoring module. Part of a {@link PlanDocument}; a
 * mutable, serializable bean. Strings are never null.
 *
 * @since 1.3
 */
public class PlannedReview implements Serializable {
    private static final long serialVersionUID = 1L;

    private String time = "";
    private String content = "";
    private String result = "";
    private String adjustment = "";
    private String reviewer = "";

    /** An empty item. */
    public PlannedReview() {
    }

    /** @return Thời điểm as written, for example "Cuối học kỳ I" */
    public String getTime() {
        return time;
    }

    /** @param time Thời điểm as written, for example "Cuối học kỳ I"; null is stored as empty */
    public void setTime(String time) {
        this.time = time == null ? "" : time;
    }

    /** @return Nội dung: what is reviewed */
    public String getContent() {
        return content;
    }

    /** @param content Nội dung: what is reviewed; null is stored as empty */
    public void setContent(String content) {
        this.content = content == null ? "" : content;
    }

    /** @return Kết quả: what the review found; empty before it is held */
    public String getResult() {
        return result;
    }

    /** @param result Kết quả: what the review found; empty before it is held; null is stored as empty */
    public void setResult(String result) {
        this.result = result == null ? "" : result;
    }

    /** @return Điều chỉnh: the adjustment decided; may be empty */
    public String getAdjustment() {
        return adjustment;
    }

    /** @param adjustment Điều chỉnh: the adjustment decided; may be empty; null is stored as empty */
    public void setAdjustment(String adjustment) {
        this.adjustment = adjustment == null ? "" : adjustment;
    }

    /** @return Người đánh giá: who reviews, for example "Tổ giám sát" */
    public String getReviewer() {
        return reviewer;
    }

    /** @param reviewer Người đánh giá: who reviews, for example "Tổ giám sát"; null is stored as empty */
    public void setReviewer(String reviewer) {
        this.reviewer = reviewer == null ? "" : reviewer;
    }

}
