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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for the suites: keeps cookies, follows redirects, fills the login form. */
final class WebClient {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final String base;
    private final HttpClient http;

    WebClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A response: status, final URI and body. */
    record Page(int status, URI uri, String body) {
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A downloaded file: status, media type, the Content-Disposition header and the bytes. */
    record File(int status, String contentType, String disposition, byte[] content) {
    }

    File download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET()
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new File(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /**
     * Opens the login page and submits its form with the text field set to the login name and the password field
     * to the password.
     */
    Page login(String user, String password) throws IOException, InterruptedException {
        Page page = get("/login");
        Matcher form = FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("no form on the login page: " + page.body());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher attr = ATTR.matcher(input.group(1));
            while (attr.find()) {
                attrs.put(attr.group(1).toLowerCase(), attr.group(2));
            }
            String name = attrs.get("name");
            String type = attrs.getOrDefault("type", "text").toLowerCase();
            if (name == null) {
                continue;
            }
            switch (type) {
                case "password" -> fields.put(name, password);
                case "text", "email" -> fields.put(name, user);
                case "hidden" -> fields.put(name, attrs.getOrDefault("value", ""));
                default -> {
                }
            }
        }
        URI action = page.uri().resolve(form.group(1).replace("&amp;", "&"));
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
