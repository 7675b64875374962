package vn.edu.caitien.export.ui;

import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edu.caitien.export.api.DocumentService;
import vn.edu.caitien.export.api.ExportedFile;
import vn.edu.caitien.export.api.FormatInfo;
import vn.edu.caitien.export.api.UnsupportedFormatException;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/**
 * Serves the documents of module {@value DownloadPaths#MODULE} at the stable paths of {@link DownloadPaths}. Who may
 * see what is entirely the {@link DocumentService}'s decision (empty for something the user may not see); a batch
 * zip is served to the user who started the job only. A kind this installation cannot build
 * ({@link DocumentService#kinds()}) is not found; an extension no renderer is registered for, or a malformed path,
 * is an {@link IllegalArgumentException}. File names are ASCII-safe.
 */
@Component(service = DownloadProvider.class)
public final class ExportDownloads implements DownloadProvider {

    private final DocumentService documents;
    private final BatchExportService batches;

    /** Called by DS. */
    @Activate
    public ExportDownloads(@Reference DocumentService documents, @Reference BatchExportService batches) {
        this.documents = documents;
        this.batches = batches;
    }

    @Override
    public String module() {
        return DownloadPaths.MODULE;
    }

    @Override
    public Optional<Download> serve(PortalUser user, String path, Map<String, String> parameters) {
        DownloadPaths.Target target = DownloadPaths.parse(path, parameters);
        if (target instanceof DownloadPaths.BatchTarget batch) {
            return batches.zip(user, batch.jobId());
        }
        DownloadPaths.DocumentTarget document = (DownloadPaths.DocumentTarget) target;
        FormatInfo format = documents.formats().stream()
                .filter(f -> f.extension().equalsIgnoreCase(document.extension())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no renderer for ." + document.extension()));
        if (!documents.kinds().contains(document.request().kind())) {
            return Optional.empty();
        }
        Optional<ExportedFile> file;
        try {
            file = documents.export(user, document.request(), format.format());
        } catch (UnsupportedFormatException e) {
            // the renderer or the kind went away between the two questions above
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return file.map(f -> new Download(FileNames.ascii(f.fileName(), format.extension()),
                f.mediaType() == null || f.mediaType().isBlank() ? format.mediaType() : f.mediaType(), f.content()));
    }
}
