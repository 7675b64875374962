package vn.edu.caitien.plan.impl.db;

import java.sql.Timestamp;

/** Insert parameter of {@code PLAN_COMMENT}; MyBatis writes the generated {@link #id} back. */
public final class CommentParam {
    public Long id;
    public long planId;
    public int revision;
    public String actionKey;
    public String authorId;
    public String authorName;
    public Timestamp createdAt;
    public String body;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
