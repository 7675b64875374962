package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * One criterion row of the plan table: a criterion, the result to reach and the actions. Rows are shown grouped by target level and by standard. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class PlanRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String key = "";
    private String criterionCode = "";
    private int standardNo = 0;
    private String criterionTitle = "";
    private Integer targetLevel;
    private String targetText = "";
    private String currentState = "";
    private String objective = "";
    private java.util.List<PlanAction> actions = new java.util.ArrayList<>();

    /** An empty item. */
    public PlanRow() {
    }

    /** @return stable id of the row within the plan; assigned on save when blank */
    public String getKey() {
        return key;
    }

    /** @param key stable id of the row within the plan; assigned on save when blank */
    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    /** @return the criterion code in the plan's regime and appendix, for example "1.10" */
    public String getCriterionCode() {
        return criterionCode;
    }

    /** @param criterionCode the criterion code in the plan's regime and appendix, for example "1.10" */
    public void setCriterionCode(String criterionCode) {
        this.criterionCode = criterionCode == null ? "" : criterionCode;
    }

    /** @return the standard the criterion belongs to */
    public int getStandardNo() {
        return standardNo;
    }

    /** @param standardNo the standard the criterion belongs to */
    public void setStandardNo(int standardNo) {
        this.standardNo = standardNo;
    }

    /** @return the criterion title as the catalogue version of the plan gives it */
    public String getCriterionTitle() {
        return criterionTitle;
    }

    /** @param criterionTitle the criterion title as the catalogue version of the plan gives it */
    public void setCriterionTitle(String criterionTitle) {
        this.criterionTitle = criterionTitle == null ? "" : criterionTitle;
    }

    /** @return the level to reach ("Đạt mức 2" is 2); null when the target is free text */
    public Integer getTargetLevel() {
        return targetLevel;
    }

    /** @param targetLevel the level to reach ("Đạt mức 2" is 2); null when the target is free text */
    public void setTargetLevel(Integer targetLevel) {
        this.targetLevel = targetLevel;
    }

    /** @return the result to reach as free text, or a precision of the level */
    public String getTargetText() {
        return targetText;
    }

    /** @param targetText the result to reach as free text, or a precision of the level */
    public void setTargetText(String targetText) {
        this.targetText = targetText == null ? "" : targetText;
    }

    /** @return the current state (hiện trạng) or, under TT 57, the content to improve */
    public String getCurrentState() {
        return currentState;
    }

    /** @param currentState the current state (hiện trạng) or, under TT 57, the content to improve */
    public void setCurrentState(String currentState) {
        this.currentState = currentState == null ? "" : currentState;
    }

    /** @return TT 57 Biểu 2: Mục tiêu, the objective of the content to improve; shared by the row's actions */
    public String getObjective() {
        return objective;
    }

    /** @param objective TT 57 Biểu 2: Mục tiêu, the objective of the content to improve; null is stored as empty */
    public void setObjective(String objective) {
        this.objective = objective == null ? "" : objective;
    }

    /** @return the actions, in order */
    public java.util.List<PlanAction> getActions() {
        return actions;
    }

    /** @param actions the actions, in order */
    public void setActions(java.util.List<PlanAction> actions) {
        this.actions = actions == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(actions);
    }


}
