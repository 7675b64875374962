package vn.edu.caitien.itests;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code <form>} as a browser sees it: its action, encoding, fields ({@code <input>}, {@code <textarea>},
 * {@code <select>} with their names and current values) and submit buttons; and what a browser sends when one of
 * the buttons is pressed. Also the small HTML tokenizer the suite reads pages with: tags and attributes are read as a
 * browser reads them (quoted values, raw text inside script/style/textarea/title), so text that is merely escaped is
 * never mistaken for markup.
 */
final class HtmlForm {

    /** Elements whose content is raw text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "noscript");
    /** Input types that carry free text. */
    private static final Set<String> TEXT_TYPES = Set.of("text", "search", "email", "url", "tel", "number", "date",
            "datetime-local", "month", "time", "week");
    /** A Wicket listener query: {@code ?pageId-renderCount.behaviour-component-path} (parts may be missing). */
    private static final Pattern LISTENER = Pattern.compile("^(\\d*)(?:-(\\d+))?(?:\\.(\\d*))?--?([A-Za-z][^&=#]*)$");

    /** A tag as a browser would read it; {@code rawText} is the content of raw-text elements. */
    record Tag(String name, boolean closing, List<String[]> attributes, String rawText, int start, int end) {

        /** @return the first value of the attribute (entities decoded), or null */
        String attr(String attribute) {
            for (String[] a : attributes) {
                if (a[0].equals(attribute)) {
                    return a[1];
                }
            }
            return null;
        }

        boolean has(String attribute) {
            return attr(attribute) != null;
        }
    }

    /** An option of a select. */
    record Option(String value, String label, boolean selected) {
    }

    /** A field of the form, in document order. */
    record Field(String tag, String type, String name, String value, boolean checked, List<Option> options,
                 boolean multiple, String id) {

        /** @return whether a user types free text into it */
        boolean isText() {
            return "textarea".equals(tag) || "input".equals(tag) && TEXT_TYPES.contains(type);
        }

        boolean isSelect() {
            return "select".equals(tag);
        }

        boolean isFile() {
            return "input".equals(tag) && "file".equals(type);
        }

        boolean isCheckable() {
            return "input".equals(tag) && ("checkbox".equals(type) || "radio".equals(type));
        }
    }

    /** A submit button; {@code name} may be null for a button without one. */
    record Button(String name, String value, String label) {
    }

    private final URI action;
    private final boolean multipart;
    private final List<Field> fields;
    private final List<Button> buttons;

    private HtmlForm(URI action, boolean multipart, List<Field> fields, List<Button> buttons) {
        this.action = action;
        this.multipart = multipart;
        this.fields = List.copyOf(fields);
        this.buttons = List.copyOf(buttons);
    }

    URI action() {
        return action;
    }

    List<Field> fields() {
        return fields;
    }

    List<Button> buttons() {
        return buttons;
    }

    /** @return Wicket's component path of the form ({@code content-form}), or the action's path when not Wicket's */
    String componentPath() {
        String path = listenerPath(action);
        return path != null ? path : action.getRawPath();
    }

    /** @return whether it has a field a user types text into */
    boolean hasText() {
        return fields.stream().anyMatch(Field::isText);
    }

    @Override
    public String toString() {
        return componentPath() + fields.stream().map(Field::name).toList();
    }

    /** @return every form of the page, actions resolved against the page's URI */
    static List<HtmlForm> parse(String html, URI base) {
        return parse(tags(html), html, base);
    }

