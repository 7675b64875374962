package vn.edu.caitien.portal.db.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.portal.db.api.AppliedMigration;
import vn.edu.caitien.portal.db.api.MigrationException;

/** Behaviour every database must show; subclasses supply a fresh, empty database per test. */
abstract class SchemaMigratorContract {

    protected abstract DataSource dataSource();

    protected abstract String databaseId();

    private JdbcSchemaMigrator newMigrator() {
        return new JdbcSchemaMigrator(dataSource(), databaseId());
    }

    @Test
    void appliesScriptsOnceAndRecordsThem() throws SQLException {
        JdbcSchemaMigrator migrator = newMigrator();

        assertThat(migrator.migrate("mig_basic", getClass())).isEqualTo(2);
        assertThat(migrator.migrate("mig_basic", getClass())).isEqualTo(2);
        assertThat(newMigrator().migrate("mig_basic", getClass())).isEqualTo(2);

        assertThat(strings("SELECT NAME FROM MIG_BASIC_SCHOOL ORDER BY ID"))
                .containsExactly("Trường THCS Nguyễn Du", "Trường Tiểu học Đống Đa");
        List<AppliedMigration> applied = migrator.applied("mig_basic");
        assertThat(applied).extracting(AppliedMigration::version).containsExactly(1, 2);
        assertThat(applied).extracting(AppliedMigration::description).containsExactly("create school", "add schools");
        assertThat(applied).allSatisfy(m -> {
            assertThat(m.moduleId()).isEqualTo("mig_basic");
            assertThat(m.appliedAt()).isNotNull();
        });
        assertThat(migrator.currentVersion("mig_basic")).isEqualTo(2);
    }

    @Test
    void moduleWithoutScriptsIsAtVersionZero() {
        JdbcSchemaMigrator migrator = newMigrator();

        assertThat(migrator.migrate("mig_nothing_here", getClass())).isZero();
        assertThat(migrator.currentVersion("mig_nothing_here")).isZero();
        assertThat(migrator.applied("mig_nothing_here")).isEmpty();
    }

    @Test
    void prefersTheDialectVariantAndFallsBackToThePlainScript() throws SQLException {
        assertThat(newMigrator().migrate("mig_dialect", getClass())).isEqualTo(2);

        assertThat(strings("SELECT DIALECT FROM MIG_DIALECT_MARKER ORDER BY DIALECT"))
                .containsExactly(databaseId(), "v2-plain");
    }

    @Test
    void failingScriptRollsBackAndIsNotRecorded() throws SQLException {
        JdbcSchemaMigrator migrator = newMigrator();

        assertThatThrownBy(() -> migrator.migrate("mig_fail", getClass()))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("mig_fail/V2__broken.sql")
                .hasMessageContaining("statement 3")
                .hasCauseInstanceOf(SQLException.class);

        assertThat(migrator.currentVersion("mig_fail")).isEqualTo(1);
        assertThat(strings("SELECT COUNT(*) FROM MIG_FAIL_OK")).containsExactly("0");
        assertThatThrownBy(() -> strings("SELECT ID FROM MIG_FAIL_ROLLED_BACK")).isInstanceOf(SQLException.class);
        // A retry fails the same way instead of skipping the broken script.
        assertThatThrownBy(() -> migrator.migrate("mig_fail", getClass())).isInstanceOf(MigrationException.class);
    }

    @Test
    void misnamedAndDuplicateScriptsAreRejected() {
        JdbcSchemaMigrator migrator = newMigrator();

        assertThatThrownBy(() -> migrator.migrate("mig_badname", getClass()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("V1_single_underscore.sql");
        assertThatThrownBy(() -> migrator.migrate("mig_duplicate", getClass()))
                .isInstanceOf(MigrationException.class).hasMessageContaining("two scripts for version 1");
        assertThat(migrator.currentVersion("mig_duplicate")).isZero();
    }

    @Test
    void concurrentMigrationsApplyEachScriptOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> task = () -> {
            start.await();
            return newMigrator().migrate("mig_concurrent", getClass());
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            results.add(pool.submit(task));
            results.add(pool.submit(task));
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(3);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(strings("SELECT STEP FROM MIG_CONCURRENT_LOG ORDER BY STEP"))
                .containsExactly("1", "2", "3");
        assertThat(newMigrator().applied("mig_concurrent")).hasSize(3);
    }

    @Test
    void rejectsModuleIdsThatAreNotFolderNames() {
        assertThatThrownBy(() -> newMigrator().migrate("../etc", getClass()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** @return the first column of every row */
    protected List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
