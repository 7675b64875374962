package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * The self-assessed result of one criterion before the plan (seed layout: Không đạt / Mức 1 / Mức 2 / Mức 3 and what is not met). Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class BaselineEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    private String criterionCode = "";
    private Integer level;
    private String unmet = "";

    /** An empty item. */
    public BaselineEntry() {
    }

    /** @return the criterion code in the plan's regime and appendix, for example "3.3" */
    public String getCriterionCode() {
        return criterionCode;
    }

    /** @param criterionCode the criterion code in the plan's regime and appendix, for example "3.3"; null is stored as empty */
    public void setCriterionCode(String criterionCode) {
        this.criterionCode = criterionCode == null ? "" : criterionCode;
    }

    /** @return 0 = Không đạt, 1-3 = Mức n; null = not assessed */
    public Integer getLevel() {
        return level;
    }

    /** @param level 0 = Không đạt, 1-3 = Mức n; null = not assessed */
    public void setLevel(Integer level) {
        this.level = level;
    }

    /** @return what is not met, as written; may be empty */
    public String getUnmet() {
        return unmet;
    }

    /** @param unmet what is not met, as written; may be empty; null is stored as empty */
    public void setUnmet(String unmet) {
        this.unmet = unmet == null ? "" : unmet;
    }

}
