package vn.edu.caitien.host.reference;

/**
 * The portal database cannot be backed up from inside the portal: on PostgreSQL the operator takes backups with
 * {@code pg_dump}.
 */
public final class BackupNotSupportedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param databaseId the {@link vn.edu.caitien.portal.db.api.PortalDatabase#databaseId()} concerned
     * @param cause      what the database said
     */
    public BackupNotSupportedException(String databaseId, Throwable cause) {
        super("The " + databaseId + " database is not backed up from the portal", cause);
    }
}
