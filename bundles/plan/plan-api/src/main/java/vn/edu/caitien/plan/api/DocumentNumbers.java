package vn.edu.caitien.plan.api;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Document numbers as Nghị định 30/2020 prints them: {@code "05/KH-THCSKB"}: numbers below 10 zero-padded, a slash
 * between number and symbol, hyphens between the symbol's groups, no spaces.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /**
     * @param number the number, or null
     * @param symbol the symbol; spaces are removed and letters upper-cased
     * @return {@code "166/KH-THCSTX"}, {@code "05/KH-THCSKB"}, or {@code "…/KH-THCSTX"} without a number
     */
    public static String format(Integer number, String symbol) {
        String s = normaliseSymbol(symbol);
        String n = number == null ? "…" : String.format(Locale.ROOT, "%02d", number);
        return s.isEmpty() ? n : n + "/" + s;
    }

    /**
     * @param symbol a symbol as typed, for example {@code "kh - thcs tx"}
     * @return NFC, upper case, without spaces: {@code "KH-THCSTX"}; empty for null
     */
    public static String normaliseSymbol(String symbol) {
        if (symbol == null) {
            return "";
        }
        return Normalizer.normalize(symbol, Normalizer.Form.NFC).replaceAll("\\s+", "").replace('–', '-')
                .toUpperCase(new Locale("vi"));
    }
}
