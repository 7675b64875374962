package vn.edu.caitien.monitoring.ui;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edu.caitien.monitoring.api.Evidence;
import vn.edu.caitien.monitoring.api.EvidenceKind;
import vn.edu.caitien.monitoring.api.EvidenceService;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.ui.Download;
import vn.edu.caitien.portal.api.ui.DownloadProvider;

/**
 * Evidence files at {@code /download/monitoring/evidence/{id}}, for the links of the progress page. Who may read
 * them is the evidence service's rule (the school's users and the bodies above it); anything else is not found.
 */
@Component(service = DownloadProvider.class)
public final class EvidenceDownloads implements DownloadProvider {

    /** The path of an evidence file within the module. */
    static String path(long evidenceId) {
        return "evidence/" + evidenceId;
    }

    private final EvidenceService evidence;

    /** @param evidence reads the evidence and its content with the user's rights */
    @org.osgi.service.component.annotations.Activate
    public EvidenceDownloads(@Reference EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Override
    public String module() {
        return MonitoringService.MODULE_ID;
    }

    @Override
    public Optional<Download> serve(PortalUser user, String path, Map<String, String> parameters) {
        if (!path.startsWith("evidence/")) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(path.substring("evidence/".length()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an evidence id: " + path, e);
        }
        Optional<Evidence> found = evidence.evidence(user, id);
        if (found.isEmpty() || found.get().kind() != EvidenceKind.FILE) {
            return Optional.empty();
        }
        Evidence e = found.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(e.size(), Integer.MAX_VALUE - 8));
        try {
            evidence.copyContent(user, id, out);
        } catch (MonitoringNotFoundException gone) {
            return Optional.empty();
        }
        return Optional.of(new Download(e.fileName(), e.fileType().mediaType(), out.toByteArray()));
    }
}
