package vn.edu.caitien.portal.db.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/** The component built with {@code new}, the way SCR calls its constructor. */
class PortalDatabaseImplTest {

    @TempDir
    Path tempDir;

    @Test
    void derbyGoesIntoTheDataDirectoryWhenTheFrameworkPropertyIsSet() throws SQLException {
        Path dataDir = tempDir.resolve("data");
        PortalDatabaseImpl db = new PortalDatabaseImpl(
                context(Map.of(PortalDatabaseImpl.DATA_DIR_PROPERTY, dataDir.toString()), null), config(Map.of()));
        try {
            assertThat(db.databaseId()).isEqualTo(PortalDatabase.DERBY);
            try (Connection ignored = db.dataSource().getConnection()) {
                assertThat(dataDir.resolve("db/caitien/service.properties")).isRegularFile();
            }
        } finally {
            db.deactivate();
        }
    }

    @Test
    void derbyFallsBackToTheBundleDataArea() {
        File bundleData = tempDir.resolve("bundle-data").toFile();
        PortalDatabaseImpl db = new PortalDatabaseImpl(context(Map.of(), bundleData),
                config(Map.of("derby.name", "other")));
        db.deactivate();

        assertThat(tempDir.resolve("bundle-data/db/other/service.properties")).isRegularFile();
    }

    @Test
    void explicitDerbyDirectoryWins() {
        Path dir = tempDir.resolve("explicit");
        PortalDatabaseImpl db = new PortalDatabaseImpl(
                context(Map.of(PortalDatabaseImpl.DATA_DIR_PROPERTY, tempDir.resolve("ignored").toString()), null),
                config(Map.of("derby.directory", dir.toString())));
        db.deactivate();

        assertThat(dir.resolve("caitien/service.properties")).isRegularFile();
        assertThat(tempDir.resolve("ignored")).doesNotExist();
    }

    @Test
    void postgresqlIsChosenByTypeAndRefusesBackups() {
        PortalDatabaseImpl db = new PortalDatabaseImpl(context(Map.of(), null), config(Map.of(
                "type", "postgresql", "postgresql.url", "jdbc:postgresql://127.0.0.1:5432/postgres")));

        assertThat(db.databaseId()).isEqualTo(PortalDatabase.POSTGRESQL);
        assertThat(db.dataSource()).isInstanceOf(org.postgresql.ds.PGSimpleDataSource.class);
        assertThatThrownBy(() -> db.backup(tempDir)).isInstanceOf(IllegalStateException.class)
                .hasMessage("use pg_dump");
        db.deactivate();
    }

    @Test
    void unknownTypeIsRejected() {
        assertThatThrownBy(() -> new PortalDatabaseImpl(context(Map.of(), null), config(Map.of("type", "oracle"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oracle");
    }

    /** A Config as SCR would build it: configured values by property name, else the annotation defaults. */
    static PortalDatabaseImpl.Config config(Map<String, String> values) {
        return (PortalDatabaseImpl.Config) Proxy.newProxyInstance(PortalDatabaseImpl.Config.class.getClassLoader(),
                new Class<?>[] {PortalDatabaseImpl.Config.class}, (proxy, method, args) -> {
                    String key = method.getName().replace('_', '.');
                    return values.containsKey(key) ? values.get(key) : method.getDefaultValue();
                });
    }

    /** A BundleContext that answers only what the component asks. */
    static BundleContext context(Map<String, String> frameworkProperties, File dataArea) {
        Map<String, String> properties = new HashMap<>(frameworkProperties);
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> properties.get((String) args[0]);
                    case "getDataFile" -> dataArea == null ? null : new File(dataArea, (String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
