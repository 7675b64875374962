package vn.edu.caitien.export.api;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a {@link Document} in one file format. Whiteboard: register one service per format with the properties
 * {@link #FORMAT}, {@link #MEDIA_TYPE} and {@link #EXTENSION}; the {@link DocumentService} picks the renderer by
 * format id (the highest service ranking wins when two claim the same format). Implementations are thread-safe and
 * keep no state between calls.
 */
@ConsumerType
public interface DocumentRenderer {

    /** Service property: the format id, lower case ("docx"). */
    String FORMAT = "export.format";
    /** Service property: the media type of the files written. */
    String MEDIA_TYPE = "export.mediaType";
    /** Service property: the file extension, without the dot. */
    String EXTENSION = "export.extension";

    /** Format id of Word documents. */
    String DOCX = "docx";
    /** Format id of PDF. */
    String PDF = "pdf";
    /** Format id of Excel workbooks (the tables only). */
    String XLSX = "xlsx";
    /** Format id of JSON (the document's {@link Document#data()}). */
    String JSON = "json";

    /**
     * Writes the document. The stream is not closed.
     *
     * @throws IOException when writing fails
     */
    void render(Document document, OutputStream out) throws IOException;
}
