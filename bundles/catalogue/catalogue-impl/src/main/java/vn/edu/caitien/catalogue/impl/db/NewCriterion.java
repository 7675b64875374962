package vn.edu.caitien.catalogue.impl.db;

/** Insert parameter for a criterion; MyBatis writes the generated {@link #id} back. */
public final class NewCriterion {
    public Long id;
    public long versionId;
    public String appendix;
    public String code;
    public int standardNo;
    public int position;
    public String title;
    public boolean mandatory;
    public String summary;
    public String note;
    public String searchText;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
