package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A proposal to a named body (Đề xuất, kiến nghị). Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class Proposal implements Serializable {
    private static final long serialVersionUID = 1L;

    private String body = "";
    private String text = "";

    /** An empty item. */
    public Proposal() {
    }

    /** @return the body, for example "Ủy ban nhân dân xã" */
    public String getBody() {
        return body;
    }

    /** @param body the body, for example "Ủy ban nhân dân xã"; null is stored as empty */
    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }

    /** @return the proposal as written */
    public String getText() {
        return text;
    }

    /** @param text the proposal as written; null is stored as empty */
    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

}