    /** @return every form of the page whose tags are given, actions resolved against the page's URI */
    static List<HtmlForm> parse(List<Tag> tags, String html, URI base) {
        List<HtmlForm> forms = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            Tag form = tags.get(i);
            if (!form.name().equals("form") || form.closing()) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            List<Button> buttons = new ArrayList<>();
            int j = i + 1;
            for (; j < tags.size() && !(tags.get(j).name().equals("form")); j++) {
                Tag tag = tags.get(j);
                if (tag.closing() || tag.has("disabled")) {
                    continue;
                }
                String name = tag.attr("name");
                switch (tag.name()) {
                    case "input" -> {
                        String type = lower(tag.attr("type"), "text");
                        if (type.equals("submit") || type.equals("image")) {
                            buttons.add(new Button(name, value(tag), value(tag)));
                        } else if (name != null && !type.equals("button") && !type.equals("reset")) {
                            fields.add(new Field("input", type, name, value(tag), tag.has("checked"), List.of(),
                                    false, tag.attr("id")));
                        }
                    }
                    case "textarea" -> {
                        if (name != null) {
                            String text = decode(tag.rawText());
                            // a browser drops one newline right after <textarea>
                            text = text.startsWith("\r\n") ? text.substring(2) : text.startsWith("\n")
                                    ? text.substring(1) : text;
                            fields.add(new Field("textarea", "textarea", name, text, false, List.of(), false,
                                    tag.attr("id")));
                        }
                    }
                    case "select" -> {
                        List<Option> options = new ArrayList<>();
                        int k = j + 1;
                        for (; k < tags.size() && !tags.get(k).name().equals("select"); k++) {
                            Tag option = tags.get(k);
                            if (option.name().equals("option") && !option.closing()) {
                                String label = k + 1 < tags.size()
                                        ? decode(html.substring(option.end(), tags.get(k + 1).start())).trim() : "";
                                String v = option.attr("value");
                                options.add(new Option(v != null ? v : label, label, option.has("selected")));
                            }
                        }
                        if (name != null) {
                            fields.add(new Field("select", "select", name, "", false, options,
                                    tag.has("multiple"), tag.attr("id")));
                        }
                        j = k;
                    }
                    case "button" -> {
                        String type = lower(tag.attr("type"), "submit");
                        if (type.equals("submit")) {
                            String label = j + 1 < tags.size()
                                    ? decode(html.substring(tag.end(), tags.get(j + 1).start())).trim() : "";
                            buttons.add(new Button(name, value(tag), label));
                        }
                    }
                    default -> {
                    }
                }
            }
            String action = form.attr("action");
            URI resolved = base.resolve(action == null || action.isEmpty() ? base.toString() : action.trim());
            boolean multipart = lower(form.attr("enctype"), "").startsWith("multipart/form-data");
            forms.add(new HtmlForm(resolved, multipart, fields, buttons));
            i = j;
        }
        return forms;
    }

    private static String value(Tag tag) {
        String value = tag.attr("value");
        return value == null ? "" : value;
    }

    private static String lower(String value, String otherwise) {
        return value == null ? otherwise : value.toLowerCase(Locale.ROOT);
    }

    /** @return Wicket's component path of a listener URL ({@code content-plans-0-edit}), or null for other URLs */
    static String listenerPath(URI uri) {
        String query = uri.getRawQuery();
        if (query == null) {
            return null;
        }
        Matcher m = LISTENER.matcher(query.split("&", 2)[0]);
        return m.matches() ? m.group(4) : null;
    }

    /** What a browser sends: the current values, changed by the caller, and the pressed button. */
    final class Fill {
        private final Map<String, List<String>> values = new LinkedHashMap<>();
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, String[]> fileMeta = new LinkedHashMap<>();
        private Button pressed;

        private Fill() {
            for (Field f : fields) {
                switch (f.tag()) {
                    case "select" -> {
                        List<String> chosen = new ArrayList<>();
                        f.options().stream().filter(Option::selected).forEach(o -> chosen.add(o.value()));
                        if (chosen.isEmpty() && !f.multiple() && !f.options().isEmpty()) {
                            chosen.add(f.options().get(0).value());
                        }
                        values.computeIfAbsent(f.name(), k -> new ArrayList<>()).addAll(chosen);
                    }
                    case "input" -> {
                        if (f.isFile()) {
                            file(f.name(), "", "application/octet-stream", new byte[0]);
                        } else if (f.isCheckable()) {
                            if (f.checked()) {
                                values.computeIfAbsent(f.name(), k -> new ArrayList<>())
                                        .add(f.value().isEmpty() ? "on" : f.value());
                            }
                        } else {
                            values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value());
                        }
                    }
                    default -> values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value());
                }
            }
        }

        HtmlForm form() {
            return HtmlForm.this;
        }

        /** Sets a field to one value (a checkbox or an unlisted select value too). */
        Fill set(String name, String value) {
            values.put(name, new ArrayList<>(List.of(value)));
            return this;
        }

        Fill file(String name, String fileName, String contentType, byte[] content) {
            files.put(name, content);
            fileMeta.put(name, new String[] {fileName, contentType});
            return this;
        }

        Fill press(Button button) {
            this.pressed = button;
            return this;
        }

        String contentType() {
            return multipart ? "multipart/form-data; boundary=" + BOUNDARY : "application/x-www-form-urlencoded";
        }

        private List<String[]> pairs() {
            List<String[]> pairs = new ArrayList<>();
            values.forEach((name, list) -> list.forEach(v -> pairs.add(new String[] {name, v})));
            if (pressed != null && pressed.name() != null) {
                pairs.add(new String[] {pressed.name(), pressed.value()});
            }
            return pairs;
        }

        byte[] body() {
            if (!multipart) {
                StringBuilder body = new StringBuilder();
                for (String[] p : pairs()) {
                    body.append(body.length() == 0 ? "" : "&").append(AttackClient.enc(p[0])).append('=')
                            .append(AttackClient.enc(p[1]));
                }
                return body.toString().getBytes(StandardCharsets.UTF_8);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String[] p : pairs()) {
                out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + quote(p[0])
                        + "\"\r\n\r\n" + p[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            files.forEach((name, content) -> {
                String[] meta = fileMeta.get(name);
                out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + quote(name)
                        + "\"; filename=\"" + quote(meta[0]) + "\"\r\nContent-Type: " + meta[1] + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(content);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            });
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        private static String quote(String value) {
            // what browsers do with quotes and line breaks in names and file names
            return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
        }
    }

    private static final String BOUNDARY = "----CaiTienAttackBoundary7MA4YWxkTrZu0gW";

    /** @return the values a browser would send, ready to change */
    Fill fill() {
        return new Fill();
    }

    /** Reads the tags of a page as a browser does (comments skipped, raw-text elements kept whole). */
    static List<Tag> tags(String html) {
        List<Tag> tags = new ArrayList<>();
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (html.startsWith("<!", lt) || html.startsWith("<?", lt)) {
                int end = html.indexOf('>', lt);
                i = end < 0 ? n : end + 1;
                continue;
            }
            boolean closing = lt + 1 < n && html.charAt(lt + 1) == '/';
            int j = lt + (closing ? 2 : 1);
            if (j >= n || !Character.isLetter(html.charAt(j))) {
                i = lt + 1;
                continue;
            }
            int nameStart = j;
            while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>' && html.charAt(j) != '/') {
                j++;
            }
            String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            List<String[]> attributes = new ArrayList<>();
            while (j < n && html.charAt(j) != '>') {
                char c = html.charAt(j);
                if (Character.isWhitespace(c) || c == '/') {
                    j++;
                    continue;
                }
                int attrStart = j;
                while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '='
                        && html.charAt(j) != '>' && (html.charAt(j) != '/' || j == attrStart)) {
                    j++;
                }
                String attrName = html.substring(attrStart, j).toLowerCase(Locale.ROOT);
                while (j < n && Character.isWhitespace(html.charAt(j))) {
                    j++;
                }
                String value = "";
                if (j < n && html.charAt(j) == '=') {
                    j++;
                    while (j < n && Character.isWhitespace(html.charAt(j))) {
                        j++;
                    }
                    if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
                        char quote = html.charAt(j);
                        int close = html.indexOf(quote, j + 1);
                        close = close < 0 ? n : close;
                        value = html.substring(j + 1, close);
                        j = Math.min(n, close + 1);
                    } else {
                        int valueStart = j;
                        while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') {
                            j++;
                        }
                        value = html.substring(valueStart, j);
                    }
                }
                attributes.add(new String[] {attrName, decode(value)});
            }
            int end = Math.min(n, j + 1);
            String raw = null;
            if (!closing && RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, end);
                raw = html.substring(end, close < 0 ? n : close);
                tags.add(new Tag(name, false, attributes, raw, lt, end));
                if (close < 0) {
                    break;
                }
                int closeEnd = html.indexOf('>', close);
                closeEnd = closeEnd < 0 ? n : closeEnd + 1;
                tags.add(new Tag(name, true, List.of(), null, close, closeEnd));
                i = closeEnd;
                continue;
            }
            tags.add(new Tag(name, closing, attributes, null, lt, end));
            i = end;
        }
        return tags;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        String lower = what.toLowerCase(Locale.ROOT);
        for (int i = from; i <= text.length() - what.length(); i++) {
            if (text.regionMatches(true, i, lower, 0, lower.length())) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0", "colon", ":", "tab", "\t", "newline", "\n");

    /** @return the text with HTML character references replaced by the characters they stand for */
    static String decode(String text) {
        if (text == null || text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (ref.startsWith("#")) {
                try {
                    int code = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                            ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                    replacement = new String(Character.toChars(code));
                } catch (IllegalArgumentException e) {
                    replacement = m.group();
                }
            } else {
                replacement = NAMED.getOrDefault(ref.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
