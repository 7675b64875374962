package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.SUPERVISING_BODY}.
 *
 * @param id   body id
 * @param name official name
 * @param kind a {@link vn.edu.caitien.portal.api.BodyKind} name
 */
public record BodyRow(String id, String name, String kind) {
}
