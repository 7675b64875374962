package vn.edu.caitien.host.reference;

import java.nio.file.Path;
import java.util.List;
import vn.edu.caitien.portal.api.PortalUser;

/** Online backups of the portal database, for system administrators. Internal to host-reference. Thread-safe. */
public interface BackupService {

    /** @return the directory that holds one sub-directory per backup; it may not exist yet */
    Path directory();

    /**
     * Backs the database up into a new sub-directory of {@link #directory()} named after the current time
     * ({@code yyyyMMdd-HHmmss}) while the portal keeps running, and records it in the audit log.
     *
     * @param actor who asks; must be a system administrator
     * @return the directory that holds the backed-up database
     * @throws vn.edu.caitien.portal.api.AccessDeniedException when the actor is not a system administrator
     * @throws BackupNotSupportedException when the database cannot be backed up from the portal (PostgreSQL)
     * @throws IllegalStateException       when the database refuses the backup
     * @throws java.io.UncheckedIOException when the directory cannot be written
     */
    Path backupNow(PortalUser actor);

    /**
     * @return the backups found in {@link #directory()}, newest first by name; empty when the directory does not
     *         exist
     * @throws java.io.UncheckedIOException when the directory cannot be read
     */
    List<BackupFolder> backups();
}
