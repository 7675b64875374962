package vn.edu.caitien.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * What a user reads on a page of the portal in Vietnamese, and the English in it. The visible text is the text
 * between tags (not in script, style, textarea and the like: a textarea holds what a user typed), the page title and
 * the attributes a browser shows (title, placeholder, alt, aria-label, the caption of input buttons). The detectors:
 * Wicket's English default messages, missing-resource markers ({@code [Warning: Property for 'x' not found]},
 * {@code [key.name]}), exception class names and stack frames, dates not written dd/MM/yyyy (ISO yyyy-MM-dd, English
 * month names, two-digit years, AM/PM), and the English text of every message key that the portal's own bundles and
 * Wicket ship ({@link #catalogue}): the fallback a user sees when a {@code _vi} file lacks a key.
 */
final class LanguageCheck {

    /** One thing in English (or a raw marker) that a Vietnamese user would read. */
    record Hit(String kind, String text, String detail, String element) {
    }

    /** Wicket's English defaults (Application.utf8.properties and its pages), as the brief lists them. */
    static final List<String> WICKET_DEFAULTS = List.of("Choose One", " is required", "is not a valid", " must be ",
            "Field '", "Please ", "The value of", "is not a number", "Page Expired", "Internal error",
            "Access Denied");
    /** What the servlet container says by itself (Jetty's error pages and reasons). */
    static final List<String> SERVER_DEFAULTS = List.of("HTTP ERROR", "Powered by Jetty", "Not Found", "Forbidden",
            "Bad Request", "Server Error", "Unauthorized", "Method Not Allowed", "Service Unavailable");
    private static final Pattern MISSING_WARNING = Pattern.compile("\\[Warning: [^\\]]*\\]|Property for '[^']*'");
    /** {@code [key]} as Wicket writes a {@code <wicket:message>} it cannot resolve: a dotted or camel-case key. */
    private static final Pattern MISSING_KEY = Pattern.compile(
            "\\[(?:[a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+|[a-z]+[A-Z][A-Za-z0-9]*)\\]");
    /**
     * An exception's or error's class name, anything in {@code java.}/{@code javax.}, a qualified class name of ours
     * or a library's (a bundle's symbolic name such as {@code vn.edu.caitien.plan.ui} on the administrator's module
     * page is no class name), a stack frame.
     */
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\\b|\\b(?:java|javax)\\.[a-z][\\w.]*"
                    + "|\\b(?:jakarta|org\\.apache|org\\.osgi|org\\.mybatis|vn\\.edu)(?:\\.[a-z]\\w*)+\\.[A-Z]\\w*"
                    + "|\\bat [a-z][\\w.]+\\.[A-Za-z]\\w*\\(");
    private static final Pattern ISO_DATE = Pattern.compile(
            "(?<![\\d/.-])\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}[\\w:.+-]*)?(?![\\d-])");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    private static final Pattern ENGLISH_DATE = Pattern.compile("\\b" + MONTH + "[a-z]*\\.? \\d{1,2},? \\d{4}\\b"
            + "|\\b\\d{1,2} " + MONTH + "[a-z]* \\d{4}\\b|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) " + MONTH + " \\d");
    private static final Pattern SHORT_DATE = Pattern.compile("(?<![\\d/.])\\d{1,2}/\\d{1,2}/\\d{2}(?![\\d/])"
            + "|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:AM|PM)\\b");
    /** Attributes a browser shows to the user. */
    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^}]*\\}|\\{\\d+[^}]*\\}|''?|\"|<[^>]*>|\\n");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(?:_[A-Z]{2})?$");

    private final Map<String, String> english;

    /**
     * @param english English fragments of the message catalogue and where each comes from
     *                ({@code bundle path key}), see {@link #catalogue}
     */
    LanguageCheck(Map<String, String> english) {
        this.english = english;
    }

    int catalogueSize() {
        return english.size();
    }

    /**
     * The English of the message catalogue: the literal parts (placeholders and quotes cut out) of every value of
     * the default {@code *.utf8.properties} and {@code *.properties} files of the portal's bundles and Wicket's
     * {@code Application} messages, at least ten characters with two English words, and not found in any
     * {@code _vi} value (a name, a code or a circular's number is the same in both).
     */
    static Map<String, String> catalogue(Bundle[] bundles) {
        Map<String, String> english = new LinkedHashMap<>();
        Set<String> vietnamese = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            String bsn = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
            boolean ours = bsn.startsWith("vn.edu.caitien.") && !bsn.equals("vn.edu.caitien.demo.data");
            boolean wicket = bsn.equals("org.apache.wicket.core");
            if (!ours && !wicket) {
                continue;
            }
            Enumeration<URL> files = bundle.findEntries("/", "*.properties", true);
            while (files != null && files.hasMoreElements()) {
                URL url = files.nextElement();
                String path = url.getPath();
                if (wicket && !path.contains("/org/apache/wicket/Application")) {
                    continue;
                }
                if (path.startsWith("/OSGI-") || path.startsWith("/META-INF")) {
                    continue;
                }
                String base = path.substring(path.lastIndexOf('/') + 1).replace(".utf8.properties", "")
                        .replace(".properties", "");
                Matcher locale = LOCALE_SUFFIX.matcher(base);
                String language = locale.find() ? locale.group().substring(1, 3) : "";
                if (!language.isEmpty() && !language.equals("vi") && !language.equals("en")) {
                    continue;
                }
                Properties values = load(url, path.endsWith(".utf8.properties"));
                for (String key : values.stringPropertyNames()) {
                    String value = values.getProperty(key);
                    if (language.equals("vi")) {
                        vietnamese.add(value);
                        continue;
                    }
                    if (key.contains(".CSS.") || key.startsWith("FeedbackMessage")) {
                        continue;
                    }
                    for (String fragment : PLACEHOLDER.split(value)) {
                        String f = trimFragment(fragment);
                        if (f.length() >= 10 && f.chars().allMatch(c -> c < 128) && wordsIn(f) >= 2) {
                            english.putIfAbsent(f, bsn + " " + path.substring(1) + " " + key);
                        }
                    }
                }
            }
        }
        // the English a module's markup holds: the default text of <wicket:message> (shown when the key is missing)
        // and any text written into the markup, which no Vietnamese user should read
        for (Bundle bundle : bundles) {
            String bsn = bundle.getSymbolicName() == null ? "" : bundle.getSymbolicName();
            if (!bsn.startsWith("vn.edu.caitien.") || bsn.equals("vn.edu.caitien.demo.data")) {
                continue;
            }
            Enumeration<URL> files = bundle.findEntries("/", "*.html", true);
            while (files != null && files.hasMoreElements()) {
                URL url = files.nextElement();
                String html;
                try (InputStream in = url.openStream()) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (Piece piece : visibleText(HtmlForm.tags(html), html)) {
                    for (String fragment : PLACEHOLDER.split(piece.text())) {
                        String f = trimFragment(fragment);
                        if (f.length() >= 10 && f.chars().allMatch(c -> c < 128) && wordsIn(f) >= 2) {
                            english.putIfAbsent(f, bsn + " " + url.getPath().substring(1) + " (markup)");
                        }
                    }
                }
            }
        }
        english.keySet().removeIf(f -> vietnamese.stream().anyMatch(v -> v.contains(f)));
        return english;
    }

    private static String trimFragment(String fragment) {
        return fragment.trim().replaceAll("\\s+", " ").replaceAll("^[\\p{Punct}\\s]+|[\\s(:,;]+$", "");
    }

    private static int wordsIn(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Properties load(URL url, boolean utf8) {
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            if (utf8) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } else {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** A piece of text the user reads, and the element it is in ({@code select[name=criterion]}, {@code span#id}). */
    record Piece(String text, String element) {
    }

    /**
     * @return the pieces of text the user reads on the page, in document order: each text run between tags, the
     *         title, and each shown attribute
     */
    static List<Piece> visibleText(List<HtmlForm.Tag> tags, String html) {
        List<Piece> pieces = new ArrayList<>();
        int textFrom = 0;
        boolean hidden = false;
        String element = "";
        String select = null;
        for (HtmlForm.Tag tag : tags) {
            if (!hidden && tag.start() > textFrom) {
                add(pieces, html.substring(textFrom, tag.start()), select != null ? select : element);
            }
            if (!tag.closing() && tag.rawText() != null) {
                // a raw-text element: its content is shown only for the title
                if (tag.name().equals("title")) {
                    add(pieces, tag.rawText(), "title");
                }
                hidden = true;
            } else {
                hidden = false;
            }
            if (tag.name().equals("select")) {
                select = tag.closing() ? null : describe(tag);
            }
            if (!tag.closing()) {
                element = describe(tag);
                for (String[] attribute : tag.attributes()) {
                    if (SHOWN_ATTRIBUTES.contains(attribute[0])) {
                        add(pieces, attribute[1], element + "@" + attribute[0]);
                    }
                }
                String type = tag.attr("type") == null ? "" : tag.attr("type").toLowerCase(Locale.ROOT);
                if (tag.name().equals("input") && Set.of("submit", "button", "reset").contains(type)) {
                    add(pieces, tag.attr("value"), element + "@value");
                }
            }
            textFrom = tag.end();
        }
        if (textFrom < html.length()) {
            add(pieces, html.substring(textFrom), element);
        }
        return pieces;
    }

    private static String describe(HtmlForm.Tag tag) {
        String name = tag.attr("name");
        String id = tag.attr("id");
        String css = tag.attr("class");
        return tag.name() + (name != null ? "[name=" + name + "]" : "") + (id != null ? "#" + id : "")
                + (name == null && id == null && css != null ? "." + css.trim().replace(' ', '.') : "");
    }

    private static void add(List<Piece> pieces, String raw, String element) {
        if (raw == null) {
            return;
        }
        String text = HtmlForm.decode(raw).replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        if (!text.isEmpty()) {
            pieces.add(new Piece(text, element));
        }
    }

    /** @return the English and the raw markers in the text the user reads on a page */
    List<Hit> check(List<Piece> pieces) {
        List<Hit> hits = new ArrayList<>();
        for (Piece shown : pieces) {
            String piece = shown.text();
            String element = shown.element();
            List<String> defaults = WICKET_DEFAULTS.stream().filter(piece::contains).map(d -> "'" + d.trim() + "'")
                    .toList();
            if (!defaults.isEmpty()) {
                hits.add(new Hit("Wicket default", piece, String.join(", ", defaults), element));
            }
            List<String> server = SERVER_DEFAULTS.stream().filter(piece::contains).map(d -> "'" + d + "'").toList();
            if (!server.isEmpty()) {
                hits.add(new Hit("server default", piece, String.join(", ", server), element));
            }
            find(hits, MISSING_WARNING, shown, "missing resource");
            find(hits, MISSING_KEY, shown, "missing resource [key]");
            find(hits, EXCEPTION, shown, "exception or class name");
            find(hits, ISO_DATE, shown, "date not dd/MM/yyyy");
            find(hits, ENGLISH_DATE, shown, "date not dd/MM/yyyy");
            find(hits, SHORT_DATE, shown, "date not dd/MM/yyyy");
            for (Map.Entry<String, String> e : english.entrySet()) {
                if (piece.contains(e.getKey()) && hits.stream().noneMatch(h -> h.text().equals(piece)
                        && h.kind().equals("Wicket default"))) {
                    hits.add(new Hit("English message", piece, "'" + e.getKey() + "' = " + e.getValue(), element));
                }
            }
        }
        return hits;
    }

    private static void find(List<Hit> hits, Pattern pattern, Piece piece, String kind) {
        Matcher m = pattern.matcher(piece.text());
        if (m.find()) {
            hits.add(new Hit(kind, piece.text(), "'" + m.group() + "'", piece.element()));
        }
    }
}
