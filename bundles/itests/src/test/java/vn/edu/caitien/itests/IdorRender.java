package vn.edu.caitien.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns whatever a service returns (records, beans, collections, files) into text in which the suite looks for another
 * school's secrets; visits every object on the way (to harvest templates); copies objects deeply.
 */
final class IdorRender {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_CHARS = 600_000;

    private IdorRender() {
    }

    /** @return the value as text: every string, number and enum reachable from it */
    static String render(Object value) {
        return render(value, o -> { });
    }

    /** @return the value as text; {@code visitor} sees every object reached (records, beans, collections' elements) */
    static String render(Object value, Consumer<Object> visitor) {
        StringBuilder out = new StringBuilder();
        walk(value, out, 0, Collections.newSetFromMap(new IdentityHashMap<>()), visitor, true);
        return out.toString();
    }

    /**
     * @return the value as text without the content of files (rendered documents carry the time they were made),
     *         for comparing what an owner reads before and after
     */
    static String renderStable(Object value, Consumer<Object> visitor) {
        StringBuilder out = new StringBuilder();
        walk(value, out, 0, Collections.newSetFromMap(new IdentityHashMap<>()), visitor, false);
        return out.toString();
    }

    private static void walk(Object v, StringBuilder out, int depth, Set<Object> seen, Consumer<Object> visitor,
                             boolean files) {
        if (out.length() > MAX_CHARS) {
            return;
        }
        if (v == null) {
            out.append("null");
            return;
        }
        if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character
                || v instanceof Enum<?> || v instanceof Temporal || v instanceof java.time.Duration
                || v instanceof java.util.UUID || v instanceof java.time.ZoneId) {
            out.append(v);
            return;
        }
        if (v instanceof byte[] bytes) {
            out.append(files ? text(bytes) : "<file>");
            return;
        }
        if (depth > MAX_DEPTH || !seen.add(v)) {
            return;
        }
        visitor.accept(v);
        if (v instanceof Optional<?> o) {
            out.append("Optional[");
            o.ifPresent(x -> walk(x, out, depth + 1, seen, visitor, files));
            out.append(']');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), out, depth + 1, seen, visitor, files);
                out.append('=');
                walk(e.getValue(), out, depth + 1, seen, visitor, files);
                out.append(", ");
            }
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            for (Object x : c) {
                walk(x, out, depth + 1, seen, visitor, files);
                out.append(", ");
            }
            out.append(']');
        } else if (v.getClass().isArray()) {
            out.append('[');
            for (int i = 0; i < Array.getLength(v); i++) {
                walk(Array.get(v, i), out, depth + 1, seen, visitor, files);
                out.append(", ");
            }
            out.append(']');
        } else if (v instanceof ByteArrayOutputStream bytes) {
            out.append(files ? text(bytes.toByteArray()) : "<file>");
        } else if (v instanceof InputStream || v.getClass().getName().startsWith("java.io.")) {
            out.append(v.getClass().getSimpleName());
        } else if (v.getClass().isRecord()) {
            out.append(v.getClass().getSimpleName()).append('(');
            for (RecordComponent c : v.getClass().getRecordComponents()) {
                out.append(c.getName()).append('=');
                walk(invoke(c.getAccessor(), v), out, depth + 1, seen, visitor, files);
                out.append(", ");
            }
            out.append(')');
        } else if (v instanceof Throwable t) {
            out.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(' ');
            bean(v, out, depth, seen, visitor, Throwable.class, files);
        } else if (v.getClass().getName().startsWith("vn.edu.caitien.")) {
            out.append(v.getClass().getSimpleName()).append('{');
            bean(v, out, depth, seen, visitor, Object.class, files);
            out.append('}');
        } else {
            out.append(v);
        }
    }

    /** The public getters of a bean, declared below {@code stop} in its hierarchy. */
    private static void bean(Object v, StringBuilder out, int depth, Set<Object> seen, Consumer<Object> visitor,
                             Class<?> stop, boolean files) {
        for (Method m : v.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
                    || m.getDeclaringClass().isAssignableFrom(stop) || m.getName().equals("hashCode")
                    || m.getName().equals("toString") || m.getName().equals("getClass")) {
                continue;
            }
            boolean getter = m.getName().startsWith("get") || m.getName().startsWith("is")
                    || v instanceof Throwable;
            if (!getter || m.getName().equals("getStackTrace") || m.getName().equals("getSuppressed")
                    || m.getName().equals("getCause") || m.getName().equals("getLocalizedMessage")
                    || m.getName().equals("fillInStackTrace")) {
                continue;
            }
            out.append(m.getName()).append('=');
            walk(invoke(m, v), out, depth + 1, seen, visitor, files);
            out.append("; ");
        }
    }

    private static Object invoke(Method m, Object target) {
        try {
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "<" + e.getClass().getSimpleName() + ">";
        }
    }

    /**
     * The text of a file: the entries of a zip package (DOCX, XLSX) with and without their XML tags, else the bytes
     * read as UTF-8.
     */
    static String text(byte[] bytes) {
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder out = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry e = zip.getNextEntry(); e != null && out.length() < MAX_CHARS; e = zip.getNextEntry()) {
                    String xml = new String(zip.readNBytes(4_000_000), StandardCharsets.UTF_8);
                    out.append(e.getName()).append('\n').append(xml).append('\n')
                            .append(xml.replaceAll("<[^>]+>", "")).append('\n');
                }
                return out.toString();
            } catch (IOException | RuntimeException e) {
                // not a zip after all: read as text
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** @return a deep copy through Java serialisation, classes resolved where the original's came from */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (!(value instanceof Serializable)) {
            return value;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            ClassLoader loader = value.getClass().getClassLoader();
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
                @Override
                protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                    try {
                        return Class.forName(desc.getName(), false, loader);
                    } catch (ClassNotFoundException e) {
                        return super.resolveClass(desc);
                    }
                }
            }) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot copy " + value.getClass().getName(), e);
        }
    }

    /** @return the first {@code max} characters of the text, on one line */
    static String shorten(String text, int max) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max) + "…";
    }

    /** @return a window of the text around the first occurrence of {@code needle} */
    static String around(String text, String needle, int radius) {
        int i = text.indexOf(needle);
        if (i < 0) {
            return "";
        }
        return shorten(text.substring(Math.max(0, i - radius), Math.min(text.length(), i + needle.length() + radius)),
                4 * radius);
    }
}
