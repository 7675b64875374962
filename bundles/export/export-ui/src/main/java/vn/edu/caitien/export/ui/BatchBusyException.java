package vn.edu.caitien.export.ui;

/** The user already has a batch export running; one at a time per user. */
public class BatchBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /** @param userId who asked */
    public BatchBusyException(String userId) {
        super("a batch export is already running for " + userId);
    }
}
