package vn.edu.caitien.portal.db.api;

import java.time.Instant;

/**
 * One migration script recorded as applied.
 *
 * @param moduleId    the module that owns it
 * @param version     the script's version number ({@code V003__x.sql} is 3)
 * @param description the part of the file name after {@code __}, with {@code _} turned into spaces
 * @param appliedAt   when it was applied
 */
public record AppliedMigration(String moduleId, int version, String description, Instant appliedAt) {
}
