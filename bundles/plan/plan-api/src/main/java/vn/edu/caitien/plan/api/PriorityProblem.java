package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A priority problem (TT 57 Biểu 2, section IV): what to improve and why. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class PriorityProblem implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer standardNo;
    private String criterionCode = "";
    private String currentState = "";
    private String weakness = "";
    private String cause = "";

    /** An empty item. */
    public PriorityProblem() {
    }

    /** @return the standard number; may be null */
    public Integer getStandardNo() {
        return standardNo;
    }

    /** @param standardNo the standard number; may be null */
    public void setStandardNo(Integer standardNo) {
        this.standardNo = standardNo;
    }

    /** @return the criterion code; may be empty */
    public String getCriterionCode() {
        return criterionCode;
    }

    /** @param criterionCode the criterion code; may be empty; null is stored as empty */
    public void setCriterionCode(String criterionCode) {
        this.criterionCode = criterionCode == null ? "" : criterionCode;
    }

    /** @return Đánh giá hiện trạng */
    public String getCurrentState() {
        return currentState;
    }

    /** @param currentState Đánh giá hiện trạng; null is stored as empty */
    public void setCurrentState(String currentState) {
        this.currentState = currentState == null ? "" : currentState;
    }

    /** @return Điểm hạn chế */
    public String getWeakness() {
        return weakness;
    }

    /** @param weakness Điểm hạn chế; null is stored as empty */
    public void setWeakness(String weakness) {
        this.weakness = weakness == null ? "" : weakness;
    }

    /** @return Nguyên nhân */
    public String getCause() {
        return cause;
    }

    /** @param cause Nguyên nhân; null is stored as empty */
    public void setCause(String cause) {
        this.cause = cause == null ? "" : cause;
    }

}
