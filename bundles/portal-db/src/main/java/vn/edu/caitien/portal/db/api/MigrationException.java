package vn.edu.caitien.portal.db.api;

/** A migration script could not be read or failed; nothing of that script was kept. */
public class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming module and script */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
