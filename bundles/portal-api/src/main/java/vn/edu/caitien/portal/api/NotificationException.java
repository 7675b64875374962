package vn.edu.caitien.portal.api;

/** A notification could not be delivered; the message says why (no personal data beyond the address). */
public class NotificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message why */
    public NotificationException(String message) {
        super(message);
    }

    /**
     * @param message why
     * @param cause   the underlying error
     */
    public NotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
