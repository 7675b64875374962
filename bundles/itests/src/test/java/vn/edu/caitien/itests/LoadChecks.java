package vn.edu.caitien.itests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the answers the load driver gets: the real page, the translated "temporarily unavailable" message of a
 * module that is stopped, or an error (5xx other than the unavailable page, the internal-error page, a stack trace, a
 * blank module page, another page than the one asked for).
 */
final class LoadChecks {

    /** The host's message for a module whose panel or service is gone (ModulePage and UnavailablePage, Vietnamese). */
    static final String UNAVAILABLE = "tạm thời không khả dụng";

    /** The panel's own words for "try again later" (the export panel while its document service is away). */
    static final String TRY_LATER = "thử lại sau";
    /** The module page's heading when the contribution is not registered (ModulePage, Vietnamese). */
    static final String GENERIC_HEADING = "Chức năng";

    private static final Pattern HEADING = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z]");
    private static final Pattern MESSAGE = Pattern.compile("<p[^>]*class=\"ct-message\"[^>]*>(.*?)</p>",
            Pattern.DOTALL);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)^\\s*at [\\w.$]+\\([\\w.$]*(?:\\.java:\\d+|Native Method|Unknown Source)\\)"
                    + "|\\b(?:java|javax|jakarta|org|vn)\\.[\\w.]+(?:Exception|Error)\\b");
    /** Headings of the internal-error page and of the container's 5xx page (Vietnamese). */
    private static final String INTERNAL_ERROR = "Đã xảy ra lỗi";

    private LoadChecks() {
    }

    /**
     * What a module page looked like when everything ran: its heading and how many elements its content had.
     *
     * @param heading the module page's {@code h1}
     * @param tags    the number of elements between the heading and the end of the main content
     */
    record PageShape(String heading, int tags) {

        /** @return the shape of a page that rendered its panel; fails when it did not */
        static PageShape of(String path, WebClient.Page page) {
            LoadResult r = modulePage(page, null);
            if (r.outcome() != LoadResult.Outcome.OK) {
                throw new AssertionError(path + " does not render before any restart: " + r.detail());
            }
            return new PageShape(LoadChecks.heading(page.body()), LoadChecks.tags(content(page.body())));
        }
    }

    /**
     * @param page     the answer to {@code GET /m/{module}/{panel}}
     * @param expected its shape with every module running; null to accept any heading and any non-empty content
     */
    static LoadResult modulePage(WebClient.Page page, PageShape expected) {
        String body = page.body();
        LoadResult broken = broken(page.status(), body);
        if (broken != null) {
            return broken;
        }
        if (page.status() == 503) {
            return body.contains("Tạm thời không khả dụng")
                    ? LoadResult.degraded("503 " + UNAVAILABLE)
                    : LoadResult.error("503 without the unavailable message: " + excerpt(body));
        }
        if (page.status() != 200) {
            return LoadResult.error("HTTP " + page.status() + " at " + page.uri() + ": " + excerpt(body));
        }
        Matcher message = MESSAGE.matcher(body);
        if (message.find()) {
            String text = message.group(1).trim();
            return text.contains(UNAVAILABLE) ? LoadResult.degraded("200 " + UNAVAILABLE)
                    : LoadResult.error("a message instead of the panel: " + text);
        }
        String content = content(body);
        if (content.contains(UNAVAILABLE) || content.contains(TRY_LATER)) {
            // the panel's own message (the export panel says its document service is paused, try again later)
            return LoadResult.degraded("200, the panel says it is unavailable: " + excerpt(content));
        }
        if (!page.uri().getPath().startsWith("/m/")) {
            return LoadResult.error("landed on " + page.uri());
        }
        String heading = heading(body);
        int tags = tags(content);
        if (expected != null && !expected.heading().equals(heading) && GENERIC_HEADING.equals(heading)
                && tags >= Math.max(2, expected.tags() / 3)) {
            // rendered while the bundle stopped: the panel was there when the page checked, its title no longer
            return LoadResult.degraded("the panel under the generic heading while its bundle stops");
        }
        if (expected != null && !expected.heading().equals(heading)) {
            return LoadResult.error("heading '" + heading + "' instead of '" + expected.heading() + "'");
        }
        int least = expected == null ? 2 : Math.max(2, expected.tags() / 3);
        if (tags < least) {
            return LoadResult.error("blank module page: " + tags + " elements under '" + heading + "', expected "
                    + least + " or more");
        }
        return LoadResult.ok();
    }

    /** The printed view of a plan, opened from the plan list. */
    static LoadResult planView(WebClient.Page page) {
        LoadResult module = modulePage(page, null);
        if (module.outcome() != LoadResult.Outcome.OK) {
            return module;
        }
        return page.body().matches("(?s).*class=\"[^\"]*\\bplan-document\\b.*")
                && page.body().contains("class=\"plan-kind\"")
                ? LoadResult.ok() : LoadResult.error("the printed view has no plan document at " + page.uri() + ": "
                        + excerpt(content(page.body())));
    }

    /** A page of the host itself (home): 200 with the user's name. */
    static LoadResult hostPage(WebClient.Page page, String expectedText) {
        LoadResult broken = broken(page.status(), page.body());
        if (broken != null) {
            return broken;
        }
        return page.status() == 200 && page.body().contains(expectedText) ? LoadResult.ok()
                : LoadResult.error("HTTP " + page.status() + " at " + page.uri() + " without '" + expectedText + "'");
    }

    /**
     * A download at a stable URL: the file starting with {@code magic}; 404 (the module's download provider is gone)
     * or 503 count as degraded, as long as the answer is the portal's error page and not a stack trace.
     */
    static LoadResult download(WebClient.File file, byte[] magic) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        if (file.status() == 200) {
            byte[] head = Arrays.copyOf(file.content(), Math.min(file.content().length, magic.length));
            return file.content().length > magic.length && Arrays.equals(head, magic) ? LoadResult.ok()
                    : LoadResult.error("200 but not the file (" + file.contentType() + "): " + excerpt(text));
        }
        if (STACK_TRACE.matcher(text).find()) {
            return LoadResult.error("HTTP " + file.status() + " with a stack trace: " + excerpt(text));
        }
        if (file.status() == 404 || file.status() == 503) {
            return LoadResult.degraded("download HTTP " + file.status());
        }
        return LoadResult.error("download HTTP " + file.status() + ": " + excerpt(text));
    }

    /** @return an error for a server error, the internal-error page or a stack trace; null otherwise */
    private static LoadResult broken(int status, String body) {
        if (status >= 500 && status != 503) {
            return LoadResult.error("HTTP " + status + ": " + excerpt(body));
        }
        Matcher trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            return LoadResult.error("stack trace in the page: " + trace.group());
        }
        if (heading(body).contains(INTERNAL_ERROR)) {
            return LoadResult.error("the internal-error page (HTTP " + status + ")");
        }
        if (body.isBlank()) {
            return LoadResult.error("blank answer, HTTP " + status);
        }
        return null;
    }

    private static String heading(String body) {
        Matcher m = HEADING.matcher(body);
        return m.find() ? m.group(1).replaceAll("<[^>]*>", "").trim() : "";
    }

    /** @return the main content after the page heading */
    private static String content(String body) {
        int start = body.indexOf("</h1>");
        int end = body.indexOf("</main>", Math.max(start, 0));
        return start < 0 ? "" : body.substring(start + 5, end < 0 ? body.length() : end);
    }

    private static int tags(String html) {
        Matcher m = TAG.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String excerpt(String body) {
        String text = body.replaceAll("(?s)<head>.*?</head>", "").replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ").trim();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
