package vn.edu.caitien.export.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The importer's messages: {@code ImportMessages.utf8.properties} (Vietnamese, the default) and
 * {@code ImportMessages_en.utf8.properties} beside this class. Keys: the {@link ImportException} keys, the
 * warnings of {@link ImportResult#warnings()}, {@code flag.<ImportFlag>} and {@code confidence.<Confidence>}.
 */
public final class ImportMessages {

    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private ImportMessages() {
    }

    /**
     * @param key    a message key
     * @param locale English when its language is "en", Vietnamese otherwise
     * @param args   {@link MessageFormat} arguments
     * @return the text, or the key itself when unknown
     */
    public static String text(String key, Locale locale, Object... args) {
        String pattern = bundle(locale).getProperty(key);
        if (pattern == null) {
            pattern = bundle(null).getProperty(key, key);
        }
        return args == null || args.length == 0 ? pattern : new MessageFormat(pattern, locale == null ? Locale.ROOT : locale).format(args);
    }

    /** @return every key of the Vietnamese file */
    public static java.util.Set<String> keys(Locale locale) {
        return bundle(locale).stringPropertyNames();
    }

    private static Properties bundle(Locale locale) {
        String name = locale != null && "en".equals(locale.getLanguage())
                ? "ImportMessages_en.utf8.properties" : "ImportMessages.utf8.properties";
        return CACHE.computeIfAbsent(name, ImportMessages::load);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = ImportMessages.class.getResourceAsStream(name)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
        return p;
    }
}
