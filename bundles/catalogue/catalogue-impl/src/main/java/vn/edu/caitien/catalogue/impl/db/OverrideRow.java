package vn.edu.caitien.catalogue.impl.db;

/** One province override. */
public record OverrideRow(String provinceId, String schoolLevel, int fromYear, String regimeId) {
}
