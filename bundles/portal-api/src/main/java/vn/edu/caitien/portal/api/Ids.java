package vn.edu.caitien.portal.api;

/** Checks for identifiers passed across the contract. */
final class Ids {
    private Ids() {
    }

    static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("identifier must not be blank");
        }
        return id;
    }
}
