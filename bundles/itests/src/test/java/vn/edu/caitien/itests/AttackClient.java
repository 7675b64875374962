package vn.edu.caitien.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The attack suite's HTTP client: HTTP/1.1 written by hand over a socket, so that a request can carry any header
 * (Origin, Referer, Sec-Fetch-*), any body and even a malformed request line. Keeps cookies (one host), follows
 * redirects as a browser does, and by default sends what a current browser sends for a same-origin request.
 */
final class AttackClient {

    /** How a request presents itself. */
    enum Site {
        /** A current browser on one of the portal's own pages: Sec-Fetch-Site same-origin, Origin on POST. */
        SAME_ORIGIN,
        /** A current browser on another site: Origin http://evil.example, Sec-Fetch-Site cross-site. */
        CROSS_SITE,
        /** An older browser on another site: no Origin, no Sec-Fetch-*, only a Referer from that site. */
        FOREIGN_REFERER,
        /** A client that sends none of these headers (scripts, other suites' WebClient). */
        BARE
    }

    static final String EVIL_ORIGIN = "http://evil.example";

    private static final int MAX_REDIRECTS = 10;

    /** Requests sent by every client, for the report. */
    private static final AtomicInteger ALL_REQUESTS = new AtomicInteger();

    private final int port;
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    AttackClient(int port) {
        this.port = port;
        this.origin = "http://127.0.0.1:" + port;
    }

    /** A response at the end of the redirects it followed; its text and tags are read once. */
    static final class Response {
        private final int status;
        private final URI uri;
        private final Map<String, List<String>> headers;
        private final byte[] body;
        private final List<String> setCookies;
        private final List<Integer> hops;
        private String text;
        private List<HtmlForm.Tag> tags;

        /**
         * @param status     the last status, or -1 when the server closed the connection without answering
         * @param uri        the URI that gave it
         * @param headers    its headers, names in lower case
         * @param body       its body, de-chunked
         * @param setCookies every Set-Cookie header received on the way, in order
         * @param hops       the status of every response on the way, the last one included
         */
        Response(int status, URI uri, Map<String, List<String>> headers, byte[] body, List<String> setCookies,
                 List<Integer> hops) {
            this.status = status;
            this.uri = uri;
            this.headers = headers;
            this.body = body;
            this.setCookies = setCookies;
            this.hops = hops;
        }

        int status() {
            return status;
        }

        URI uri() {
            return uri;
        }

        byte[] body() {
            return body;
        }

        List<String> setCookies() {
            return setCookies;
        }

        List<Integer> hops() {
            return hops;
        }

        String text() {
            if (text == null) {
                text = new String(body, StandardCharsets.UTF_8);
            }
            return text;
        }

        /** @return the tags of the body as a browser reads them */
        List<HtmlForm.Tag> tags() {
            if (tags == null) {
                tags = HtmlForm.tags(text());
            }
            return tags;
        }

        /** @return the forms of the body */
        List<HtmlForm> forms() {
            return HtmlForm.parse(tags(), text(), uri);
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        boolean isHtml() {
            return header("Content-Type").toLowerCase(Locale.ROOT).startsWith("text/html");
        }

        /** @return whether the redirects ended on the login page */
        boolean landedOnLogin() {
            return uri != null && uri.getPath() != null && uri.getPath().endsWith("/login");
        }
    }

