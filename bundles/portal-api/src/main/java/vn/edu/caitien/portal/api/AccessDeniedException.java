package vn.edu.caitien.portal.api;

/**
 * Thrown by a service method when the user lacks a permission for the school, or when the object asked for
 * belongs to a school the user may not see. The host turns it into a translated message, never a stack trace;
 * the message never names the other school's data.
 */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String permission;

    /**
     * @param permission the permission key that was missing
     * @param detail     a technical detail for the log (no personal data)
     */
    public AccessDeniedException(String permission, String detail) {
        super("access denied: " + permission + " (" + detail + ")");
        this.permission = permission;
    }

    /** @return the permission key that was missing */
    public String permission() {
        return permission;
    }
}
