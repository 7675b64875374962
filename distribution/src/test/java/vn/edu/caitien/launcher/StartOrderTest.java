package vn.edu.caitien.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main#startOrder}: the configuration is in Config Admin before the database component reads it.
 *
 * <p>Regression: FileInstall used to start in file-name order, after portal-db, so a portal configured for
 * PostgreSQL in {@code etc/} opened (and on a first start created) the default embedded Derby database at every
 * start, started modules on it, and switched to PostgreSQL only when FileInstall had read {@code etc/}: the catalogue
 * failed under the switch and the plan pages stayed unavailable for minutes after a restart (found by
 * {@code trust/CrashSafetyIT}).
 */
class StartOrderTest {

    @TempDir
    Path bundles;

    @Test
    void fileInstallReadsEtcAfterConfigAdminAndBeforeTheComponentsAndTheDatabase() throws IOException {
        // file names in the distribution's alphabetical order, which put FileInstall after the database
        List<Path> jars = new ArrayList<>();
        jars.add(bundle("aaa-module-impl.jar", "vn.edu.caitien.plan.impl"));
        jars.add(bundle("org.apache.felix.configadmin-1.9.26.jar", "org.apache.felix.configadmin"));
        jars.add(bundle("org.apache.felix.fileinstall-3.7.4.jar", "org.apache.felix.fileinstall"));
        jars.add(bundle("org.apache.felix.scr-2.2.18.jar", "org.apache.felix.scr"));
        jars.add(bundle("derby-0.1.0.jar", "vn.edu.caitien.derby"));
        jars.add(bundle("portal-db-0.1.0.jar", "vn.edu.caitien.portal.db"));
        jars.add(bundle("host-reference-0.1.0.jar", "vn.edu.caitien.host.reference"));

        List<String> order = Main.startOrder(jars).stream().map(p -> p.getFileName().toString()).toList();

        assertThat(order.indexOf("org.apache.felix.configadmin-1.9.26.jar"))
                .isLessThan(order.indexOf("org.apache.felix.fileinstall-3.7.4.jar"));
        assertThat(order.indexOf("org.apache.felix.fileinstall-3.7.4.jar"))
                .isLessThan(order.indexOf("org.apache.felix.scr-2.2.18.jar"))
                .isLessThan(order.indexOf("portal-db-0.1.0.jar"));
        assertThat(order.indexOf("portal-db-0.1.0.jar")).isLessThan(order.indexOf("host-reference-0.1.0.jar"));
        assertThat(order).last().isEqualTo("aaa-module-impl.jar");
    }

    @Test
    void fileInstallScansBeforeItsStartReturns() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Path.of("/opt/caitien-portal"));

        assertThat(Main.frameworkProperties(options)).containsEntry("felix.fileinstall.noInitialDelay", "true")
                .containsEntry("felix.fileinstall.dir", Path.of("/opt/caitien-portal/etc").toString());
    }

    private Path bundle(String fileName, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        Path jar = bundles.resolve(fileName);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // a manifest is all the launcher reads
        }
        return jar;
    }
}
