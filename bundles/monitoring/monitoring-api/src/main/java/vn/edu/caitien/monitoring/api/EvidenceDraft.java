package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A new evidence as typed. Input of {@link EvidenceService#addFile} and {@link EvidenceService#addReference}.
 *
 * @param link        where it is first attached; required
 * @param title       what it is ("Biên bản họp Hội đồng trường"); required
 * @param boxNumber   2018 practice: the box (hộp) it is filed in, the {@code n} of {@code [Hn-a.b-cc]}; null means
 *                    the criterion's standard number. Ignored for TT 57 codes
 * @param reference   for a reference: the document number, the register, the web address (http/https) or where it
 *                    is kept; for a file: optional
 * @param issuedOn    the date of the document, may be null
 * @param issuer      who issued it, may be empty
 */
public record EvidenceDraft(EvidenceLink link, String title, Integer boxNumber, String reference, LocalDate issuedOn,
                            String issuer) implements Serializable {
    /** Defaults the texts. */
    public EvidenceDraft {
        title = title == null ? "" : title;
        reference = reference == null ? "" : reference;
        issuer = issuer == null ? "" : issuer;
    }
}
