package vn.edu.caitien.portal.api.ui;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file to send.
 *
 * @param fileName  the name the browser saves it as; may hold Vietnamese letters (the host encodes it per RFC 6266)
 * @param mediaType its media type, for example {@code application/pdf}
 * @param content   the bytes; the host does not change them
 */
public record Download(String fileName, String mediaType, byte[] content) implements Serializable {

    /** Checks that nothing is missing. */
    public Download {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
