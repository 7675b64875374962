package vn.edu.caitien.catalogue.impl.db;

/** A criterion of a current version that matched every search word. */
public record SearchRow(String regimeId, int versionNo, String circular, String appendix, String code,
                        int standardNo, String standardTitle, String title, boolean mandatory) {
}
