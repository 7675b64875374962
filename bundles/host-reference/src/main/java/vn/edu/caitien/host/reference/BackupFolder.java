package vn.edu.caitien.host.reference;

import java.io.Serializable;
import java.time.Instant;

/**
 * One backup found in the backup directory.
 *
 * @param name         name of the folder, normally {@code yyyyMMdd-HHmmss}
 * @param sizeBytes    total size of the files in it, in bytes
 * @param lastModified when the folder was last written
 */
public record BackupFolder(String name, long sizeBytes, Instant lastModified) implements Serializable {
}