    /** @return how many HTTP requests all clients sent */
    static int allRequests() {
        return ALL_REQUESTS.get();
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** @return an absolute URI for a path of the portal ({@code /home}) or an absolute URI as it is */
    URI uri(String pathOrUri) {
        return pathOrUri.startsWith("http") ? URI.create(pathOrUri) : URI.create(origin + pathOrUri);
    }

    Response get(String pathOrUri) throws IOException {
        return get(uri(pathOrUri), Site.SAME_ORIGIN);
    }

    Response get(URI uri, Site site) throws IOException {
        return send("GET", uri, site, List.of(), null, null);
    }

    /**
     * Sends a request and follows redirects (a 302/303 after a POST becomes a GET, as in browsers).
     *
     * @param extraHeaders more headers as name, value pairs
     * @param contentType  the body's media type, or null
     * @param body         the body, or null for none
     */
    Response send(String method, URI uri, Site site, List<String[]> extraHeaders, String contentType, byte[] body)
            throws IOException {
        List<Integer> hops = new ArrayList<>();
        List<String> setCookies = new ArrayList<>();
        String currentMethod = method;
        URI current = uri;
        byte[] currentBody = body;
        String currentType = contentType;
        for (int hop = 0; ; hop++) {
            List<String[]> headers = new ArrayList<>(siteHeaders(site, currentMethod));
            headers.addAll(extraHeaders);
            if (currentType != null) {
                headers.add(new String[] {"Content-Type", currentType});
            }
            String target = current.getRawPath() + (current.getRawQuery() == null ? "" : "?" + current.getRawQuery());
            Raw raw = exchange(requestBytes(currentMethod, target, headers, currentBody));
            hops.add(raw.status);
            for (String c : raw.headers.getOrDefault("set-cookie", List.of())) {
                setCookies.add(c);
                remember(c);
            }
            String location = first(raw.headers, "location");
            if (raw.status >= 300 && raw.status < 400 && location != null && hop < MAX_REDIRECTS) {
                current = current.resolve(location.trim());
                if (raw.status != 307 && raw.status != 308) {
                    currentMethod = "GET";
                    currentBody = null;
                    currentType = null;
                }
                continue;
            }
            return new Response(raw.status, current, raw.headers, raw.body, setCookies, hops);
        }
    }

    /**
     * Sends bytes exactly as given on a new connection (request line, headers, body: all up to the caller) and
     * reads what comes back. No cookies, no redirects.
     */
    Response raw(byte[] request) throws IOException {
        Raw raw = exchange(request);
        return new Response(raw.status, null, raw.headers, raw.body, List.of(), List.of(raw.status));
    }

    /** A request as bytes, with Host, Connection: close, the cookies and Content-Length added. */
    byte[] requestBytes(String method, String target, List<String[]> headers, byte[] body) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        head.append("Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n");
        if (!cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            cookies.forEach((name, value) -> cookie.append(cookie.length() == 0 ? "" : "; ").append(name)
                    .append('=').append(value));
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return start;
        }
        byte[] all = new byte[start.length + body.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(body, 0, all, start.length, body.length);
        return all;
    }

    private List<String[]> siteHeaders(Site site, String method) {
        List<String[]> headers = new ArrayList<>();
        switch (site) {
            case SAME_ORIGIN -> {
                headers.add(new String[] {"Sec-Fetch-Site", "same-origin"});
                headers.add(new String[] {"Sec-Fetch-Mode", "navigate"});
                headers.add(new String[] {"Sec-Fetch-Dest", "document"});
                if (!"GET".equals(method)) {
                    headers.add(new String[] {"Origin", origin});
                }
            }
            case CROSS_SITE -> {
                headers.add(new String[] {"Sec-Fetch-Site", "cross-site"});
                headers.add(new String[] {"Sec-Fetch-Mode", "navigate"});
                headers.add(new String[] {"Sec-Fetch-Dest", "document"});
                if (!"GET".equals(method)) {
                    headers.add(new String[] {"Origin", EVIL_ORIGIN});
                }
                headers.add(new String[] {"Referer", EVIL_ORIGIN + "/trang-tin-tuc.html"});
            }
            case FOREIGN_REFERER -> headers.add(new String[] {"Referer", EVIL_ORIGIN + "/trang-tin-tuc.html"});
            case BARE -> {
            }
        }
        return headers;
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        String lower = setCookie.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    private record Raw(int status, Map<String, List<String>> headers, byte[] body) {
    }

    private Raw exchange(byte[] request) throws IOException {
        ALL_REQUESTS.incrementAndGet();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            try {
                // in slices, so that a server that answers early and closes does not leave us blocked
                for (int at = 0; at < request.length; at += 64 * 1024) {
                    out.write(request, at, Math.min(64 * 1024, request.length - at));
                }
                out.flush();
            } catch (IOException closedEarly) {
                // the server may have answered already (413, 400, ...): read what it said
            }
            byte[] all;
            try {
                all = readAll(socket.getInputStream());
            } catch (IOException reset) {
                all = new byte[0];
            }
            return parse(all);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int n; (n = in.read(chunk)) >= 0; ) {
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private static Raw parse(byte[] all) {
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (all.length == 0 || end < 0) {
            return new Raw(-1, Map.of(), all);
        }
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status;
        try {
            status = Integer.parseInt(lines[0].split(" ")[1]);
        } catch (RuntimeException e) {
            return new Raw(-1, Map.of(), all);
        }
        Map<String, List<String>> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
                // header values are bytes; the portal sends UTF-8 in Content-Disposition's filename*
                String value = new String(lines[i].substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
                headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if ("chunked".equalsIgnoreCase(first(headers, "transfer-encoding"))) {
            body = dechunk(body);
        } else if (first(headers, "content-length") != null) {
            try {
                int length = Integer.parseInt(first(headers, "content-length"));
                if (length < body.length) {
                    body = java.util.Arrays.copyOf(body, length);
                }
            } catch (NumberFormatException ignored) {
                // keep what came
            }
        }
        return new Raw(status, headers, body);
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            out.write(chunked, from, Math.min(size, chunked.length - from));
            at = from + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
