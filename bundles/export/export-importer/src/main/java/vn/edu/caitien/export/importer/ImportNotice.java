package vn.edu.caitien.export.importer;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A remark about an imported document as a whole.
 * @param key  a key of {@link ImportMessages} ({@code warning.*})
 * @param args its arguments, as text
 */
public record ImportNotice(String key, List<String> args) implements Serializable {

    /** Copies the arguments. */
    public ImportNotice {
        args = List.copyOf(args);
    }

    /** @param key a message key; @param args its arguments */
    public ImportNotice(String key, String... args) {
        this(key, List.of(args));
    }

    /** @return the text in a language (Vietnamese unless English is asked for) */
    public String message(Locale locale) {
        return ImportMessages.text(key, locale, args.toArray());
    }
}
