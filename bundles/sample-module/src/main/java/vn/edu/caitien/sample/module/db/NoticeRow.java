package vn.edu.caitien.sample.module.db;

import java.sql.Timestamp;

/**
 * One row of {@code NOTICES.NOTICE}. Mutable so that MyBatis can set the generated id on insert; times are
 * {@link Timestamp}s because Derby's driver cannot bind {@code java.time} values.
 */
public final class NoticeRow {
    private Long id;
    private String schoolId;
    private String title;
    private String body;
    private String author;
    private Timestamp createdAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Timestamp getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Timestamp createdAt) {
        this.createdAt = createdAt;
    }
}
