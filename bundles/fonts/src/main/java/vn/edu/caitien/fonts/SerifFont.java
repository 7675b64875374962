package vn.edu.caitien.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * The four faces of Liberation Serif 2.1.5 (SIL Open Font License 1.1), metric-compatible with Times New Roman, the
 * font Nghị định 30/2020 prescribes. Documents name Times New Roman and fall back to these faces; PDFs embed them.
 * The files are resources of this bundle, read through this class so that they resolve in OSGi.
 */
public enum SerifFont {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    /** The family name in the font files. */
    public static final String FAMILY = "Liberation Serif";
    /** The family it stands in for. */
    public static final String STANDS_IN_FOR = "Times New Roman";

    private final String file;

    SerifFont(String file) {
        this.file = file;
    }

    /** @return the face for a style */
    public static SerifFont of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    /** @return the file name, for example {@code LiberationSerif-Bold.ttf} */
    public String fileName() {
        return file;
    }

    /** @return where the TrueType file is */
    public URL url() {
        URL url = SerifFont.class.getResource(file);
        if (url == null) {
            throw new IllegalStateException("font file missing from the bundle: " + file);
        }
        return url;
    }

    /** @return the TrueType file's bytes (a fresh copy on every call) */
    public byte[] bytes() {
        try (InputStream in = url().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
