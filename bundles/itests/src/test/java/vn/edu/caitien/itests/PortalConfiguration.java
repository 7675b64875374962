package vn.edu.caitien.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import vn.edu.caitien.portal.api.SchoolDirectory;

/**
 * The container every suite boots: exactly the bundles that the distribution resolved (distribution/target/portal/
 * bundle), minus the ones a suite installs itself, on a free port and a fresh data folder.
 */
final class PortalConfiguration {

    /** The test module, installed at run time by the suites rather than at boot. */
    static final String SAMPLE_MODULE_BSN = "vn.edu.caitien.sample.module";

    private PortalConfiguration() {
    }

    static Option[] options(int port, Path dataDir) {
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(systemPackages(
                // wicket-util 10.x imports this non-existent package (platform notes G2)
                "jakarta.xml.parsers",
                // slf4j and Logback come from the driver's class path (platform notes G12)
                "org.slf4j;version=2.0.17", "org.slf4j.spi;version=2.0.17", "org.slf4j.helpers;version=2.0.17",
                "org.slf4j.event;version=2.0.17",
                // Pax Exam's own bundles import org.slf4j [1.4,2): the same packages once more, as 1.7.36
                "org.slf4j;version=1.7.36", "org.slf4j.helpers;version=1.7.36", "org.slf4j.spi;version=1.7.36"));
        options.add(frameworkProperty("org.osgi.service.http.port").value(Integer.toString(port)));
        options.add(frameworkProperty("org.osgi.service.http.host").value("127.0.0.1"));
        options.add(frameworkProperty("caitien.data.dir").value(dataDir.toString()));
        options.add(frameworkProperty("felix.fileinstall.dir").value(dataDir.resolve("etc").toString()));
        options.add(systemProperty("derby.stream.error.file").value(dataDir.resolve("derby.log").toString()));
        for (Path jar : portalBundles()) {
            String bsn = symbolicName(jar);
            if (bsn.startsWith("slf4j.") || bsn.startsWith("ch.qos.logback") || bsn.equals(SAMPLE_MODULE_BSN)) {
                continue;
            }
            boolean first = bsn.startsWith("org.apache.aries.spifly") || bsn.startsWith("org.objectweb.asm");
            options.add(bundle(jar.toUri().toString()).startLevel(first ? 2 : 5).start());
        }
        options.add(junitBundles());
        return options.toArray(Option[]::new);
    }

    static List<Path> portalBundles() {
        Path dir = Path.of(System.getProperty("portal.bundles", "../../distribution/target/portal/bundle"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no resolved bundles at " + dir.toAbsolutePath()
                    + ": build the distribution first (mvn verify from the repository root)");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sampleModuleJar() {
        return Path.of(System.getProperty("sample.module.jar")).toAbsolutePath();
    }

    static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? "" : bsn.split(";")[0].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to {@code seconds} for a service; fails the test when none comes. */
    static <T> T service(BundleContext context, Class<T> type, int seconds) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(seconds));
        if (service == null) {
            throw new AssertionError("no " + type.getName() + " within " + seconds + " s");
        }
        return service;
    }

    /**
     * A web client for the portal once it is fully up: the demo data is in the directory (so the host's database
     * services are active) and the login page answers.
     */
    static WebClient webClient(BundleContext context) throws InterruptedException {
        SchoolDirectory directory = service(context, SchoolDirectory.class, 60);
        waitFor("demo data", () -> directory.school("thcs-kinhbac").isPresent());
        WebClient web = new WebClient(Integer.parseInt(context.getProperty("org.osgi.service.http.port")));
        waitFor("HTTP login page", () -> {
            try {
                return web.get("/login").status() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return web;
    }

    /** Polls the condition every 100 ms for up to 30 s; fails the test when it never holds. */
    static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path freshDataDir() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "portal-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
