package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * The result of one Mức 4 item (2018 rules, Điều 22). Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class Level4Entry implements Serializable {
    private static final long serialVersionUID = 1L;

    private String code = "";
    private boolean met = false;
    private String achieved = "";

    /** An empty item. */
    public Level4Entry() {
    }

    /** @return the item code as in the catalogue, for example "Điều 22.1" */
    public String getCode() {
        return code;
    }

    /** @param code the item code as in the catalogue, for example "Điều 22.1"; null is stored as empty */
    public void setCode(String code) {
        this.code = code == null ? "" : code;
    }

    /** @return whether it is met */
    public boolean isMet() {
        return met;
    }

    /** @param met whether it is met */
    public void setMet(boolean met) {
        this.met = met;
    }

    /** @return what was achieved, as written; may be empty */
    public String getAchieved() {
        return achieved;
    }

    /** @param achieved what was achieved, as written; may be empty; null is stored as empty */
    public void setAchieved(String achieved) {
        this.achieved = achieved == null ? "" : achieved;
    }

}
