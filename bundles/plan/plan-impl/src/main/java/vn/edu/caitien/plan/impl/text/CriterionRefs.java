package vn.edu.caitien.plan.impl.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads criterion codes from references as schools write them: {@code "Tiêu chí 1.1"}, {@code "1.5."},
 * {@code "Tiêu chí: 3.3"}, {@code "Tiêu chí 3.1.Khuôn viên"}, {@code "Tiêu chí 1.4; Tiêu chí 2.3"}. Stateless.
 */
public final class CriterionRefs {

    private static final Pattern CODE = Pattern.compile("(?<![\\d.])(\\d)\\s*\\.\\s*(\\d{1,2})(?!\\d)");

    private CriterionRefs() {
    }

    /** @return the codes found ({@code "1.4"}, {@code "2.3"}), in order, without duplicates */
    public static List<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = CODE.matcher(Texts.nfc(text));
        while (m.find()) {
            codes.add(m.group(1) + "." + Integer.parseInt(m.group(2)));
        }
        return List.copyOf(codes);
    }
}
