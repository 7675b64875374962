package vn.edu.caitien.plan.impl;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The fields of one bean of the plan document, each as text: written into the flat form that is stored, diffed
 * and recorded in the history, and read back from it. One table per bean keeps writing and reading in step.
 */
final class Props<T> {

    private record Prop<T>(Function<T, String> get, BiConsumer<T, String> set, boolean derived) {
    }

    private final Map<String, Prop<T>> props = new LinkedHashMap<>();

    Props<T> str(String name, Function<T, String> get, BiConsumer<T, String> set) {
        props.put(name, new Prop<>(get, set, false));
        return this;
    }

    Props<T> integer(String name, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        props.put(name, new Prop<>(b -> text(get.apply(b)), (b, v) -> set.accept(b, v.isEmpty() ? null : Integer.valueOf(v)), false));
        return this;
    }

    Props<T> bool(String name, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        props.put(name, new Prop<>(b -> get.apply(b) ? "true" : "false", (b, v) -> set.accept(b, "true".equals(v)), false));
        return this;
    }

    Props<T> date(String name, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set) {
        return date(name, get, set, false);
    }

    Props<T> date(String name, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set, boolean derived) {
        props.put(name, new Prop<>(b -> text(get.apply(b)), (b, v) -> set.accept(b, v.isEmpty() ? null : LocalDate.parse(v)), derived));
        return this;
    }

    /** A value computed from other fields (parsed dates, amounts): stored, but left out of diffs and history. */
    Props<T> derived(String name, Function<T, String> get, BiConsumer<T, String> set) {
        props.put(name, new Prop<>(get, set, true));
        return this;
    }

    void write(T bean, String prefix, boolean withDerived, Map<String, String> out) {
        props.forEach((name, p) -> {
            if (withDerived || !p.derived()) {
                String value = p.get().apply(bean);
                out.put(prefix + name, value == null ? "" : value);
            }
        });
    }

    /** Sets one field; an unknown name (written by a later version) is ignored. */
    void read(T bean, String name, String value) {
        Prop<T> p = props.get(name);
        if (p != null) {
            p.set().accept(bean, value);
        }
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
