package vn.edu.caitien.catalogue.api;

/**
 * Thrown when another administrator published a version of the same regime first; nothing was saved. The caller
 * reloads the current version and tries again.
 */
public class PublishConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param regimeId the regime both tried to publish */
    public PublishConflictException(String regimeId, Throwable cause) {
        super("another version of " + regimeId + " was published at the same time", cause);
    }
}
