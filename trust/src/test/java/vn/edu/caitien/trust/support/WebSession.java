package vn.edu.caitien.trust.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One browser session against a running portal: its own cookies (so its own Wicket session), redirects followed,
 * pages read with jsoup ({@link Page}) and their forms filled and posted as a browser posts them ({@link HtmlForm}).
 * Not thread-safe: Wicket serves one request of a session at a time anyway; use one instance per simulated user.
 */
public final class WebSession {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303);

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    /**
     * @param baseUrl {@code http://127.0.0.1:port}
     * @param timeout how long one request may take before it counts as failed
     */
    public WebSession(String baseUrl, Duration timeout) {
        this.base = baseUrl;
        this.timeout = timeout;
        // Redirects are followed here, one request at a time. With the JDK client following them itself, the
        // requests of CrashSafetyIT's 20 sessions all failed within the same second, about one request timeout
        // after the sessions had signed in: a response timer closed their connections ("connection closed
        // locally", "HTTP/1.1 header parser received no bytes"). Following them here made that go away.
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** @param baseUrl {@code http://127.0.0.1:port}; requests time out after 2 minutes */
    public WebSession(String baseUrl) {
        this(baseUrl, Duration.ofMinutes(2));
    }

    /**
     * @param pathOrUrl a path of the portal ({@code /login}) or an absolute URL (a link read from a page)
     * @return the page at the end of the redirects
     * @throws IOException when the portal does not answer (refused, reset, timed out)
     */
    public Page get(String pathOrUrl) throws IOException {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /**
     * Opens the login page, fills its form and posts it.
     *
     * @return the page after signing in
     * @throws IllegalStateException when the portal shows the login page again (wrong name or password)
     */
    public Page login(String user, String password) throws IOException {
        Page signedIn = get("/login").form("-form").set("login", user).set("password", password).submit();
        if (signedIn.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException("login of " + user + " refused: " + signedIn.feedback());
        }
        return signedIn;
    }

    /**
     * @param pathOrUrl a path of the portal or an absolute URL
     * @return the status and bytes, redirects followed (a download)
     */
    public HttpResponse<byte[]> download(String pathOrUrl) throws IOException {
        return follow(HttpRequest.newBuilder(uri(pathOrUrl)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts fields URL-encoded, as a browser posts a form without files. */
    Page post(URI action, List<Map.Entry<String, String>> fields) throws IOException {
        String body = fields.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response = follow(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(this, response.statusCode(), response.uri(), response.body());
    }

    /** Sends the request and GETs where redirects point (Wicket's redirect after a post), at most 10. */
    private <T> HttpResponse<T> follow(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException {
        try {
            HttpResponse<T> response = http.send(request.timeout(timeout).build(), body);
            for (int hops = 0; hops < 10 && REDIRECTS.contains(response.statusCode()); hops++) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    break;
                }
                response = http.send(HttpRequest.newBuilder(response.uri().resolve(location)).timeout(timeout).GET()
                        .build(), body);
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
