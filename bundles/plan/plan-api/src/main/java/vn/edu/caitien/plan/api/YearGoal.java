package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A goal for one school year of a multi-year plan. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class YearGoal implements Serializable {
    private static final long serialVersionUID = 1L;

    private String schoolYear = "";
    private String text = "";

    /** An empty item. */
    public YearGoal() {
    }

    /** @return the school year label, for example "2023-2024" */
    public String getSchoolYear() {
        return schoolYear;
    }

    /** @param schoolYear the school year label, for example "2023-2024"; null is stored as empty */
    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear == null ? "" : schoolYear;
    }

    /** @return the goal as written */
    public String getText() {
        return text;
    }

    /** @param text the goal as written; null is stored as empty */
    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

}
