package vn.edu.caitien.export.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.Component;

/**
 * Field paths of the importer ({@code rows[3].actions[0].description}) in words ("Hàng 4 › Hoạt động 1 › Nội
 * dung"), from the {@code field.*} keys of the component's messages; a name without a key is shown as written.
 */
final class FieldLabels {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(\\d+)])?");

    private FieldLabels() {
    }

    static String label(Component c, String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String name = c.getString("field." + m.group(1), null, m.group(1));
            parts.add(m.group(2) == null ? name : name + " " + (Integer.parseInt(m.group(2)) + 1));
        }
        return String.join(" › ", parts);
    }
}
