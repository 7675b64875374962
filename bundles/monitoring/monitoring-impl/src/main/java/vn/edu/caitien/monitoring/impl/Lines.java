package vn.edu.caitien.monitoring.impl;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes lists of records (an inspection's team, a review's adjustments) as text for one column: one record per
 * line, fields separated by tabs, with {@code \\}, {@code \t}, {@code \n} and {@code \r} escaped. Lossless for any
 * text, and readable in a database console.
 */
final class Lines {

    private Lines() {
    }

    static String encode(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                escape(record.get(i) == null ? "" : record.get(i), out);
            }
            out.append('\n');
        }
        return out.toString();
    }

    static List<List<String>> decode(String text) {
        List<List<String>> records = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return records;
        }
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                field.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else if (c == '\t') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return records;
    }

    /** One value per record. */
    static String encodeValues(List<String> values) {
        return encode(values.stream().map(List::of).toList());
    }

    static List<String> decodeValues(String text) {
        return decode(text).stream().map(r -> r.isEmpty() ? "" : r.get(0)).toList();
    }

    static String field(List<String> record, int i) {
        return i < record.size() ? record.get(i) : "";
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
