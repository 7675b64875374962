package vn.edu.caitien.catalogue.impl.db;

/** One appendix of a version; {@code labels} holds the school kinds separated by new lines. */
public record AppendixRow(String code, int position, String labels) {
}
