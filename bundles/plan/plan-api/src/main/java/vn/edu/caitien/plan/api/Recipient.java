package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A recipient in "Nơi nhận": a body and why it receives the plan ("để b/c", "để t/h"; may be empty). Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class Recipient implements Serializable {
    private static final long serialVersionUID = 1L;

    private String name = "";
    private String purpose = "";

    /** An empty item. */
    public Recipient() {
    }

    /** @return the body as printed, for example "UBND phường" */
    public String getName() {
        return name;
    }

    /** @param name the body as printed, for example "UBND phường"; null is stored as empty */
    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    /** @return why it receives it, for example "để b/c"; may be empty */
    public String getPurpose() {
        return purpose;
    }

    /** @param purpose why it receives it, for example "để b/c"; may be empty; null is stored as empty */
    public void setPurpose(String purpose) {
        this.purpose = purpose == null ? "" : purpose;
    }

}
