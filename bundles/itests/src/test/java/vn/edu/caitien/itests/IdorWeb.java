package vn.edu.caitien.itests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client of the IDOR suite (one session): keeps cookies, follows redirects, signs in, reads the
 * links and forms of a page, submits forms.
 */
final class IdorWeb {

    private static final Pattern FORM = Pattern.compile("<form([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT = Pattern.compile("<select([^>]*)>(.*?)</select>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTION = Pattern.compile("<option([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON = Pattern.compile("<button([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("([\\w:-]+)=\"([^\"]*)\"");
    private static final Pattern HREF = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private final String base;
    private final HttpClient http;

    IdorWeb(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A response: status, final URI, media type and bytes. */
    record Response(int status, URI uri, String contentType, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        boolean html() {
            return contentType.startsWith("text/html");
        }
    }

    /** A form field: name, type, current value, and for a select its option values. */
    record Field(String name, String type, String value, List<String> options) {
    }

    /** A form of a page: where it posts, its fields. */
    record Form(String action, boolean multipart, List<Field> fields) {
    }

    String base() {
        return base;
    }

    /** @param target a path ("/home?x") or an absolute URI of the portal */
    Response get(String target) throws IOException, InterruptedException {
        URI uri = URI.create(target.startsWith("http") ? target : base + target);
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.uri(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    Response post(String target, Map<String, String> fields) throws IOException, InterruptedException {
        URI uri = URI.create(target.startsWith("http") ? target : base + target);
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.uri(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** Signs in through the login form; fails the test when the portal does not accept the demo password. */
    void login(String user) throws IOException, InterruptedException {
        Response page = get("/login");
        List<Form> forms = forms(page);
        if (forms.isEmpty()) {
            throw new AssertionError("no form on the login page");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Field f : forms.get(0).fields()) {
            switch (f.type()) {
                case "password" -> values.put(f.name(), "demo");
                case "text", "email" -> values.put(f.name(), user);
                case "hidden" -> values.put(f.name(), f.value());
                default -> {
                }
            }
        }
        Response after = post(forms.get(0).action(), values);
        if (after.uri().getPath().startsWith("/login")) {
            throw new AssertionError("sign-in of " + user + " refused");
        }
    }

    /** @return the same-origin links of a page, absolute, in page order */
    List<String> links(Response page) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(page.body());
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:")
                    || href.startsWith("mailto:")) {
                continue;
            }
            URI resolved = page.uri().resolve(href);
            if (resolved.toString().startsWith(base)) {
                out.add(resolved.toString().substring(base.length()));
            }
        }
        return out;
    }

    /** @return the forms of a page, with their fields' current values */
    List<Form> forms(Response page) {
        List<Form> out = new ArrayList<>();
        Matcher form = FORM.matcher(page.body());
        while (form.find()) {
            Map<String, String> attrs = attrs(form.group(1));
            String action = page.uri().resolve(attrs.getOrDefault("action", "").replace("&amp;", "&")).toString();
            if (!action.startsWith(base)) {
                continue;
            }
            List<Field> fields = new ArrayList<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attrs(input.group(1));
                String name = a.get("name");
                if (name == null) {
                    continue;
                }
                String type = a.getOrDefault("type", "text").toLowerCase();
                if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")
                        || type.equals("file")) {
                    continue;
                }
                if ((type.equals("submit") || type.equals("image"))
                        && fields.stream().anyMatch(f -> f.type().equals("submit"))) {
                    continue;
                }
                fields.add(new Field(name, type.equals("image") ? "submit" : type,
                        unescape(a.getOrDefault("value", "")), List.of()));
            }
            Matcher button = BUTTON.matcher(form.group(2));
            while (button.find()) {
                Map<String, String> a = attrs(button.group(1));
                if (a.get("name") != null && !a.getOrDefault("type", "submit").equalsIgnoreCase("button")
                        && fields.stream().noneMatch(f -> f.type().equals("submit"))) {
                    fields.add(new Field(a.get("name"), "submit", unescape(a.getOrDefault("value", "")), List.of()));
                }
            }
            Matcher select = SELECT.matcher(form.group(2));
            while (select.find()) {
                String name = attrs(select.group(1)).get("name");
                List<String> options = new ArrayList<>();
                String selected = null;
                Matcher option = OPTION.matcher(select.group(2));
                while (option.find()) {
                    Map<String, String> a = attrs(option.group(1));
                    String value = unescape(a.getOrDefault("value", ""));
                    options.add(value);
                    if (a.containsKey("selected") || selected == null) {
                        selected = value;
                    }
                }
                if (name != null) {
                    fields.add(new Field(name, "select", selected == null ? "" : selected, options));
                }
            }
            Matcher area = TEXTAREA.matcher(form.group(2));
            while (area.find()) {
                String name = attrs(area.group(1)).get("name");
                if (name != null) {
                    fields.add(new Field(name, "textarea", unescape(area.group(2)), List.of()));
                }
            }
            out.add(new Form(action.substring(base.length()),
                    attrs.getOrDefault("enctype", "").contains("multipart"), fields));
        }
        return out;
    }

    private static Map<String, String> attrs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(text);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(), m.group(2));
        }
        // boolean attributes written without a value
        for (String flag : List.of("checked", "selected")) {
            if (text.matches("(?s).*\\b" + flag + "\\b.*") && !out.containsKey(flag)) {
                out.put(flag, flag);
            }
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#039;", "'")
                .replace("&amp;", "&");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
