package vn.edu.caitien.export.api;

import java.io.Serializable;

/**
 * A format some renderer is registered for.
 *
 * @param format    the format id ({@link DocumentRenderer#DOCX}...)
 * @param mediaType its media type
 * @param extension the file extension, without the dot
 */
public record FormatInfo(String format, String mediaType, String extension) implements Serializable {
}
