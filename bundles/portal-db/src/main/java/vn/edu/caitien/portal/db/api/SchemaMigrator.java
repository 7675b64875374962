package vn.edu.caitien.portal.db.api;

import java.util.List;

/**
 * Applies each module's forward-only migration scripts and records which were applied, per module.
 *
 * <p>Scripts live in the module's bundle under {@code db/<moduleId>/} and are named
 * {@code V<number>__<description>.sql} ({@code V001__create_plan.sql}). A script may have a dialect variant
 * {@code V001__create_plan.postgresql.sql} that is used instead on that database. Statements are separated by
 * a line that ends with {@code ;}. Each script runs in its own transaction where the database allows it; a
 * failing script stops the migration and is not recorded. Applied scripts are never run again, and calls for
 * the same module are serialised, so two bundles starting at once cannot apply a script twice. Thread-safe.
 */
public interface SchemaMigrator {

    /**
     * Applies the scripts of one module that are not applied yet.
     *
     * @param moduleId the module id, also the folder name under {@code db/}
     * @param anchor   a class of the bundle that holds the scripts
     * @return the module's schema version after the call (0 when it has no script)
     * @throws MigrationException when a script fails
     */
    int migrate(String moduleId, Class<?> anchor);

    /** @return the highest applied version of the module, 0 when none */
    int currentVersion(String moduleId);

    /** @return every applied script of the module, by version */
    List<AppliedMigration> applied(String moduleId);
}
