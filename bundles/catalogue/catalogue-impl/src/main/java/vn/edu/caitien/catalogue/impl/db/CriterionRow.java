package vn.edu.caitien.catalogue.impl.db;

/** One criterion of one appendix. */
public record CriterionRow(long id, String appendix, String code, int standardNo, int position, String title,
                           boolean mandatory, String summary, String note) {
}
