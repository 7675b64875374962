package vn.edu.caitien.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Makes the arguments of a service method for one caller and one context (an object of the target school) by the
 * parameters' names and types: ids come from the context, beans and drafts from the objects the target's owner read
 * or wrote (copied, so a call may change them), with their free text replaced by the caller's own text ("form
 * tampering"), or from the caller's own objects with the target's ids put in.
 */
final class IdorArguments {

    /**
     * The most combinations of candidates tried in full; above it, every candidate of every parameter is tried once
     * with the others at their first candidate.
     */
    static final int MAX_CALLS = 64;

    /** One candidate value of a parameter: how to make it afresh for each call, a label, whether text was changed. */
    record Cand(String label, Supplier<Object> make, boolean tampered) {
        static Cand of(Object value) {
            return new Cand(IdorRender.shorten(IdorRender.render(value), 80), () -> value, false);
        }
    }

    /** One call: the arguments' candidates, fixed. */
    record Call(List<Cand> args) {
        Object[] make() {
            return args.stream().map(c -> c.make().get()).toArray();
        }

        boolean tampered() {
            return args.stream().anyMatch(Cand::tampered);
        }

        String label(Method m) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < args.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(m.getParameters()[i].getName()).append('=')
                        .append(args.get(i).label());
            }
            return out.toString();
        }
    }

    /** What the generator knows: objects read by the target's owner, the caller's own plans, words by name. */
    static final class Knowledge {
        /** Objects of the target school by class (read or written by its owner), a few of each. */
        final Map<Class<?>, List<Object>> targetObjects = new LinkedHashMap<>();
        /** The caller's own objects by class (their own school's plans). */
        final Map<String, Map<Class<?>, List<Object>>> ownObjects = new LinkedHashMap<>();
        /** The numeric ids each caller may see (their own objects), by user id. */
        final Map<String, Set<Long>> ownNumbers = new LinkedHashMap<>();
        /** Values of record components and bean properties seen in results, by lower-case name (no secrets). */
        final Map<String, Set<Object>> words = new LinkedHashMap<>();

        void addTarget(Object o) {
            add(targetObjects, o);
        }

        void addOwn(String userId, Object o) {
            add(ownObjects.computeIfAbsent(userId, u -> new LinkedHashMap<>()), o);
        }

        private static void add(Map<Class<?>, List<Object>> map, Object o) {
            if (o == null || !o.getClass().getName().startsWith("vn.edu.caitien.")) {
                return;
            }
            List<Object> list = map.computeIfAbsent(o.getClass(), c -> new ArrayList<>());
            if (list.size() < 3 && list.stream().noneMatch(x -> x.equals(o))) {
                list.add(o);
            }
        }

        void addWord(String name, Object value, Set<String> secrets) {
            if (!(value instanceof String s) || s.isBlank() || s.length() > 40) {
                return;
            }
            if (secrets.stream().anyMatch(s::contains)) {
                return;
            }
            Set<Object> set = words.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new LinkedHashSet<>());
            if (set.size() < 4) {
                set.add(s);
            }
        }
    }

    private final PortalUser caller;
    private final Map<String, List<Object>> context;
    private final Knowledge knowledge;
    private final String text;

    IdorArguments(PortalUser caller, Map<String, List<Object>> context, Knowledge knowledge) {
        this.caller = caller;
        this.context = context;
        this.knowledge = knowledge;
        this.text = "IDOR-BY-" + caller.id();
    }

    /** @return the calls of the method: every combination of the parameters' candidates, at most {@link #MAX_CALLS} */
    List<Call> calls(Method m) {
        List<List<Cand>> per = new ArrayList<>();
        for (java.lang.reflect.Parameter p : m.getParameters()) {
            List<Cand> c = candidates(p.getType(), p.getParameterizedType(), p.getName(), 0);
            if (c.isEmpty()) {
                // an id this context does not have: the method is called with the contexts that have it
                return List.of();
            }
            per.add(c);
        }
        return combinations(per);
    }

    /** @return every combination when there are at most {@link #MAX_CALLS}, else each candidate once */
    static List<Call> combinations(List<List<Cand>> per) {
        List<Call> out = new ArrayList<>();
        long size = per.stream().mapToLong(List::size).reduce(1, (a, b) -> a * b);
        if (size <= MAX_CALLS) {
            product(per, 0, new ArrayList<>(), out);
            return out;
        }
        List<Cand> base = per.stream().map(c -> c.get(0)).toList();
        out.add(new Call(base));
        for (int i = 0; i < per.size(); i++) {
            for (Cand c : per.get(i).subList(1, per.get(i).size())) {
                List<Cand> call = new ArrayList<>(base);
                call.set(i, c);
                out.add(new Call(call));
            }
        }
        return out;
    }

    private static void product(List<List<Cand>> per, int i, List<Cand> prefix, List<Call> out) {
        if (i == per.size()) {
            out.add(new Call(List.copyOf(prefix)));
            return;
        }
        for (Cand c : per.get(i)) {
            prefix.add(c);
            product(per, i + 1, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /** @return the values the context (or the caller's own bodies) holds for a name, or null */
    private List<Object> fromContext(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        List<Object> found = context.get(key);
        if (found == null && key.endsWith("s") && context.containsKey(key.substring(0, key.length() - 1))) {
            found = context.get(key.substring(0, key.length() - 1));
        }
        // "sourcePlanId" is a plan id, "toRegimeId" a regime id: the longest known suffix of two words or more
        String[] words = name.split("(?=[A-Z])");
        for (int i = 1; found == null && i <= words.length - 2; i++) {
            found = context.get(String.join("", java.util.Arrays.copyOfRange(words, i, words.length))
                    .toLowerCase(Locale.ROOT));
        }
        if (found != null && (key.equals("bodyid") || key.equals("provinceid") || key.equals("scope"))) {
            List<Object> more = new ArrayList<>(found);
            caller.bodyIds().stream().filter(b -> !more.contains(b)).forEach(more::add);
            return more;
        }
        return found;
    }

    private List<Cand> candidates(Class<?> type, Type generic, String name, int depth) {
        if (type == PortalUser.class) {
            return List.of(new Cand(caller.id(), () -> caller, false));
        }
        List<Object> ctx = fromContext(name);
        if (ctx != null && name.equals("id")) {
            // "id" names an object of any kind (a request's): never one of the caller's own by coincidence
            Set<Long> own = knowledge.ownNumbers.getOrDefault(caller.id(), Set.of());
            ctx = ctx.stream().filter(v -> !(v instanceof Number n && own.contains(n.longValue()))).toList();
        }
        if (ctx != null && !Collection.class.isAssignableFrom(type)) {
            List<Cand> out = new ArrayList<>();
            for (Object v : ctx) {
                Object converted = convert(v, type);
                if (converted != null || !type.isPrimitive()) {
                    if (converted != null || v == null) {
                        out.add(Cand.of(converted));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (idLike(name) && !key.equals("format") && !key.equals("scope") && depth == 0
                && (type == String.class || type == long.class || type == Long.class || type == int.class
                || type == Integer.class)) {
            // never an arbitrary id, which could be another object's (the caller's own, or a third school's)
            return List.of();
        }
        if (type == String.class) {
            List<Cand> out = new ArrayList<>();
            knowledge.words.getOrDefault(key, Set.of()).stream().limit(2).forEach(w -> out.add(Cand.of(w)));
            out.add(new Cand(text, () -> text, true));
            return out;
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class
                || type == short.class || type == Short.class) {
            long n = key.contains("year") ? 2026 : key.contains("level") ? 2 : key.contains("limit") ? 10
                    : key.contains("version") && (type == int.class || type == Integer.class) ? 0 : 1;
            return List.of(Cand.of(convert(n, type)));
        }
        if (type == boolean.class || type == Boolean.class) {
            return List.of(Cand.of(false), Cand.of(true));
        }
        if (type == char[].class) {
            return List.of(new Cand("demo", () -> "demo".toCharArray(), false));
        }
        if (type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(Cand::of).toList();
        }
        if (type == LocalDate.class) {
            return List.of(Cand.of(IdorWorld.asOf()));
        }
        if (type == LocalDateTime.class) {
            return List.of(new Cand("now-1h", () -> LocalDateTime.now().minusHours(1), false));
        }
        if (type == Instant.class) {
            return List.of(new Cand("now", Instant::now, false));
        }
        if (type == byte[].class) {
            byte[] bytes = ("# " + text + "\n").getBytes(StandardCharsets.UTF_8);
            return List.of(new Cand("bytes(" + text + ")", bytes::clone, true));
        }
        if (InputStream.class.isAssignableFrom(type)) {
            byte[] pdf = ("%PDF-1.4\n% " + text + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
                    .getBytes(StandardCharsets.US_ASCII);
            return List.of(new Cand("pdf(" + text + ")", () -> new ByteArrayInputStream(pdf), true));
        }
        if (OutputStream.class.isAssignableFrom(type)) {
            return List.of(new Cand("new ByteArrayOutputStream", ByteArrayOutputStream::new, false));
        }
        if (type == Optional.class) {
            return List.of(Cand.of(Optional.empty()));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return collection(type, generic, name, depth);
        }
        if (Map.class.isAssignableFrom(type)) {
            return map(generic, name, depth);
        }
        if (depth > 3) {
            return List.of(Cand.of(null));
        }
        if (type.isRecord()) {
            return records(type, depth);
        }
        if (type.getName().startsWith("vn.edu.caitien.")) {
            return beans(type, depth);
        }
        return List.of(Cand.of(null));
    }

    private static Object convert(Object v, Class<?> type) {
        if (v == null) {
            return null;
        }
        if (type.isInstance(v)) {
            return v;
        }
        if (v instanceof Number n) {
            if (type == long.class || type == Long.class) {
                return n.longValue();
            }
            if (type == int.class || type == Integer.class) {
                return n.intValue();
            }
            if (type == short.class || type == Short.class) {
                return n.shortValue();
            }
            if (type == String.class) {
                return n.toString();
            }
        }
        if (v instanceof String s && (type == long.class || type == Long.class) && s.matches("\\d{1,18}")) {
            return Long.parseLong(s);
        }
        return null;
    }

    private static Class<?> argument(Type generic, int i) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > i) {
            Type t = p.getActualTypeArguments()[i];
            if (t instanceof Class<?> c) {
                return c;
            }
            if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> c) {
                return c;
            }
        }
        return Object.class;
    }

    private List<Cand> collection(Class<?> type, Type generic, String name, int depth) {
        Class<?> element = argument(generic, 0);
        List<Object> values = new ArrayList<>();
        boolean tampered = false;
        List<Object> ctx = fromContext(name);
        if (ctx != null) {
            ctx.stream().map(v -> convert(v, element)).filter(v -> v != null).forEach(values::add);
        } else if (element.isEnum()) {
            values.addAll(List.of(element.getEnumConstants()));
        } else if (element != Object.class) {
            List<Cand> one = candidates(element, element, singular(name), depth + 1);
            if (!one.isEmpty()) {
                values.add(one.get(0).make().get());
                tampered = one.get(0).tampered();
            }
        }
        boolean set = Set.class.isAssignableFrom(type);
        List<Object> fixed = List.copyOf(values);
        Supplier<Object> make = () -> set ? new LinkedHashSet<>(fixed) : new ArrayList<>(fixed);
        return List.of(new Cand(IdorRender.shorten(IdorRender.render(fixed), 80), make, tampered));
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    private List<Cand> map(Type generic, String name, int depth) {
        Class<?> valueType = argument(generic, 1);
        Map<Object, Object> m = new LinkedHashMap<>();
        if (name.toLowerCase(Locale.ROOT).contains("key") && context.containsKey("actionkey")) {
            List<Cand> value = candidates(valueType, valueType, "value", depth + 1);
            Object v = value.isEmpty() ? null : value.get(0).make().get();
            for (Object k : context.get("actionkey")) {
                m.put(k, valueType == Boolean.class ? Boolean.TRUE : v);
            }
        }
        Map<Object, Object> fixed = Map.copyOf(m);
        return List.of(new Cand(IdorRender.shorten(IdorRender.render(fixed), 80), () -> new LinkedHashMap<>(fixed),
                false));
    }

    // ------------------------------------------------------------------------------------------------ records

    private List<Cand> records(Class<?> type, int depth) {
        List<Cand> out = new ArrayList<>();
        for (Object template : knowledge.targetObjects.getOrDefault(type, List.of())) {
            out.addAll(retarget(template, "target's " + type.getSimpleName(), depth));
            if (out.size() >= 4) {
                break;
            }
        }
        for (Object template : knowledge.ownObjects.getOrDefault(caller.id(), Map.of()).getOrDefault(type, List.of())) {
            out.addAll(retarget(template, "own " + type.getSimpleName(), depth));
            break;
        }
        if (out.isEmpty()) {
            out.addAll(construct(type, depth));
        }
        return out;
    }

    /** The record with the context's ids put in, its free text replaced by the caller's; nested records alike. */
    private List<Cand> retarget(Object template, String label, int depth) {
        RecordComponent[] comps = template.getClass().getRecordComponents();
        List<List<Object>> per = new ArrayList<>();
        boolean[] tampered = {false};
        for (RecordComponent c : comps) {
            Object value = accessor(c, template);
            // A template's own "id" is its identity (a school's, a plan's): only the ids it refers to are replaced.
            List<Object> ctx = c.getName().equals("id") ? null : fromContext(c.getName());
            if (ctx != null && !Collection.class.isAssignableFrom(c.getType())) {
                List<Object> vs = ctx.stream().map(v -> convert(v, c.getType())).filter(v -> v != null).toList();
                per.add(vs.isEmpty() ? java.util.Collections.singletonList(value) : vs);
            } else if (value instanceof String s && !s.isBlank() && !idLike(c.getName())) {
                per.add(List.of(s + " " + text));
                tampered[0] = true;
            } else if (value != null && value.getClass().isRecord()) {
                per.add(List.of(retarget(value, label, depth + 1).get(0).make().get()));
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) != null
                    && list.get(0).getClass().isRecord()) {
                List<Object> copied = new ArrayList<>();
                list.forEach(x -> copied.add(retarget(x, label, depth + 1).get(0).make().get()));
                per.add(java.util.Collections.singletonList(copied));
            } else {
                per.add(java.util.Collections.singletonList(value));
            }
        }
        List<Cand> out = new ArrayList<>();
        List<List<Cand>> asCands = per.stream().map(vs -> vs.stream().map(v -> new Cand("", () -> v, false)).toList())
                .toList();
        List<Call> combos = combinations(asCands);
        for (Call combo : combos.subList(0, Math.min(4, combos.size()))) {
            Object[] values = combo.make();
            Object made = instantiate(template.getClass(), values);
            if (made != null) {
                out.add(new Cand(label + IdorRender.shorten(IdorRender.render(made), 120), () -> IdorRender.copy(made),
                        tampered[0]));
            }
        }
        return out;
    }

    private static boolean idLike(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith("id") || n.endsWith("key") || n.endsWith("code") || n.equals("appendix")
                || n.equals("format") || n.equals("scope");
    }

    private List<Cand> construct(Class<?> type, int depth) {
        for (Field f : type.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                try {
                    return List.of(Cand.of(f.get(null)));
                } catch (IllegalAccessException e) {
                    // try the constructor
                }
            }
        }
        RecordComponent[] comps = type.getRecordComponents();
        List<List<Cand>> per = new ArrayList<>();
        for (RecordComponent c : comps) {
            List<Cand> cs = candidates(c.getType(), c.getGenericType(), c.getName(), depth + 1);
            // On the top level, enums (document kinds, periods) and the context's ids vary; the rest takes its first.
            boolean vary = depth == 0 && (c.getType().isEnum() || fromContext(c.getName()) != null);
            per.add(vary ? cs : cs.isEmpty() ? List.of(Cand.of(null)) : cs.subList(0, 1));
        }
        List<Cand> out = new ArrayList<>();
        for (Call combo : combinations(per)) {
            Object made = instantiate(type, combo.make());
            if (made != null) {
                out.add(new Cand(IdorRender.shorten(IdorRender.render(made), 120), () -> IdorRender.copy(made),
                        combo.tampered()));
            }
        }
        return out;
    }

    private static Object accessor(RecordComponent c, Object record) {
        try {
            Method m = c.getAccessor();
            m.setAccessible(true);
            return m.invoke(record);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static Object instantiate(Class<?> type, Object[] values) {
        try {
            Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
            return ctor.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ beans

    private List<Cand> beans(Class<?> type, int depth) {
        List<Cand> out = new ArrayList<>();
        for (Object template : knowledge.targetObjects.getOrDefault(type, List.of())) {
            Object original = template;
            out.add(new Cand("target's " + type.getSimpleName() + " " + describe(original) + " as read",
                    () -> IdorRender.copy(original), false));
            out.add(new Cand("target's " + type.getSimpleName() + " " + describe(original) + " with text changed",
                    () -> tamper(IdorRender.copy(original), 0), true));
            if (out.size() >= 4) {
                break;
            }
        }
        for (Object own : knowledge.ownObjects.getOrDefault(caller.id(), Map.of()).getOrDefault(type, List.of())) {
            Object original = own;
            Object swapped = withIds(IdorRender.copy(original));
            // the caller's own object under the target's id (when it is the target's already, "as read" covers it)
            if (swapped != null && !describe(swapped).equals(describe(original))) {
                out.add(new Cand("own " + type.getSimpleName() + " " + describe(original) + " with the target's ids",
                        () -> withIds(IdorRender.copy(original)), true));
            }
            break;
        }
        if (out.isEmpty()) {
            try {
                Constructor<?> ctor = type.getConstructor();
                out.add(new Cand("new " + type.getSimpleName() + " with text", () -> {
                    try {
                        return tamper(ctor.newInstance(), 0);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }, true));
            } catch (NoSuchMethodException e) {
                out.add(Cand.of(null));
            }
        }
        return out;
    }

    private static String describe(Object bean) {
        for (String getter : List.of("getId", "getKey")) {
            try {
                Object value = bean.getClass().getMethod(getter).invoke(bean);
                return getter.substring(3).toLowerCase(Locale.ROOT) + "=" + value;
            } catch (ReflectiveOperationException | RuntimeException e) {
                // next
            }
        }
        return "";
    }

    /** Replaces the free text of a bean (and of its nested beans, and their lists' first elements) by the caller's. */
    private Object tamper(Object bean, int depth) {
        if (bean == null || depth > 3) {
            return bean;
        }
        for (Method setter : bean.getClass().getMethods()) {
            if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1) {
                continue;
            }
            String property = setter.getName().substring(3);
            Class<?> p = setter.getParameterTypes()[0];
            try {
                Method getter = bean.getClass().getMethod("get" + property);
                Object value = getter.invoke(bean);
                if (p == String.class && !idLike(property)) {
                    setter.invoke(bean, (value == null ? "" : value + " ") + text);
                } else if (value instanceof List<?> list && !list.isEmpty()
                        && list.get(0).getClass().getName().startsWith("vn.edu.caitien.")) {
                    tamper(list.get(0), depth + 1);
                } else if (value != null && value.getClass().getName().startsWith("vn.edu.caitien.")
                        && !value.getClass().isRecord() && !value.getClass().isEnum()) {
                    tamper(value, depth + 1);
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a property without a getter, or one that refuses the text: leave it
            }
        }
        return bean;
    }

    /**
     * Puts the context's ids (the target's plan, school, lock version) into the caller's own bean; its own id is the
     * context's id of its kind (a {@code PlanDocument}'s is a {@code planId}).
     *
     * @return the bean, or null when the context has no id of its kind
     */
    private Object withIds(Object bean) {
        String kind = bean.getClass().getSimpleName().toLowerCase(Locale.ROOT).replaceAll("(document|summary|row)$", "")
                + "id";
        if (!context.containsKey(kind)) {
            return null;
        }
        for (Method setter : bean.getClass().getMethods()) {
            if (!setter.getName().startsWith("set") || setter.getParameterCount() != 1) {
                continue;
            }
            String property = setter.getName().substring(3).toLowerCase(Locale.ROOT);
            List<Object> values = property.equals("id") ? context.get(kind) : fromContext(property);
            if (values == null || values.isEmpty()) {
                continue;
            }
            Object v = convert(values.get(0), setter.getParameterTypes()[0]);
            if (v != null) {
                try {
                    setter.invoke(bean, v);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // leave it
                }
            }
        }
        return bean;
    }
}
