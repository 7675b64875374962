package vn.edu.caitien.host.reference;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSession;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * {@link BackupService} over {@link PortalDatabase#backup(Path)}. Reads {@code backup.directory} from the host's
 * configuration (PID {@value PortalHost#PID}); every backup taken is appended to {@code PORTAL.AUDIT_LOG}.
 */
@Component(service = BackupService.class, configurationPid = PortalHost.PID)
public final class BackupServiceImpl implements BackupService {

    /** Audit action: the database was backed up; the detail is the backup's path. */
    public static final String ACTION_BACKUP = "BACKUP";
    /** Pseudo permission named in the {@link AccessDeniedException} of a non-administrator. */
    public static final String BACKUP_PERMISSION = "portal.backup";
    /** Framework property naming the portal's data directory; backups default to its {@code backups}. */
    static final String DATA_DIR_PROPERTY = "caitien.data.dir";

    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);
    private static final DateTimeFormatter FOLDER_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final PortalDatabase database;
    private final HostStore store;
    private final Clock clock;

    /**
     * @param context  for the framework property {@value #DATA_DIR_PROPERTY} and the bundle data area
     * @param config   the host configuration, for {@code backup.directory}
     * @param database the database to back up
     * @param store    the host's tables, for the audit log
     */
    @Activate
    public BackupServiceImpl(BundleContext context, PortalHost.Config config, @Reference PortalDatabase database,
                             @Reference HostStore store) {
        this(directory(config.backup_directory(), context::getProperty, () -> context.getDataFile("backups")),
                database, store, Clock.systemDefaultZone());
        LOG.info("Database backups go to {}", directory);
    }

    /**
     * @param directory where backups go
     * @param database  the database to back up
     * @param store     the host's tables, for the audit log
     * @param clock     names the backup folders and times the audit entries
     */
    public BackupServiceImpl(Path directory, PortalDatabase database, HostStore store, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
        this.database = Objects.requireNonNull(database, "database");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Where backups go: the configured directory; else {@code <caitien.data.dir>/backups}; else the bundle data
     * area's {@code backups}.
     *
     * @param configured        value of {@code backup.directory}; blank for the default
     * @param frameworkProperty reads a framework property, null when unset
     * @param dataArea          the bundle data area's {@code backups}, null when the framework has no file system
     * @return the backup directory
     * @throws IllegalStateException when nothing names a directory
     */
    static Path directory(String configured, Function<String, String> frameworkProperty, Supplier<File> dataArea) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        String dataDir = frameworkProperty.apply(DATA_DIR_PROPERTY);
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir.strip(), "backups");
        }
        File area = dataArea.get();
        if (area == null) {
            throw new IllegalStateException("The framework gives no bundle data area; set " + DATA_DIR_PROPERTY
                    + " or backup.directory in " + PortalHost.PID);
        }
        return area.toPath();
    }

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public Path backupNow(PortalUser actor) {
        if (actor == null || !actor.systemAdmin()) {
            throw new AccessDeniedException(BACKUP_PERMISSION, "backup, user " + (actor == null ? "none" : actor.id()));
        }
        Path target = freshFolder(LocalDateTime.now(clock));
        Path backup;
        try {
            backup = database.backup(target);
        } catch (IllegalStateException e) {
            if (PortalDatabase.POSTGRESQL.equals(database.databaseId())) {
                throw new BackupNotSupportedException(database.databaseId(), e);
            }
            throw e;
        }
        try (SqlSession session = store.openSession()) {
            session.getMapper(ModuleSwitchMapper.class).insertAudit(new AuditRow(null, Timestamp.from(clock.instant()),
                    actor.id(), ACTION_BACKUP, null, null, backup.toString()));
            session.commit();
        }
        LOG.info("Database backed up to {} by {}", backup, actor.id());
        return backup;
    }

    /** Two backups within one second get {@code -2}, {@code -3}... rather than overwrite each other. */
    private Path freshFolder(LocalDateTime now) {
        String name = FOLDER_NAME.format(now);
        Path folder = directory.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = directory.resolve(name + "-" + n);
        }
        return folder;
    }

    @Override
    public List<BackupFolder> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory)
                    .map(BackupServiceImpl::folder)
                    .sorted(Comparator.comparing(BackupFolder::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list backups in " + directory, e);
        }
    }

    private static BackupFolder folder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            long size = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    size += Files.size(file);
                }
            }
            return new BackupFolder(folder.getFileName().toString(), size,
                    Files.getLastModifiedTime(folder).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read backup " + folder, e);
        }
    }
}
