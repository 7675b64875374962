package vn.edu.caitien.catalogue.api;

/** Thrown when a regime or a version of it does not exist. */
public class CatalogueNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the regime id, or regime id and version */
    public CatalogueNotFoundException(String what) {
        super("no such catalogue: " + what);
    }
}
