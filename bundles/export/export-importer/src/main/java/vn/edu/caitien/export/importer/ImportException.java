package vn.edu.caitien.export.importer;

import java.util.Locale;

/**
 * A document that cannot be imported. {@link #key()} is a key of {@link ImportMessages} (Vietnamese and English);
 * {@link #getMessage()} is the English text for logs. Nothing was saved when it is thrown.
 */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file is larger than the configured limit; argument: the limit in MB. */
    public static final String TOO_LARGE = "import.tooLarge";
    /** The file is empty. */
    public static final String EMPTY = "import.empty";
    /** The DOCX or XLSX is cut short or damaged. */
    public static final String CORRUPT = "import.corrupt";
    /** The archive expands to too many entries or bytes (a zip bomb). */
    public static final String ZIP_BOMB = "import.zipBomb";
    /** The file is protected by a password. */
    public static final String ENCRYPTED = "import.encrypted";
    /** An old binary Word or Excel file (.doc, .xls). */
    public static final String LEGACY_FORMAT = "import.legacyFormat";
    /** A format the importer does not read (PDF, images ...). */
    public static final String UNSUPPORTED = "import.unsupported";
    /** A text file in an encoding that could not be recognised. */
    public static final String ENCODING = "import.encoding";
    /** No plan in the document. */
    public static final String NO_PLAN = "import.noPlan";
    /** An inspection record (biên bản kiểm tra), not a plan. */
    public static final String NOT_A_PLAN = "import.notAPlan";
    /** An unexpected failure while reading. */
    public static final String UNREADABLE = "import.unreadable";

    private final String key;
    private final transient Object[] args;

    /** @param key a message key; @param args its arguments */
    public ImportException(String key, Object... args) {
        this(key, null, args);
    }

    /** @param key a message key; @param cause what went wrong below; @param args its arguments */
    public ImportException(String key, Throwable cause, Object... args) {
        super(ImportMessages.text(key, Locale.ENGLISH, args), cause);
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** @return the message key */
    public String key() {
        return key;
    }

    /** @return the message arguments */
    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** @return the message in a language (Vietnamese unless English is asked for) */
    public String message(Locale locale) {
        return ImportMessages.text(key, locale, args());
    }
}
