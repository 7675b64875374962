package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A duty in "Tổ chức thực hiện": who does what, and by when. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class Duty implements Serializable {
    private static final long serialVersionUID = 1L;

    private String role = "";
    private String text = "";
    private String deadline = "";

    /** An empty item. */
    public Duty() {
    }

    /** @return the role or body, for example "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá" */
    public String getRole() {
        return role;
    }

    /** @param role the role or body, for example "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá"; null is stored as empty */
    public void setRole(String role) {
        this.role = role == null ? "" : role;
    }

    /** @return the duties as written */
    public String getText() {
        return text;
    }

    /** @param text the duties as written; null is stored as empty */
    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    /** @return a deadline as written, for example "trước 30/5 hàng năm"; may be empty */
    public String getDeadline() {
        return deadline;
    }

    /** @param deadline a deadline as written, for example "trước 30/5 hàng năm"; may be empty; null is stored as empty */
    public void setDeadline(String deadline) {
        this.deadline = deadline == null ? "" : deadline;
    }

}
