package vn.edu.caitien.plan.ui;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as dd/MM/yyyy and money in đồng with dot thousands separators ("500.000.000 đ"), as Vietnamese print them. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Formats() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** @return the date, or null for blank text */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] p = text.strip().split("/");
        try {
            return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[1]), Integer.parseInt(p[0]));
        } catch (RuntimeException e) {
            throw new DateTimeParseException("not dd/MM/yyyy", text, 0, e);
        }
    }

    /** One format per thread (a DecimalFormat is not thread-safe and costs more to make than to use). */
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols);
    });

    static String money(Long amount) {
        return amount == null ? "" : MONEY.get().format(amount) + " đ";
    }
}
