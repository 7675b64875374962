package vn.edu.caitien.catalogue.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One published version of a regime's catalogue. Versions are immutable once published; a plan records the
 * version it was written against and keeps it.
 *
 * @param regimeId    the regime
 * @param number      1 for the shipped catalogue, then 2, 3, ...
 * @param publishedAt when it was published
 * @param publishedBy user id of the administrator, or {@code system} for shipped catalogues
 * @param note        the publisher's note; may be empty, never null
 */
public record CatalogueVersion(String regimeId, int number, Instant publishedAt, String publishedBy, String note)
        implements Serializable {
}
