package vn.edu.caitien.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.BundleStartLevel;

/**
 * Starts the Cải Tiến portal: an Apache Felix framework with every bundle of the {@code bundle/} folder, the
 * configuration of {@code etc/} and the data in one folder kept between runs. Ctrl-C stops the framework cleanly
 * (bundles deactivate, Derby shuts down).
 *
 * <pre>
 * java -jar bin/caitien-launcher.jar [--port 8080] [--data ./data] [--home .] [--restore-from BACKUP_DIR]
 * </pre>
 *
 * <p>{@code --restore-from} first puts a Derby backup in the place of the database ({@link DerbyRestore}), then
 * starts the portal on it.
 */
public final class Main {

    /** Bundles that must start before anything loads slf4j-api, so SPI Fly can weave it (platform notes G10). */
    private static final List<String> FIRST = List.of("org.apache.aries.spifly.dynamic.bundle", "org.objectweb.asm");

    /**
     * Bundles started first at the second level, in this order: logging, configuration (Config Admin, then FileInstall,
     * whose first scan of {@code etc/} runs while it starts, so every {@code *.cfg} is in Config Admin before a
     * component reads it), DS, the database (which opens on a thread of its own), the HTTP server and the host, so
     * the login page is served while Derby boots and the modules start. The rest follow in file-name order.
     *
     * <p>FileInstall must come before the database: started after it, the database component activated without its
     * configuration, opened the default embedded Derby even where {@code etc/} says PostgreSQL, and switched only when
     * FileInstall got there, under modules already starting on the wrong database.
     */
    private static final List<String> EARLY = List.of("slf4j.api", "ch.qos.logback", "org.apache.felix.configadmin",
            "org.apache.felix.fileinstall", "org.osgi.", "org.apache.felix.scr", "vn.edu.caitien.derby",
            "vn.edu.caitien.portal.db", "org.apache.felix.http.servlet-api", "org.apache.commons.commons-io",
            "org.apache.commons.commons-fileupload", "org.apache.felix.http.jetty12", "vn.edu.caitien.host.reference");

    /**
     * SPI Fly logs every provider it registers through java.util.logging at INFO, straight to the console; only its
     * warnings matter. Held in a field because java.util.logging keeps loggers weakly.
     */
    private static final Logger SPIFLY_LOG = Logger.getLogger("org.apache.aries.spifly");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, Path.of(Main.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI()).getParent().getParent());
        } catch (IllegalArgumentException e) {
            // a mistyped option deserves one clear line, not a stack trace
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (options.restoreFrom() != null) {
            try {
                System.out.println(DerbyRestore.restore(options.restoreFrom(), options.etc(), options.data(),
                        LocalDateTime.now()).describe());
            } catch (IllegalArgumentException | IOException e) {
                System.err.println("Restore failed, nothing was started: " + e.getMessage());
                System.exit(2);
                return;
            }
        }
        Framework framework = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(framework), "caitien-shutdown"));
        framework.waitForStop(0);
    }

    /**
     * Creates, fills and starts the framework.
     *
     * @param options where things are
     * @return the started framework
     */
    public static Framework start(LaunchOptions options) throws IOException, BundleException {
        Files.createDirectories(options.data());
        Path logback = options.etc().resolve("logback.xml");
        Files.createDirectories(options.data().resolve("logs"));
        System.setProperty("caitien.data", options.data().toString());
        // Derby writes derby.log into the working directory unless told otherwise.
        System.setProperty("derby.stream.error.file", options.data().resolve("logs/derby.log").toString());
        if (Files.exists(logback) && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", logback.toString());
        }
        SPIFLY_LOG.setLevel(Level.WARNING);
        Framework framework = new FrameworkFactory().newFramework(frameworkProperties(options));
        framework.init();
        BundleContext context = framework.getBundleContext();
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : startOrder(bundleJars(options.bundles()))) {
            Bundle bundle = context.installBundle(jar.toUri().toString());
            bundle.adapt(BundleStartLevel.class).setStartLevel(startLevelOf(jar));
            installed.add(bundle);
        }
        for (Bundle bundle : installed) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start(Bundle.START_ACTIVATION_POLICY);
            }
        }
        // goes up to the beginning start level (2) before STARTED is announced, so "started" means everything
        framework.start();
        return framework;
    }

    private static void stop(Framework framework) {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException | InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the framework did not stop cleanly", e);
        }
    }

    static Map<String, String> frameworkProperties(LaunchOptions options) {
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, options.data().resolve("felix-cache").toString());
        // The bundle folder is the truth: the cache is rebuilt on every start, so a removed or rebuilt bundle
        // never lingers. Data lives in the database, not in bundle data areas.
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "2");
        // wicket-util 10.x imports the non-existent package jakarta.xml.parsers (platform notes G2)
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "jakarta.xml.parsers");
        props.put("org.osgi.service.http.port", Integer.toString(options.port()));
        props.put("org.osgi.service.http.host", options.host());
        props.put("org.apache.felix.http.name", "caitien");
        props.put("caitien.data.dir", options.data().toString());
        props.put("felix.fileinstall.dir", options.etc().toString());
        props.put("felix.fileinstall.filter", ".*\\.cfg");
        // the first scan runs while FileInstall starts, before the bundles after it (see EARLY)
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.poll", "2000");
        props.put("felix.fileinstall.enableConfigSave", "false");
        props.put("felix.fileinstall.log.level", "2");
        props.putAll(options.extra());
        return props;
    }

    private static List<Path> bundleJars(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("no bundle folder at " + dir + " (build it with: mvn -DskipTests install)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** Felix starts the bundles of one start level in install order: install the early ones first. */
    static List<Path> startOrder(List<Path> jars) throws IOException {
        Map<Path, Integer> rank = new HashMap<>();
        for (Path jar : jars) {
            String bsn = symbolicName(jar);
            int index = 0;
            while (index < EARLY.size() && !bsn.startsWith(EARLY.get(index))) {
                index++;
            }
            rank.put(jar, index);
        }
        List<Path> ordered = new ArrayList<>(jars);
        ordered.sort(Comparator.<Path, Integer>comparing(rank::get).thenComparing(Path::getFileName));
        return ordered;
    }

    private static int startLevelOf(Path jar) throws IOException {
        String bsn = symbolicName(jar);
        return FIRST.stream().anyMatch(bsn::startsWith) ? 1 : 2;
    }

    private static String symbolicName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String bsn = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return bsn == null ? "" : bsn.split(";")[0].trim();
        }
    }
}
