package vn.edu.caitien.catalogue.impl.db;

import java.time.Instant;

/** Insert parameter for a version; MyBatis writes the generated {@link #id} back. */
public final class NewVersion {
    public Long id;
    public String regimeId;
    public int versionNo;
    public String circular;
    public String title;
    // java.sql.Date: Derby does not accept java.time values through setObject, which MyBatis uses for them.
    public java.sql.Date issued;
    public java.sql.Date effective;
    public String amendedBy;
    public String levels;
    public String ruleSet;
    public String planForm;
    public boolean mandatoryAllowed;
    public Instant publishedAt;
    public String publishedBy;
    public String note;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
