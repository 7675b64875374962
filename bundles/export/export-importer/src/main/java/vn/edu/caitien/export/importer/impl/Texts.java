package vn.edu.caitien.export.importer.impl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up for imported documents: NFC, spaces, HTML and markdown fragments, folding for comparisons. */
final class Texts {

    private static final Pattern TAG = Pattern.compile("</?\\s*(?:p|b|i|u|strong|em|br|span|div|li|ul|ol|font|sup|sub)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]]*\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING_HASHES = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");
    private static final Pattern PIPE_RULE = Pattern.compile("^[|:\\-\\s=_*]+$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");
    private static final Pattern LINES = Pattern.compile("\\R");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-+•*–]\\s*)+");
    private static final Pattern STARTS_WITH_BULLET = Pattern.compile("^\\s*[-+•*–]");

    private Texts() {
    }

    /** @return NFC text; null gives "" */
    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** @return whether NFC normalisation or space clean-up changes the text */
    static boolean needsNormalising(String s) {
        return !Normalizer.isNormalized(s, Normalizer.Form.NFC) || s.indexOf('\u00A0') >= 0 || s.contains("  ");
    }

    /** @return whether the text carries HTML or markdown fragments */
    static boolean hasMarkup(String s) {
        return TAG.matcher(s).find() || BOOKMARK.matcher(s).find() || s.contains("**") || s.startsWith("#")
                || s.startsWith("\\*") || (s.length() > 2 && PIPE_RULE.matcher(s).matches());
    }

    /**
     * @return the text without HTML tags, bookmarks, markdown heading marks, bold marks and escapes; paragraphs
     *         (closing {@code </p>}, {@code <br>}) become line breaks; spaces collapsed within lines
     */
    static String clean(String s) {
        String t = nfc(s);
        if (t.indexOf('<') >= 0) {
            t = PARAGRAPH_BREAK.matcher(t).replaceAll("\n");
            t = TAG.matcher(t).replaceAll("");
        }
        if (t.indexOf('[') >= 0) {
            t = BOOKMARK.matcher(t).replaceAll("");
        }
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        StringBuilder out = new StringBuilder();
        for (String line : LINES.split(t)) {
            String l = HEADING_HASHES.matcher(line.strip()).replaceAll("");
            l = BOLD.matcher(l).replaceAll("");
            l = l.replace("\\*", "*").replace("\\-", "-");
            if (PIPE_RULE.matcher(l).matches()) {
                l = "";
            }
            l = SPACES.matcher(l).replaceAll(" ").strip();
            if (!l.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(l);
            }
        }
        return out.toString();
    }

    /** @return lower case without diacritics (đ → d), spaces collapsed: for keyword tests */
    static String fold(String s) {
        String t = Normalizer.normalize(nfc(s).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        t = COMBINING.matcher(t).replaceAll("").replace('đ', 'd').replace('Đ', 'd');
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** @return the text without a leading bullet ("- ", "+ ", "• ", "* ") */
    static String unbullet(String s) {
        return BULLET.matcher(s).replaceFirst("").strip();
    }

    /** @return whether the first letter of the text (after markup and bullets) is lower case */
    static boolean startsLower(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    /** @return whether the text starts with a list bullet */
    static boolean startsWithBullet(String s) {
        return STARTS_WITH_BULLET.matcher(s).find();
    }

    /** @return a similarity between 0 and 1 of two texts' folded word sets (Dice coefficient) */
    static double similarity(String a, String b) {
        java.util.Set<String> x = words(a);
        java.util.Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : x) {
            if (y.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    /** @return the share of the words of {@code part} that occur in {@code whole} (a truncated or shortened title) */
    static double containment(String part, String whole) {
        java.util.Set<String> x = words(part);
        java.util.Set<String> y = words(whole);
        if (x.isEmpty()) {
            return 0;
        }
        return x.stream().filter(y::contains).count() / (double) x.size();
    }

    private static java.util.Set<String> words(String s) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : fold(s).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** @return a and b joined by a space (or a line break when b starts a new list item); either may be empty */
    static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a + (startsWithBullet(b) ? "\n" : " ") + b;
    }
}
