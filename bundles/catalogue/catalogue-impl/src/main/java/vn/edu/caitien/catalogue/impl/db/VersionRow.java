package vn.edu.caitien.catalogue.impl.db;

import java.time.Instant;

/** One published version, for version lists. */
public record VersionRow(long id, String regimeId, int versionNo, Instant publishedAt, String publishedBy,
                         String note) {
}
