package vn.edu.caitien.export.importer;

import java.io.Serializable;
import java.util.List;
import vn.edu.caitien.plan.api.PlanDocument;

/**
 * A draft plan read from a document, for the review screen. Nothing of it is saved.
 * @param plan         the draft (id 0, status DRAFT, no school set); texts as written, parsed values left to the
 *                     plan service, which fills them on save
 * @param format       what was read
 * @param encoding     the text encoding that was read ({@code UTF-8}, {@code windows-1258}, {@code TCVN3}); empty
 *                     for DOCX and XLSX
 * @param sourceUnits  how many non-empty cells and lines the source has; always equals
 *                     {@code pieces().size() + unrecognised().size()}
 * @param pieces       the recognised pieces, in source order
 * @param unrecognised the pieces that were not placed anywhere, in source order
 * @param warnings     notices about the document as a whole (converted encoding, guessed regime, year mismatch ...)
 */
public record ImportResult(PlanDocument plan, ImportFormat format, String encoding, int sourceUnits,
                           List<ImportPiece> pieces, List<ImportPiece> unrecognised, List<ImportNotice> warnings)
        implements Serializable {

    /** Copies the lists. */
    public ImportResult {
        encoding = encoding == null ? "" : encoding;
        pieces = List.copyOf(pieces);
        unrecognised = List.copyOf(unrecognised);
        warnings = List.copyOf(warnings);
    }

    /** @return the recognised pieces that went to a field path starting with {@code prefix} */
    public List<ImportPiece> piecesFor(String prefix) {
        return pieces.stream().filter(p -> p.field().startsWith(prefix)).toList();
    }

    /** @return the pieces that carry a flag, recognised or not */
    public List<ImportPiece> flagged(ImportFlag flag) {
        return java.util.stream.Stream.concat(pieces.stream(), unrecognised.stream())
                .filter(p -> p.flags().contains(flag)).toList();
    }
}
