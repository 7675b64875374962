package vn.edu.caitien.host.reference.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.osgi.service.component.annotations.Component;

/**
 * The page for every error that Jetty answers itself, before or outside Wicket: an unknown URL (404), a malformed
 * request (400), an oversized header (431), a refused request (403: a forged cross-site request, a download the
 * user may not have), a failure in the container (5xx). It says what happened in Vietnamese
 * (or English when the browser prefers it) and links back to the home page; it never shows a stack trace or the
 * requested text.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=caitien-error-page",
        "osgi.http.whiteboard.servlet.errorPage=4xx",
        "osgi.http.whiteboard.servlet.errorPage=5xx",
        "osgi.http.whiteboard.servlet.errorPage=java.lang.Throwable"})
public final class ErrorPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private static final Map<String, Properties> MESSAGES = Map.of(
            "vi", load("ErrorPageServlet_vi.utf8.properties"),
            "en", load("ErrorPageServlet.utf8.properties"));

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        Properties text = MESSAGES.get(language(request));
        String kind = status == 404 ? "notFound" : status == 403 ? "forbidden" : status >= 500 ? "serverError"
                : "badRequest";
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        // A static page: no script at all, and only the inline style attribute below.
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><title>%s · Cải Tiến</title></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; color: #1f2937">
                <h1>%s</h1><p>%s</p><p><a href="/home">%s</a></p></body></html>
                """.formatted(language(request), text.getProperty(kind + ".title"),
                text.getProperty(kind + ".title"), text.getProperty(kind + ".text"), text.getProperty("home")));
    }

    /** @return {@code en} when the browser puts English before Vietnamese, else {@code vi} */
    static String language(HttpServletRequest request) {
        // without an Accept-Language header the container reports its own default locale: Vietnamese wins then
        if (request.getHeader("Accept-Language") == null) {
            return "vi";
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("vi".equals(locale.getLanguage())) {
                return "vi";
            }
            if ("en".equals(locale.getLanguage())) {
                return "en";
            }
        }
        return "vi";
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ErrorPageServlet.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + name, e);
        }
        return properties;
    }
}
