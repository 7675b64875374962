package vn.edu.caitien.export.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Builds official documents from the module services and renders them in any registered format. Thread-safe.
 *
 * <p>Permissions are those of the service the data comes from (for {@link DocumentKind#PLAN}: {@code plan.view} on
 * the plan's school, and supervising bodies see published revisions only). A document of something the user may
 * not see is reported as not found ({@link Optional#empty()}); a missing permission on a school the user can see
 * throws {@link vn.edu.caitien.portal.api.AccessDeniedException}.
 */
@ProviderType
public interface DocumentService {

    /** @return the kinds this installation can build, in {@link DocumentKind} order */
    Set<DocumentKind> kinds();

    /** @return the formats a renderer is registered for, sorted by format id */
    List<FormatInfo> formats();

    /**
     * @return the format-neutral document, or empty when it does not exist or the user may not see it
     * @throws UnsupportedFormatException when the kind is not available ({@link #kinds()})
     */
    Optional<Document> build(PortalUser user, DocumentRequest request);

    /**
     * Builds the document and renders it with the renderer registered for the format.
     *
     * @param format a format id, for example {@link DocumentRenderer#PDF}
     * @return the file, or empty when the document does not exist or the user may not see it
     * @throws UnsupportedFormatException when the kind is not available or no renderer handles the format
     */
    Optional<ExportedFile> export(PortalUser user, DocumentRequest request, String format);
}
