package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored evidence (minh chứng) of a school.
 *
 * @param id        the id
 * @param schoolId  its school
 * @param code      the official code, {@code [H1-1.1-01]} (2018 practice) or {@code MC.1.1.01} (TT 57), given once
 *                  when it is created from the criterion of its first link and kept when reused
 * @param kind      file or reference
 * @param title     what it is
 * @param reference document number, address or place; may be empty for a file
 * @param issuedOn  the document's date, may be null
 * @param issuer    who issued it, may be empty
 * @param fileName  the uploaded name (NFC), empty for a reference
 * @param fileType  recognised type, null for a reference
 * @param size      bytes, 0 for a reference
 * @param sha256    hex digest of the content, empty for a reference
 * @param links     where it is used, oldest first
 * @param createdBy display name of who added it
 * @param createdAt when
 */
public record Evidence(long id, String schoolId, String code, EvidenceKind kind, String title, String reference,
                       LocalDate issuedOn, String issuer, String fileName, FileType fileType, long size, String sha256,
                       List<EvidenceLink> links, String createdBy, Instant createdAt) implements Serializable {
    /** Copies the list. */
    public Evidence {
        links = List.copyOf(links);
    }
}
