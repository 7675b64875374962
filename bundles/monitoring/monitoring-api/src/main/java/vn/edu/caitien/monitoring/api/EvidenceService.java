package vn.edu.caitien.monitoring.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Evidence (minh chứng) of a school: files checked by content, or references, attached to plan actions and/or
 * criteria, coded the official way and reusable across years. Thread-safe.
 *
 * <p>Permissions as {@link MonitoringService}: reading needs {@link MonitoringService#VIEW}. Adding or linking
 * evidence to an action follows the rule of reporting progress on it ({@link MonitoringService#UPDATE}: the
 * principal, vice principal, or the action's lead); to a criterion only, it needs {@link MonitoringService#REVIEW}
 * or to be principal or vice principal. Not visible → not found; visible without permission →
 * {@link vn.edu.caitien.portal.api.AccessDeniedException}.
 *
 * <p>Files: at most {@link #maxFileBytes()} (20 MB by default, configurable); PDF, PNG, JPEG, GIF, DOCX, XLSX, DOC,
 * XLS recognised by their content; the name's extension must fit the content
 * ({@link MonitoringValidationException#FILE_MISMATCH}); zip-based documents are checked against zip bombs
 * ({@link MonitoringValidationException#FILE_SUSPICIOUS}). A refused file leaves nothing stored.
 *
 * <p>Codes: under the 2018 regimes {@code [Hn-a.b-cc]} (n the box, by default the standard number; a.b the criterion;
 * cc the next sequence number of the school for that box and criterion, two digits); under TT 57
 * {@code MC.a.b.cc}.
 */
@ProviderType
public interface EvidenceService {

    /**
     * Stores a file as evidence. The stream is read to its end (or to the limit) and not closed.
     *
     * @param draft    the evidence; {@link EvidenceDraft#link()} says the plan and action/criterion
     * @param fileName the uploaded name; its extension must fit the content
     * @param content  the bytes
     * @return the stored evidence with its code
     */
    Evidence addFile(PortalUser user, EvidenceDraft draft, String fileName, InputStream content);

    /** Stores a reference (document number, register, web address) as evidence. */
    Evidence addReference(PortalUser user, EvidenceDraft draft);

    /**
     * Links an existing evidence of the school to another plan (a new year's), action or criterion; its code stays.
     * Linking twice to the same place does nothing.
     */
    Evidence link(PortalUser user, long evidenceId, EvidenceLink link);

    /** @return the evidence, or empty when it does not exist or is not visible */
    Optional<Evidence> evidence(PortalUser user, long evidenceId);

    /** @return the evidence linked to the plan, by code */
    List<Evidence> evidenceOfPlan(PortalUser user, long planId);

    /** @return every evidence of the school (to pick one for reuse), by code */
    List<Evidence> evidenceOfSchool(PortalUser user, String schoolId);

    /**
     * @return per criterion of the plan (those with actions, and those the plan's baseline lists), in catalogue order,
     *         the evidence linked; {@link CriterionEvidence#missing()} shows what is still missing
     */
    List<CriterionEvidence> byCriterion(PortalUser user, long planId);

    /**
     * Writes a file evidence's bytes.
     *
     * @throws MonitoringNotFoundException when not visible, or a reference
     */
    void copyContent(PortalUser user, long evidenceId, OutputStream out);

    /** @return the configured size limit in bytes */
    long maxFileBytes();
}
