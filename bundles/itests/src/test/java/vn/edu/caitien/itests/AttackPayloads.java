package vn.edu.caitien.itests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The payloads of the attack suite and how a response gives a successful attack away: script that the browser
 * would run (an injected {@code <script>}, an event-handler attribute, a {@code javascript:} URL), a database error,
 * a stack trace, the portal's internal-error page.
 */
final class AttackPayloads {

    private AttackPayloads() {
    }

    /** Cross-site scripting payloads, Vietnamese text around them so that length and "required" checks pass. */
    static final List<String> XSS = List.of(
            "Kế hoạch <script>alert(1)</script>",
            "\"><img src=x onerror=alert(2)>",
            "Nội dung <svg onload=alert(3)>",
            "javascript:alert(4)",
            "</textarea><script>alert(5)</script>",
            "Tổ chuyên môn' onmouseover='alert(6)' x='");

    /** SQL injection payloads. */
    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "1; DROP TABLE x--",
            "%' --",
            "1' UNION SELECT NAME, NAME FROM PORTAL.SCHOOL --",
            "\\'; DELETE FROM PORTAL.ACCOUNT; --",
            "1 OR 1=1");

    /** @return the XSS payload for the field at this position */
    static String xss(int index) {
        return XSS.get(Math.floorMod(index, XSS.size()));
    }

    /** @return the SQL payload for the field at this position */
    static String sql(int index) {
        return SQL.get(Math.floorMod(index, SQL.size()));
    }

    private static final Pattern DB_ERROR = Pattern.compile(
            "SQLException|SQLSyntaxError|SQLSTATE|PSQLException|org\\.apache\\.derby|ERROR 42[0-9A-Z]{3}"
                    + "|Syntax error: Encountered|syntax error at or near|org\\.apache\\.ibatis"
                    + "|PersistenceException|unterminated quoted string|Lexical error",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\bat (org|java|jdk|sun|vn)\\.[\\w$.]+\\(|Exception\\b|Caused by:|\\.java:\\d+\\)");

    /** @return the database error text in a response, or null */
    static String databaseError(String text) {
        var m = DB_ERROR.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** @return the stack-trace text in a response, or null */
    static String stackTrace(String text) {
        var m = STACK_TRACE.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** @return whether the page is the portal's "something went wrong" page (either language) */
    static boolean internalErrorPage(String text) {
        return text.contains("Lỗi · Cải Tiến") || text.contains("Error · Cải Tiến")
                || text.contains("Đã xảy ra lỗi ngoài dự kiến") || text.contains("An unexpected error occurred");
    }

    /**
     * Script a browser would run in this HTML, planted by a payload: an injected {@code <script>} without the page's
     * nonce, an event-handler attribute, or a {@code javascript:} URL in an attribute that navigates or loads.
     *
     * @return a short description of each finding, empty when none
     */
    static List<String> unescapedScript(String html) {
        return unescapedScript(HtmlForm.tags(html));
    }

    /** @return {@link #unescapedScript(String)} of a page already read into tags */
    static List<String> unescapedScript(List<HtmlForm.Tag> tags) {
        List<String> findings = new ArrayList<>();
        for (HtmlForm.Tag tag : tags) {
            if (tag.closing()) {
                continue;
            }
            if (tag.name().equals("script") && !tag.has("nonce") && tag.rawText() != null
                    && tag.rawText().contains("alert(")) {
                findings.add("<script>" + snippet(tag.rawText()));
            }
            for (String[] a : tag.attributes()) {
                String name = a[0];
                String value = a[1] == null ? "" : a[1];
                if (name.startsWith("on") && value.contains("alert(")) {
                    findings.add("<" + tag.name() + " " + name + "=" + snippet(value) + ">");
                }
                if (isUrl(name) && value.contains("alert(") && javascriptUrl(value)) {
                    findings.add("<" + tag.name() + " " + name + "=" + snippet(value) + ">");
                }
            }
        }
        return findings;
    }

    /** @return every {@code javascript:} URL of the page, payload or not (the page's policy blocks them all) */
    static List<String> javascriptUrls(List<HtmlForm.Tag> tags) {
        List<String> urls = new ArrayList<>();
        for (HtmlForm.Tag tag : tags) {
            for (String[] a : tag.closing() ? List.<String[]>of() : tag.attributes()) {
                if (isUrl(a[0]) && a[1] != null && javascriptUrl(a[1])) {
                    urls.add("<" + tag.name() + " " + a[0] + "=" + snippet(a[1]) + ">");
                }
            }
        }
        return urls;
    }

    private static boolean isUrl(String attribute) {
        return attribute.equals("href") || attribute.equals("src") || attribute.equals("action")
                || attribute.equals("formaction") || attribute.equals("xlink:href") || attribute.equals("data");
    }

    private static boolean javascriptUrl(String value) {
        // browsers ignore white space and control characters in the scheme
        return value.replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT).startsWith("javascript:");
    }

    static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
