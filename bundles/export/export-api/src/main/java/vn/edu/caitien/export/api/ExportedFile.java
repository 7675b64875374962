package vn.edu.caitien.export.api;

import java.io.Serializable;

/**
 * A rendered document, ready to download.
 *
 * @param fileName  a file name without path, ASCII only, with the format's extension ("ke-hoach-05-KH-THCSAB.docx")
 * @param mediaType the media type of the format
 * @param content   the bytes; the array is the caller's
 */
public record ExportedFile(String fileName, String mediaType, byte[] content) implements Serializable {
}
