package vn.edu.caitien.catalogue.impl.db;

/** One indicator of a criterion. */
public record IndicatorRow(long criterionId, int levelNo, String letter, String officialText, String summary) {
}
