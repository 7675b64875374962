package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.util.List;

/**
 * Something wrong with an input, placed on the field concerned. The UI translates {@link #key()} (a constant of
 * {@link MonitoringValidationException}) with {@link #args()} as {@code {0}}, {@code {1}}.
 *
 * @param field the input field ({@code "percent"}, {@code "file"}, ...) or empty for the whole input
 * @param key   message key, {@code monitoring.error.*}
 * @param args  values for the message, never null
 */
public record Problem(String field, String key, List<String> args) implements Serializable {
    /** Defaults and copies. */
    public Problem {
        field = field == null ? "" : field;
        args = List.copyOf(args);
    }

    /** @return a problem with arguments */
    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
