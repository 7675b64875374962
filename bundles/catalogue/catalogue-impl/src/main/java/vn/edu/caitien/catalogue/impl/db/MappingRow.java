package vn.edu.caitien.catalogue.impl.db;

/** One edge of the mapping from a criterion of one regime to a criterion of another. */
public record MappingRow(String fromAppendix, String fromCode, String toAppendix, String toCode) {
}
