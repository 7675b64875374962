package vn.edu.caitien.export.importer;

import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Turns an existing plan document into a draft plan for review. It reads, recognises and reports; it never saves
 * (hand {@link ImportResult#plan()} to {@code PlanService.save} once the user has reviewed it, which also parses the
 * time and budget texts). Every non-empty source cell or line ends up either as a recognised
 * {@link ImportPiece} or in {@link ImportResult#unrecognised()}. Bad input (too large, truncated, a zip bomb,
 * password-protected, an unknown encoding, no plan in it) gives an {@link ImportException} with a message key;
 * no other exception escapes. Thread-safe.
 */
@ProviderType
public interface PlanImporter {

    /**
     * Detects the format from the content (DOCX, XLSX, plain text) and imports it.
     * @param user     the signed-in user (the catalogue is read on their behalf)
     * @param fileName the uploaded file name, used only as a hint; may be null
     * @param content  the file's bytes
     * @param options  regime to use, or how to guess it
     * @return the draft and the review pieces
     * @throws ImportException for every input that cannot be imported
     */
    ImportResult importFile(PortalUser user, String fileName, byte[] content, ImportOptions options);

    /** Imports a DOCX. @throws ImportException as {@link #importFile} */
    ImportResult importDocx(PortalUser user, byte[] docx, ImportOptions options);

    /**
     * Imports the plain text Word saves (cells separated by tabs, one table row per line). The bytes may be UTF-8
     * (with or without BOM), UTF-16 with BOM, Windows-1258 or TCVN3 (the last two are converted and a warning is
     * added). @throws ImportException as {@link #importFile}
     */
    ImportResult importText(PortalUser user, byte[] text, ImportOptions options);

    /** Imports the plan table from the XLSX template (2018 nine columns or TT 57 Biểu 2). @throws ImportException as {@link #importFile} */
    ImportResult importXlsx(PortalUser user, byte[] xlsx, ImportOptions options);

    /** @return the largest file accepted, in bytes (configuration {@code max_bytes}, 20 MB by default) */
    long maxBytes();
}
