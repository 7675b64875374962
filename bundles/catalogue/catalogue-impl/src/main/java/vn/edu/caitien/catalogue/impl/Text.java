package vn.edu.caitien.catalogue.impl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text normalisation: NFC before storage, and the folded form used for diacritic-insensitive search. */
public final class Text {

    private Text() {
    }

    /** @return the text in Unicode NFC with surrounding white space removed, or null for null */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    /**
     * Folds text for search: removes diacritics, maps đ/Đ to d, lower-cases, and turns every character other than
     * a-z, 0-9 and '.' into a single space.
     *
     * @return the folded text, never null
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            c = Character.toLowerCase(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                out.append(c);
                space = false;
            } else if (!space && out.length() > 0) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** @return the folded words of the text, in order; empty for blank text */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : fold(text).split(" ")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
