package vn.edu.caitien.export.impl;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Vietnamese print conventions shared by the document builders: dates, money, NFC, line splitting. */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    /** @return the text NFC-normalised, null as empty */
    public static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** @return dd/MM/yyyy, or empty */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** @return "500.000.000 đ": đồng with dot thousands separators; empty for null */
    public static String money(Long amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount) + " đ";
    }

    /**
     * "Kinh Bắc, ngày 09 tháng 9 năm 2025": Nghị định 30 pads days below 10 and the months 1 and 2 with a zero;
     * an unknown place or date is left as dots to fill in by hand.
     */
    public static String placeDate(String place, LocalDate date) {
        String p = place == null || place.isBlank() ? "……" : place.strip();
        if (date == null) {
            return p + ", ngày … tháng … năm …";
        }
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return p + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** @return the non-blank lines of a text typed in a text area, stripped */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : nfc(text).split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    /** @return ASCII letters, digits and dashes only ("Kế hoạch 05/KH" → "ke-hoach-05-kh") for file names */
    public static String slug(String text) {
        String s = Normalizer.normalize(nfc(text).replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "document" : s;
    }
}
