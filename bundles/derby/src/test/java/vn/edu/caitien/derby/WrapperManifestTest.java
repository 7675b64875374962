package vn.edu.caitien.derby;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * Checks the manifest and content bnd wrote into target/classes (bnd-process runs before the tests), so a
 * change to the bnd instructions cannot silently break the wrapper.
 */
class WrapperManifestTest {

    private static final Path CLASSES = Paths.get("target/classes");

    @Test
    void exportsOnlyThePublicApiAtDerbysVersion() throws IOException {
        String exports = manifest().getValue("Export-Package");

        assertThat(exports).contains("org.apache.derby.jdbc;version=\"10.16.1\"",
                "org.apache.derby.authentication;version=\"10.16.1\"", "org.apache.derby.vti;version=\"10.16.1\"",
                "org.apache.derby.io;version=\"10.16.1\"", "org.apache.derby.database;version=\"10.16.1\"");
        assertThat(exports).doesNotContain("org.apache.derby.iapi", "org.apache.derby.impl",
                "org.apache.derby.shared");
    }

    @Test
    void everyImportIsOptionalAndClassesAreLoadedDynamically() throws IOException {
        Attributes manifest = manifest();

        assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("vn.edu.caitien.derby");
        assertThat(manifest.getValue("DynamicImport-Package")).isEqualTo("*");
        // Split on commas outside quoted version ranges.
        for (String clause : manifest.getValue("Import-Package").split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            assertThat(clause).contains("resolution:=optional");
        }
    }

    @Test
    void mergesTheThreeJarsWithoutDerbysActivatorOrModuleDescriptors() throws IOException {
        assertThat(manifest().getValue("Bundle-Activator")).isNull();
        assertThat(CLASSES.resolve("org/apache/derby/jdbc/EmbeddedDataSource.class")).isRegularFile(); // derbytools
        assertThat(CLASSES.resolve("org/apache/derby/iapi/jdbc/InternalDriver.class")).isRegularFile(); // derby
        assertThat(CLASSES.resolve("org/apache/derby/shared/common/error/StandardException.class"))
                .isRegularFile(); // derbyshared
        assertThat(CLASSES.resolve("org/apache/derby/osgi")).doesNotExist();
        assertThat(CLASSES.resolve("module-info.class")).doesNotExist();
    }

    private static Attributes manifest() throws IOException {
        Path file = CLASSES.resolve("META-INF/MANIFEST.MF");
        assertThat(file).as("bnd-process output").isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in).getMainAttributes();
        }
    }
}
