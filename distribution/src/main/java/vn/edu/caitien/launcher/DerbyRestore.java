package vn.edu.caitien.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Puts a Derby backup in the place of the portal database, before the framework starts ({@code --restore-from}).
 *
 * <p>A backup taken on the page "Sao lưu dữ liệu" ({@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}) is a complete Derby
 * database folder that Derby boots as it is. The restore copies it into {@code <derby.directory>/<derby.name>}
 * (by default {@code <data>/db/caitien}, as {@code vn.edu.caitien.portal.db.cfg} in {@code etc/} says), first into
 * a folder beside it that is renamed into place once complete, so a restore cut short leaves no half database under
 * the real name. The database it replaces is never deleted: it is renamed to
 * {@code caitien.before-restore-<yyyyMMdd-HHmmss>}. PostgreSQL databases are restored with the PostgreSQL tools
 * ({@code pg_restore} or {@code psql} from a {@code pg_dump} file), not here.
 */
final class DerbyRestore {

    /** The portal database's configuration file in {@code etc/} (PID {@code vn.edu.caitien.portal.db}). */
    static final String DB_CONFIG = "vn.edu.caitien.portal.db.cfg";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /**
     * What a restore did.
     *
     * @param source   the backed-up database folder that was copied
     * @param database the portal database folder, now a copy of {@code source}
     * @param previous where the database that was replaced now is; null when there was none
     */
    record Result(Path source, Path database, Path previous) {

        /** @return one line for the console */
        String describe() {
            return "Restored the portal database " + database + " from the backup " + source
                    + (previous == null ? "" : "; the database it replaced is kept in " + previous);
        }
    }

    private DerbyRestore() {
    }

    /**
     * Restores the portal database from a backup. The portal must be stopped.
     *
     * @param backup a backup folder: {@code <data>/backups/<yyyyMMdd-HHmmss>} as the backup page lists it, or the
     *               database folder inside it ({@code …/caitien})
     * @param etc    the configuration folder, for {@value #DB_CONFIG}
     * @param data   the data folder, whose {@code db/} holds the database unless the configuration says otherwise
     * @param now    names the folder the replaced database is moved to
     * @return what was done
     * @throws IllegalArgumentException when the folder holds no Derby database, the portal is configured for
     *                                  PostgreSQL, or the database is in use by a running portal
     * @throws IOException              when a file cannot be read, copied or moved
     */
    static Result restore(Path backup, Path etc, Path data, LocalDateTime now) throws IOException {
        Properties config = config(etc);
        String type = config.getProperty("type", "derby").strip();
        if (!"derby".equals(type)) {
            throw new IllegalArgumentException("--restore-from restores Derby backups; this portal's database is "
                    + type + " (" + etc.resolve(DB_CONFIG) + "): restore it with the PostgreSQL tools"
                    + " (pg_restore or psql) from a pg_dump file");
        }
        String directory = config.getProperty("derby.directory", "").strip();
        String name = config.getProperty("derby.name", "caitien").strip();
        Path target = (directory.isEmpty() ? data.resolve("db") : Path.of(directory)).resolve(name)
                .toAbsolutePath().normalize();
        Path source = database(backup.toAbsolutePath().normalize(), name);
        if (target.startsWith(source) || source.startsWith(target)) {
            throw new IllegalArgumentException("The backup " + source + " is the portal database " + target
                    + " itself (or inside it): give a folder of " + data.resolve("backups"));
        }
        Path previous = null;
        if (Files.exists(target)) {
            refuseWhenInUse(target);
            previous = free(target.resolveSibling(name + ".before-restore-" + STAMP.format(now)));
        }
        Path partial = target.resolveSibling(name + ".restoring");
        deleteTree(partial);
        copyTree(source, partial);
        if (previous != null) {
            Files.move(target, previous);
        }
        try {
            Files.move(partial, target);
        } catch (IOException e) {
            // never leave the portal without its database: it would start on a new, empty one
            if (previous != null) {
                try {
                    Files.move(previous, target);
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
            }
            throw e;
        }
        return new Result(source, target, previous);
    }

    /** @return the FileInstall configuration of the database (Java properties), empty when there is none */
    static Properties config(Path etc) throws IOException {
        Properties config = new Properties();
        Path file = etc.resolve(DB_CONFIG);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                config.load(in);
            }
        }
        // FileInstall accepts typed values such as type="derby"; the keys read here are plain strings.
        config.replaceAll((k, v) -> unquote(v.toString().strip()));
        return config;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /** The Derby database in the folder: the folder itself, or its sub-folder of that name (how Derby backs up). */
    private static Path database(Path backup, String name) {
        if (Files.isRegularFile(backup.resolve("service.properties"))) {
            return backup;
        }
        if (Files.isRegularFile(backup.resolve(name).resolve("service.properties"))) {
            return backup.resolve(name);
        }
        throw new IllegalArgumentException("No Derby backup in " + backup + ": expected " + backup.resolve(name)
                + "/service.properties, as in the folders of <data>/backups that the backup page creates");
    }

    /**
     * A running Derby holds an exclusive lock on {@code dbex.lck}; after a crash the file stays but its lock does
     * not, and Derby recovers. So a lock that can be taken means nobody has the database open.
     */
    private static void refuseWhenInUse(Path database) throws IOException {
        Path lock = database.resolve("dbex.lck");
        if (!Files.exists(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                throw inUse(database);
            }
            taken.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(database);
        }
    }

    private static IllegalArgumentException inUse(Path database) {
        return new IllegalArgumentException("The database " + database + " is in use by a running portal: stop it"
                + " first (Ctrl-C or the service manager), then restore");
    }

    private static Path free(Path path) {
        Path candidate = path;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = path.resolveSibling(path.getFileName() + "-" + n);
        }
        return candidate;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> files = Files.walk(from)) {
            all = files.toList();
        }
        for (Path file : all) {
            Path copy = to.resolve(from.relativize(file).toString());
            if (Files.isDirectory(file)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(file, copy);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(root)) {
            all = files.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        for (Path file : all) {
            Files.delete(file);
        }
    }
}
