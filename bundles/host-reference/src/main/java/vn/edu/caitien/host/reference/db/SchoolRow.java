package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.SCHOOL}.
 *
 * @param id             school id
 * @param name           official name
 * @param documentSymbol symbol used in document numbers
 * @param parentBody     body printed above the school in document headers
 */
public record SchoolRow(String id, String name, String documentSymbol, String parentBody) {
}
