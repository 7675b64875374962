package vn.edu.caitien.plan.impl.text;

import java.text.Normalizer;
import java.util.Locale;

/** Normalisation of Vietnamese text as schools type or paste it. */
public final class Texts {

    private Texts() {
    }

    /** @return NFC text with trimmed ends; empty for null */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /**
     * @return NFC, lower case, dashes as hyphens, non-breaking and repeated spaces as one space: the form the parsers
     *         match against
     */
    public static String fold(String text) {
        return nfc(text).toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("[–—]", "-")
                .replaceAll("\\s+", " ");
    }
}
