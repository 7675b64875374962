package vn.edu.caitien.catalogue.impl.db;

/** One Mức 4 item of a version. */
public record Level4Row(String code, String summary) {
}
