package vn.edu.caitien.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the launcher. Each can also come from a system property ({@code -Dcaitien.port=9090})
 * or an environment variable ({@code CAITIEN_PORT=9090}); the command line wins.
 *
 * @param home        the portal folder, holding {@code bundle/} and {@code etc/}
 * @param bundles     the folder of bundles to install
 * @param etc         the configuration folder (Config Admin {@code *.cfg} files and {@code logback.xml})
 * @param data        the data folder: database, framework cache, logs
 * @param port        the HTTP port
 * @param host        the interface to listen on
 * @param extra       further framework properties given as {@code -Fname=value}
 * @param restoreFrom a Derby backup to put in the place of the database before starting ({@code --restore-from}),
 *                    null for none; only from the command line, since a variable left set would restore at every
 *                    start
 */
public record LaunchOptions(Path home, Path bundles, Path etc, Path data, int port, String host,
                            Map<String, String> extra, Path restoreFrom) {

    private static final Set<String> KEYS = Set.of("home", "data", "port", "host");
    private static final String RESTORE_FROM = "--restore-from";
    private static final String USAGE = "usage: [--port 8080] [--data DIR] [--home DIR] [--host 0.0.0.0]"
            + " [--restore-from BACKUP_DIR] [-Fname=value]";

    /**
     * @param args        the command line
     * @param defaultHome the folder above the launcher jar's {@code bin/}
     * @return the options
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    public static LaunchOptions parse(String[] args, Path defaultHome) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> extra = new HashMap<>();
        String restoreFrom = null;
        for (String key : KEYS) {
            String value = System.getProperty("caitien." + key, System.getenv("CAITIEN_" + key.toUpperCase()));
            if (value != null && !value.isBlank()) {
                values.put(key, value);
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("-F") && arg.contains("=")) {
                extra.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < args.length
                    && KEYS.contains(arg.substring(2))) {
                values.put(arg.substring(2), args[++i]);
            } else if (arg.equals(RESTORE_FROM) && i + 1 < args.length) {
                restoreFrom = args[++i];
            } else {
                throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
            }
        }
        Path home = Path.of(values.getOrDefault("home", defaultHome.toString())).toAbsolutePath().normalize();
        Path data = Path.of(values.getOrDefault("data", home.resolve("data").toString())).toAbsolutePath().normalize();
        int port;
        try {
            port = Integer.parseInt(values.getOrDefault("port", "8080"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number: " + values.get("port"), e);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new LaunchOptions(home, home.resolve("bundle"), home.resolve("etc"), data, port,
                values.getOrDefault("host", "0.0.0.0"), Map.copyOf(extra),
                restoreFrom == null ? null : Path.of(restoreFrom).toAbsolutePath().normalize());
    }
}
