package vn.edu.caitien.monitoring.api;

import java.util.Set;

/** The file types accepted as evidence, recognised by their content (magic bytes), never by their name alone. */
public enum FileType {
    /** PDF ({@code %PDF-}). */
    PDF("application/pdf", Set.of("pdf")),
    /** PNG image. */
    PNG("image/png", Set.of("png")),
    /** JPEG image. */
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    /** GIF image. */
    GIF("image/gif", Set.of("gif")),
    /** Word 2007+ (a zip with {@code [Content_Types].xml} and {@code word/}). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    /** Excel 2007+ (a zip with {@code [Content_Types].xml} and {@code xl/}). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    /** Word 97-2003 (OLE2 compound file). */
    DOC("application/msword", Set.of("doc")),
    /** Excel 97-2003 (OLE2 compound file). */
    XLS("application/vnd.ms-excel", Set.of("xls"));

    private final String mediaType;
    private final Set<String> extensions;

    FileType(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** @return the media type to serve it with */
    public String mediaType() {
        return mediaType;
    }

    /** @return the file name extensions (lower case, no dot) that fit it */
    public Set<String> extensions() {
        return extensions;
    }
}
