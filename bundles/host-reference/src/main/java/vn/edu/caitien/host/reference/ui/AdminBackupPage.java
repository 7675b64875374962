package vn.edu.caitien.host.reference.ui;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.BackupFolder;
import vn.edu.caitien.host.reference.BackupNotSupportedException;
import vn.edu.caitien.host.reference.BackupService;
import vn.edu.caitien.host.reference.BackupServiceImpl;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * Online backup of the portal database, for system administrators only (others get the access-denied page): a
 * "back up now" button and the backups already in the backup directory. On PostgreSQL the page says to use
 * {@code pg_dump}; a failed backup is logged at ERROR and shown as a short translated message.
 */
public final class AdminBackupPage extends SecurePage {
    private static final long serialVersionUID = 1L;

    /** Wicket id of the form with the "back up now" button, for tests. */
    public static final String FORM = "backupForm";
    /** Wicket id of the rows of existing backups, for tests. */
    public static final String BACKUPS = "backups";

    private static final Logger LOG = LoggerFactory.getLogger(AdminBackupPage.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ServiceRef<BackupService> service = ServiceRef.of(BackupService.class);
    private final IModel<List<BackupFolder>> backups = LoadableDetachableModel.of(() -> service.get().backups());

    /** @param parameters ignored */
    public AdminBackupPage(PageParameters parameters) {
        super(parameters);
        if (!user().systemAdmin()) {
            throw new AccessDeniedException(BackupServiceImpl.BACKUP_PERMISSION, "backup page, user " + user().id());
        }
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Label("intro", new StringResourceModel("backup.intro", this)
                .setParameters(LoadableDetachableModel.of(() -> service.get().directory().toString()))));
        add(new Form<Void>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                backUp();
            }
        });
        add(new ListView<>(BACKUPS, backups) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BackupFolder> item) {
                BackupFolder folder = item.getModelObject();
                item.add(new Label("name", folder.name()));
                item.add(new Label("size", formatSize(folder.sizeBytes(), getLocale())));
                item.add(new Label("time", TIME.format(folder.lastModified().atZone(ZoneId.systemDefault()))));
            }
        });
        add(new Label("noBackups", new ResourceModel("backup.none")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(backups.getObject().isEmpty());
            }
        });
    }

    private void backUp() {
        BackupService backupService = service.get();
        try {
            Path path = backupService.backupNow(user());
            success(new StringResourceModel("backup.done", this).setParameters(path.toString()).getString());
        } catch (BackupNotSupportedException notHere) {
            LOG.info("Backup refused: {}", notHere.getMessage());
            warn(getString("backup.notSupported"));
        } catch (IllegalStateException | UncheckedIOException failed) {
            LOG.error("Backup into {} failed", backupService.directory(), failed);
            error(getString("backup.failed"));
        }
        backups.detach();
    }

    /**
     * @param bytes  a size in bytes
     * @param locale the language, for the decimal separator
     * @return the size in B, KB, MB or GB (powers of 1024) with at most one decimal
     */
    static String formatSize(long bytes, Locale locale) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return format.format(value) + " " + units[unit];
    }

    @Override
    protected void onDetach() {
        backups.detach();
        super.onDetach();
    }
}
