package vn.edu.caitien.catalogue.impl.db;

/** One standard of one appendix. */
public record StandardRow(String appendix, int standardNo, String title) {
}
