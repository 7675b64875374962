package vn.edu.caitien.trust.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built distribution ({@code distribution/target/portal}) started as a separate JVM, the way an operator starts
 * it, so that a suite can stop it cleanly, kill it with {@code kill -9}, and start it again on the same data.
 *
 * <p>Each instance gets a home folder of its own: {@code bundle/} links to the distribution's bundles, {@code etc/}
 * is a copy of the distribution's configuration plus the files the suite adds (for example the PostgreSQL settings
 * of {@code vn.edu.caitien.portal.db.cfg}). The console goes to {@code console.log} in the data folder.
 */
public final class PortalProcess implements AutoCloseable {

    private final Path home;
    private final Path data;
    private final int port;
    private Process process;

    private PortalProcess(Path home, Path data, int port) {
        this.home = home;
        this.data = data;
        this.port = port;
    }

    /**
     * Prepares a portal on a free port with an empty data folder under {@code java.io.tmpdir}; nothing runs yet.
     *
     * @param name      a short name for the folders, for example {@code crash-derby}
     * @param configs   extra {@code etc/} files by name, for example {@code vn.edu.caitien.portal.db.cfg}
     * @return the portal, not started
     */
    public static PortalProcess prepare(String name, Map<String, String> configs) {
        try {
            Path distribution = distributionHome();
            Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), name + "-");
            Path home = Files.createDirectories(root.resolve("home"));
            Files.createSymbolicLink(home.resolve("bundle"), distribution.resolve("bundle"));
            // The launcher's manifest puts ../lib/org.apache.felix.framework.jar on its class path.
            Files.createSymbolicLink(home.resolve("lib"), distribution.resolve("lib"));
            Files.createDirectories(home.resolve("bin"));
            Files.copy(distribution.resolve("bin/caitien-launcher.jar"), home.resolve("bin/caitien-launcher.jar"));
            Path etc = Files.createDirectories(home.resolve("etc"));
            try (Stream<Path> files = Files.list(distribution.resolve("etc"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, etc.resolve(file.getFileName()));
                }
            }
            for (Map.Entry<String, String> config : configs.entrySet()) {
                Files.writeString(etc.resolve(config.getKey()), config.getValue(), StandardCharsets.UTF_8);
            }
            return new PortalProcess(home, Files.createDirectories(root.resolve("data")), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the distribution folder the suites run ({@code -Dportal.home}, by default the build's) */
    public static Path distributionHome() {
        Path home = Path.of(System.getProperty("portal.home", "../distribution/target/portal")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/caitien-launcher.jar"))) {
            throw new IllegalStateException("no built distribution at " + home
                    + ": build it first (mvn verify from the repository root)");
        }
        return home;
    }

    /**
     * Starts the JVM and waits until the login page answers.
     *
     * @param timeout how long to wait for the login page
     * @return this
     * @throws IllegalStateException when it is already running, or the page never answers (the console is in the
     *                               message)
     */
    public PortalProcess start(Duration timeout) {
        return start(timeout, new String[0]);
    }

    /**
     * Starts the JVM with further launcher options and waits until the login page answers.
     *
     * @param timeout       how long to wait for the login page
     * @param launcherArgs  further launcher options, for example {@code --restore-from <backup>}
     * @return this
     * @throws IllegalStateException when it is already running, or the page never answers (the console is in the
     *                               message)
     */
    public PortalProcess start(Duration timeout, String... launcherArgs) {
        if (running()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", home.resolve("bin/caitien-launcher.jar").toString(),
                "--home", home.toString(), "--data", data.toString(),
                "--host", "127.0.0.1", "--port", Integer.toString(port)));
        command.addAll(List.of(launcherArgs));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("console.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the portal exited with " + process.exitValue() + ":\n" + console());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the login page did not answer within " + timeout + ":\n" + console());
    }

    /** Stops the portal the way Ctrl-C does (SIGTERM) and waits for the JVM to end. */
    public void stop() {
        if (running()) {
            process.destroy();
            waitForExit(60);
        }
    }

    /** Kills the JVM with SIGKILL ({@code kill -9}): no shutdown hook, no database shutdown. */
    public void kill9() {
        if (running()) {
            process.destroyForcibly();
            waitForExit(30);
        }
    }

    /** @return whether the JVM is alive */
    public boolean running() {
        return process != null && process.isAlive();
    }

    /** @return {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** @return the port */
    public int port() {
        return port;
    }

    /** @return the data folder (Derby database under {@code db/}, logs under {@code logs/}) */
    public Path data() {
        return data;
    }

    /** @return this portal's home folder ({@code bundle/}, {@code etc/}, {@code bin/}) */
    public Path home() {
        return home;
    }

    /** @return the process id of the running JVM, or -1 when it does not run */
    public long pid() {
        return running() ? process.pid() : -1;
    }

    /**
     * @param relative a file of the data folder, for example {@code logs/derby.log}
     * @return its text, empty when it does not exist
     */
    public String dataFile(String relative) {
        try {
            Path file = data.resolve(relative);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the console output so far (the last 20,000 characters) */
    public String console() {
        try {
            Path log = data.resolve("console.log");
            if (!Files.exists(log)) {
                return "";
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() > 20_000 ? text.substring(text.length() - 20_000) : text;
        } catch (IOException e) {
            return "(console unreadable: " + e + ")";
        }
    }

    /** Stops the portal if it still runs. The folders stay, for reading after a failure. */
    @Override
    public void close() {
        stop();
    }

    /** @return the settings of {@code vn.edu.caitien.portal.db.cfg} for a PostgreSQL database */
    public static Map<String, String> postgresql(String database) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("vn.edu.caitien.portal.db.cfg", "type=postgresql\n"
                + "postgresql.url=jdbc:postgresql://127.0.0.1:5432/" + database + "\n"
                + "postgresql.user=postgres\n");
        return configs;
    }

    private void waitForExit(int seconds) {
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
