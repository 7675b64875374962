package vn.edu.caitien.export.api;

/** No renderer is registered for the format asked for, or the kind is not available. */
public class UnsupportedFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what is missing */
    public UnsupportedFormatException(String message) {
        super(message);
    }
}
