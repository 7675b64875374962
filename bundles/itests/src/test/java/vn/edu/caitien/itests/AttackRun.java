package vn.edu.caitien.itests;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import vn.edu.caitien.itests.AttackClient.Response;
import vn.edu.caitien.itests.AttackClient.Site;
import vn.edu.caitien.itests.AttackCrawler.FormSite;
import vn.edu.caitien.itests.AttackLedger.Kind;

/**
 * The web attacks against a running portal with the demo data, phase by phase: sessions (cookie flags, fixation),
 * a crawl of every page each demo role can reach, cross-site request forgery on every form, state-changing link and
 * Ajax behaviour, stored and reflected cross-site scripting, SQL injection, oversized and malformed requests. Every
 * response on the way is checked for the hardening headers. The outcome is in the {@link AttackLedger}.
 *
 * <p>What counts as getting through:
 * <ul>
 * <li>CSRF: the portal handles a forged request (its first answer is 2xx or 3xx, not 403); any table of the
 * database changes while the forged requests are sent; a signed-in user is signed out or switched to English.</li>
 * <li>XSS: a payload comes back unescaped in a page or an answer: a {@code <script>} without the page's nonce that
 * calls {@code alert(}, an event-handler attribute that does, a {@code javascript:alert} URL; a download served as
 * HTML or inline.</li>
 * <li>SQL injection: a 5xx status, the internal-error page, a database error text, a stack trace, the name of a
 * school the user may not see (and that their pages did not show before), a sign-in with injected credentials.</li>
 * <li>Malformed requests: a 5xx status (except 505 for an unknown HTTP version), the internal-error page, a stack
 * trace, or the login page no longer answering.</li>
 * </ul>
 * Violations, counted apart: a page without a Content-Security-Policy with {@code frame-ancestors} or without
 * {@code X-Content-Type-Options: nosniff}; a download without them or not an attachment; a session cookie without
 * {@code HttpOnly} and {@code SameSite}; a session id kept, or still signed in, across sign-in; a planted id adopted.
 */
final class AttackRun {

    /** What only the container can tell: the stored data and who may see which school. */
    interface State {
        /** @return a digest of every table's content, by table; empty when the store cannot be read */
        Map<String, String> fingerprint();

        /** @return the names of schools (and their document symbols) the role may not see */
        Set<String> foreignNames(String role);
    }

    /** A demo account and the query that picks a school for accounts that see several. */
    record Role(String login, String schoolParameter) {
    }

    static final List<Role> ROLES = List.of(new Role("hieutruong", null), new Role("giaovien", null),
            new Role("giamsat", null), new Role("phuong", "school=thcs-kinhbac"),
            new Role("admin", "school=thcs-kinhbac"));

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final String PASSWORD = "demo";
    private static final int DEPTH = 2;
    /** Links of the page header, the same on every page. */
    private static final Set<String> GLOBAL_LINKS = Set.of("logout", "langVi", "langEn");
    /** Buttons never pressed with payloads: they publish, purge or close for good. */
    private static final Set<String> NEVER_PRESS = Set.of("confirm", "publish", "purge", "cancel", "op", "remove",
            "delete", "removeRow", "removeAction");
    /** Buttons that save what was typed, most likely first. */
    private static final List<String> SAVE_BUTTONS = List.of("save", "saveAction", "saveRow", "send", "upload", "read",
            "check", "submit", "savePeriods", "show", "compare", "preview", "showHistory", "zip");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?[\\d.,]+");
    /** Valid text for fields that take a date, a number or a code, by the last part of their name. */
    private static final Map<String, String> TYPED = Map.ofEntries(
            Map.entry("date", "15/11/2026"), Map.entry("asOf", "15/11/2026"), Map.entry("issuedOn", "15/11/2026"),
            Map.entry("time", "08:00"), Map.entry("percent", "50"), Map.entry("spent", "1000000"),
            Map.entry("month", "3"), Map.entry("number", "7"), Map.entry("fromYear", "2030"),
            Map.entry("period", "2019-2020"), Map.entry("unmet", "0"), Map.entry("year", "2026"),
            Map.entry("criterion", "1.1"), Map.entry("alsoServes", "1.2"));
    /** A one-page PDF that evidence checks accept as a PDF. */
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final int port;
    private final State state;
    private final AttackLedger ledger = new AttackLedger();
    private final Map<String, AttackClient> clients = new LinkedHashMap<>();
    private final Map<String, AttackCrawler.Site> sites = new LinkedHashMap<>();
    private final Map<String, Set<String>> foreign = new LinkedHashMap<>();
    private final List<FormSite> forms = new ArrayList<>();
    private final Set<String> downloads = new LinkedHashSet<>();
    private int pagesChecked;
    private int reflectedShown;

    AttackRun(int port, State state) {
        this.port = port;
        this.state = state;
    }

    AttackLedger ledger() {
        return ledger;
    }

    int pagesChecked() {
        return pagesChecked;
    }

    int forms() {
        return forms.size();
    }

    /** Runs every phase. */
    void run() throws IOException {
        detectorsWork();
        phase("sessions", this::sessions);
        phase("draft plan", this::draftPlanThroughTheForms);
        phase("crawl", this::crawlEveryRole);
        phase("csrf", this::csrf);
        phase("xss", this::xss);
        phase("sqli", this::sqlInjection);
        phase("malformed", this::malformed);
    }

    /** A phase of the run. */
    private interface Phase {
        void run() throws IOException;
    }

    private void phase(String name, Phase phase) throws IOException {
        long started = System.nanoTime();
        int requests = AttackClient.allRequests();
        phase.run();
        ledger.note(String.format(Locale.ROOT, "time: %s %.1f s, %d requests", name,
                (System.nanoTime() - started) / 1e9, AttackClient.allRequests() - requests));
    }

    /** The detectors fire on what they must find and stay quiet on escaped text, or "0 successes" means nothing. */
    void detectorsWork() {
        String escaped = "<p title=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\">Kế hoạch &lt;script&gt;alert(1)"
                + "&lt;/script&gt;</p><textarea>&lt;/textarea&gt;&lt;script&gt;alert(5)&lt;/script&gt;</textarea>";
        boolean ok = AttackPayloads.unescapedScript(escaped).isEmpty()
                && !AttackPayloads.unescapedScript("<p>Kế hoạch <script>alert(1)</script></p>").isEmpty()
                && !AttackPayloads.unescapedScript("<p title=\"\"><img src=x onerror=alert(2)>\"></p>").isEmpty()
                && !AttackPayloads.unescapedScript("<a href=\" javascript:alert(4)\">x</a>").isEmpty()
                && !AttackPayloads.unescapedScript("<textarea></textarea><script>alert(5)</script></textarea>")
                .isEmpty()
                && AttackPayloads.databaseError("ERROR 42X01: Syntax error: Encountered \"'\"") != null
                && AttackPayloads.stackTrace("\tat org.apache.wicket.Component.render(Component.java:2345)") != null
                && AttackPayloads.stackTrace("Kế hoạch cải tiến chất lượng") == null;
        ledger.control(ok, "the detectors find raw script, database errors and stack traces, and not escaped text");
    }

    // ---------------------------------------------------------------------------------------------- sessions

    /** Signs every role in, checking the session cookie's flags and that sign-in replaces the session. */
    void sessions() throws IOException {
        for (Role role : ROLES) {
            AttackClient client = new AttackClient(port);
            Response protectedPage = client.get("/home");
            String before = client.cookie(SESSION_COOKIE);
            ledger.check();
            if (!protectedPage.landedOnLogin()) {
                ledger.violation("anonymous /home was not sent to the login page: " + protectedPage.uri());
            }
            Response home = login(client, role.login(), Site.SAME_ORIGIN);
            ledger.control(!home.landedOnLogin() && home.status() == 200, "sign-in of " + role.login()
                    + " from the login page (same origin)");
            String after = client.cookie(SESSION_COOKIE);
            ledger.check();
            if (after == null || after.equals(before)) {
                ledger.violation("session id of " + role.login() + " kept across sign-in (fixation): " + before);
            }
            checkSessionCookie(home.setCookies(), "sign-in of " + role.login());
            if (before != null) {
                AttackClient old = new AttackClient(port);
                old.setCookie(SESSION_COOKIE, before);
                ledger.check();
                if (!old.get("/home").landedOnLogin()) {
                    ledger.violation("the session id from before sign-in of " + role.login() + " is signed in");
                }
            }
            clients.put(role.login(), client);
            foreign.put(role.login(), state.foreignNames(role.login()));
        }
        // An id the attacker chose and planted in the victim's browser is never adopted.
        AttackClient victim = new AttackClient(port);
        victim.setCookie(SESSION_COOKIE, "node0attackerplanted01234567.node0");
        login(victim, "giaovien", Site.SAME_ORIGIN);
        ledger.check();
        if ("node0attackerplanted01234567.node0".equals(victim.cookie(SESSION_COOKIE))) {
            ledger.violation("a planted session id was kept at sign-in");
        }
        // A client without browser headers (scripts, the other suites) still signs in.
        Response bare = login(new AttackClient(port), "giaovien", Site.BARE);
        ledger.control(!bare.landedOnLogin() && bare.status() == 200, "sign-in without Origin or Sec-Fetch-* headers");
    }

    private void checkSessionCookie(List<String> setCookies, String where) {
        List<String> session = setCookies.stream().filter(c -> c.startsWith(SESSION_COOKIE + "=")).toList();
        ledger.check();
        if (session.isEmpty()) {
            ledger.violation(where + ": no session cookie set");
        }
        for (String cookie : session) {
            String lower = cookie.toLowerCase(Locale.ROOT);
            ledger.check();
            if (!lower.contains("httponly") || !(lower.contains("samesite=lax") || lower.contains("samesite=strict"))) {
                ledger.violation(where + ": session cookie without HttpOnly and SameSite: " + cookie);
            }
        }
    }

    /** Signs in through the login form as a browser of the given kind would. */
    Response login(AttackClient client, String user, Site site) throws IOException {
        Response page = client.get(client.uri("/login"), Site.SAME_ORIGIN);
        HtmlForm form = page.forms().get(0);
        HtmlForm.Fill fill = form.fill();
        for (HtmlForm.Field f : form.fields()) {
            if ("password".equals(f.type())) {
                fill.set(f.name(), PASSWORD);
            } else if (f.isText()) {
                fill.set(f.name(), user);
            }
        }
        return client.send("POST", form.action(), site, List.of(), fill.contentType(), fill.body());
    }

    // ---------------------------------------------------------------------------------------------- set-up

    /**
     * The principal drafts next year's plan through the plan list and the editor (create, add a criterion row, add
     * an action), so that the crawl finds the editor's line forms; also the positive control of same-origin forms.
     */
    void draftPlanThroughTheForms() throws IOException {
        AttackClient principal = clients.get("hieutruong");
        Response list = principal.get("/m/plan/plans");
        HtmlForm create = AttackCrawler.form(list, "content-create");
        boolean ok = create != null;
        Response editor = null;
        if (ok) {
            HtmlForm.Fill fill = create.fill().set("period", "2027-2028");
            editor = submit(principal, fill.press(create.buttons().get(0)), Site.SAME_ORIGIN);
            HtmlForm table = AttackCrawler.form(editor, "content-table");
            ok = table != null && table.fields().stream().anyMatch(f -> f.name().equals("criterion"));
            if (ok) {
                HtmlForm.Field criterion = table.fields().stream().filter(f -> f.name().equals("criterion"))
                        .findFirst().orElseThrow();
                String code = criterion.options().stream().map(HtmlForm.Option::value).filter(v -> !v.isEmpty())
                        .findFirst().orElse("");
                editor = submit(principal, table.fill().set("criterion", code)
                        .press(buttonNamed(table, "addRow")), Site.SAME_ORIGIN);
                table = AttackCrawler.form(editor, "content-table");
                HtmlForm.Button addAction = table == null ? null : AttackCrawler.button(table, "op", "addAction:x");
                ok = addAction != null;
                if (ok) {
                    editor = submit(principal, table.fill().press(addAction), Site.SAME_ORIGIN);
                    table = AttackCrawler.form(editor, "content-table");
                    HtmlForm.Button save = table == null ? null : buttonNamed(table, "saveAction");
                    ok = save != null;
                    if (ok) {
                        HtmlForm.Fill action = table.fill();
                        for (HtmlForm.Field f : table.fields()) {
                            String last = lastPart(f.name());
                            switch (last) {
                                case "description" -> action.set(f.name(), "Bổ sung tủ sách dùng chung cho khối 7");
                                case "leadText" -> action.set(f.name(), "Tổ Ngữ văn");
                                case "timeText" -> action.set(f.name(), "Học kỳ I năm học 2027-2028");
                                case "budgetText" -> action.set(f.name(), "5 triệu đồng");
                                default -> {
                                }
                            }
                        }
                        editor = submit(principal, action.press(save), Site.SAME_ORIGIN);
                    }
                }
            }
        }
        Response after = principal.get("/m/plan/plans");
        ok = ok && after.text().contains("2027-2028") && editor != null && editor.status() == 200;
        ledger.control(ok, "same-origin forms: the principal creates a plan, adds a criterion row and an action");
    }

    // ---------------------------------------------------------------------------------------------- crawl

    /** Crawls as every role; checks the headers of every page and of every download once. */
    void crawlEveryRole() throws IOException {
        Set<String> formKeys = new LinkedHashSet<>();
        for (Role role : ROLES) {
            AttackCrawler.Site site = AttackCrawler.crawl(clients.get(role.login()), role.login(),
                    role.schoolParameter(), DEPTH);
            sites.put(role.login(), site);
            for (AttackCrawler.Visit visit : site.visits) {
                if (visit.response().status() == 200 && !visit.response().isHtml()) {
                    // a resource link of a page (the catalogue's YAML export)
                    checkDownload(visit.response(), visit.route().toString());
                }
                checkPage(visit.response(), role.login(), visit.route().toString());
                // names of other schools a page shows legitimately (the catalogue, say) are no leak
                String text = visit.response().text();
                foreign.get(role.login()).removeIf(text::contains);
            }
            for (FormSite form : site.forms) {
                if (formKeys.add(form.genericKey())) {
                    forms.add(form);
                }
            }
            downloads.addAll(site.downloads);
        }
        Set<String> fetched = new LinkedHashSet<>();
        long downloadsStarted = System.nanoTime();
        for (Role role : ROLES) {
            for (String download : sites.get(role.login()).downloads) {
                // one of each kind: the plan as PDF, the report as JSON, ...
                if (fetched.add(download.replaceAll("\\d+", "N"))) {
                    checkDownload(clients.get(role.login()).get(download), download);
                }
            }
        }
        ledger.note(String.format(Locale.ROOT, "crawl: the downloads took %.1f s",
                (System.nanoTime() - downloadsStarted) / 1e9));
        ledger.note("crawl: " + sites.values().stream().mapToInt(s -> s.visits.size()).sum() + " pages, "
                + forms.size() + " distinct forms, " + fetched.size() + " downloads, "
                + sites.values().stream().mapToInt(s -> s.actionLinks.size()).sum() + " state-changing links, "
                + sites.values().stream().mapToInt(s -> s.behaviours.size()).sum() + " Ajax behaviours");
        for (FormSite form : forms) {
            ledger.note("form " + form.route() + " # " + form.form());
        }
    }

    /** Checks a page: hardening headers, no injected script. */
    private void checkPage(Response page, String role, String where) {
        if (page.status() != 200 || !page.isHtml()) {
            return;
        }
        pagesChecked++;
        for (String url : AttackPayloads.javascriptUrls(page.tags())) {
            if (!url.contains("alert(")) {
                // not a payload, but a link the page's own policy will never run
                ledger.note("javascript: URL in the portal's markup (blocked by its CSP): " + url + " on " + where);
            }
        }
        ledger.check();
        String csp = page.header("Content-Security-Policy");
        if (!csp.contains("frame-ancestors")) {
            ledger.violation("page without CSP frame-ancestors: " + where + " (" + page.uri() + ")");
        }
        ledger.check();
        if (!"nosniff".equalsIgnoreCase(page.header("X-Content-Type-Options"))) {
            ledger.violation("page without X-Content-Type-Options nosniff: " + where);
        }
    }

    private void checkDownload(Response file, String where) {
        ledger.check();
        if (!"nosniff".equalsIgnoreCase(file.header("X-Content-Type-Options"))) {
            ledger.violation("download without X-Content-Type-Options nosniff: " + where + " " + file.status());
        }
        ledger.check();
        if (!file.header("Content-Security-Policy").contains("frame-ancestors")) {
            ledger.violation("download without CSP frame-ancestors: " + where + " " + file.status());
        }
        if (file.status() == 200) {
            ledger.check();
            String disposition = file.header("Content-Disposition").toLowerCase(Locale.ROOT);
            if (file.isHtml() || !disposition.startsWith("attachment")) {
                ledger.violation("download served inline or as HTML: " + where + " " + file.header("Content-Type")
                        + " " + file.header("Content-Disposition"));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- CSRF

    /**
     * Submits every form, clicks every state-changing link and calls every Ajax behaviour from another site, as a
     * current browser (Origin and Sec-Fetch-Site: cross-site) and as an older one (only a foreign Referer). A
     * forged request got through when the portal handled it (2xx or 3xx) or when any stored data changed.
     */
    void csrf() throws IOException {
        Map<String, String> before = state.fingerprint();
        int[] refused = {0};
        for (FormSite site : forms) {
            AttackClient client = clients.get(site.route().role());
            Response page = AttackCrawler.replay(client, site.route());
            HtmlForm form = page == null ? null : AttackCrawler.form(page, site.form().componentPath());
            if (form == null) {
                ledger.note("csrf: form gone on replay: " + site.route() + " # " + site.form().componentPath());
                continue;
            }
            List<HtmlForm.Button> buttons = new ArrayList<>(distinctButtons(form));
            if (buttons.isEmpty()) {
                buttons.add(null);
            }
            for (HtmlForm.Button button : buttons) {
                HtmlForm.Fill fill = smartFill(form, i -> "Giả mạo csrf-" + i, true).press(button);
                forged(client, form.action(), fill, Site.CROSS_SITE, where(site) + " [" + label(button) + "]", refused);
            }
            HtmlForm.Fill fill = smartFill(form, i -> "Giả mạo csrf-" + i, true).press(primaryButton(form));
            forged(client, form.action(), fill, Site.FOREIGN_REFERER, where(site) + " (Referer only)", refused);
        }
        Set<String> links = new LinkedHashSet<>();
        for (AttackCrawler.Site site : sites.values()) {
            AttackClient client = clients.get(site.role);
            for (AttackCrawler.LinkSite link : site.actionLinks) {
                String id = link.component().replaceAll("-\\d+-", "-N-");
                // the header's links (sign out, language) are the same on every page: once per role
                String where = GLOBAL_LINKS.contains(id) ? "" : link.route().key();
                if (!links.add(site.role + " " + where + " " + id)) {
                    continue;
                }
                Response page = AttackCrawler.replay(client, link.route());
                URI href = page == null ? null : AttackCrawler.link(page, link.component());
                if (href == null) {
                    ledger.note("csrf: link gone on replay: " + link.route() + " # " + link.component());
                    continue;
                }
                // a refused request leaves the page as it was: both kinds of forgery on the same instance
                for (Site how : List.of(Site.CROSS_SITE, Site.FOREIGN_REFERER)) {
                    ledger.attempt(Kind.CSRF);
                    Response r = client.get(href, how);
                    if (handled(r)) {
                        ledger.success(Kind.CSRF, how + " GET of link " + link.component() + " on " + link.route()
                                + " → " + r.hops());
                    } else {
                        refused[0]++;
                    }
                }
            }
            for (AttackCrawler.BehaviourSite behaviour : site.behaviours) {
                Response page = AttackCrawler.replay(client, behaviour.route());
                if (page == null) {
                    continue;
                }
                URI url = page.uri().resolve(behaviour.url());
                String body = behaviour.field() == null ? "" : AttackClient.enc(behaviour.field()) + "="
                        + AttackClient.enc("Giả mạo csrf-ajax");
                ledger.attempt(Kind.CSRF);
                Response r = client.send("POST", url, Site.CROSS_SITE, List.of(new String[] {"Wicket-Ajax", "true"},
                        new String[] {"Wicket-Ajax-BaseURL", page.uri().getPath().substring(1)}),
                        "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
                if (handled(r)) {
                    ledger.success(Kind.CSRF, "cross-site Ajax call " + behaviour.url() + " on " + behaviour.route()
                            + " → " + r.hops());
                } else {
                    refused[0]++;
                }
            }
        }
        // Login CSRF: signing the victim in as someone else.
        AttackClient anonymous = new AttackClient(port);
        for (Site how : List.of(Site.CROSS_SITE, Site.FOREIGN_REFERER)) {
            ledger.attempt(Kind.CSRF);
            Response r = login(anonymous, "giaovien", how);
            if (handled(r) && !r.landedOnLogin()) {
                ledger.success(Kind.CSRF, how + " sign-in form → " + r.hops());
            } else {
                refused[0]++;
            }
        }
        Map<String, String> after = state.fingerprint();
        for (Map.Entry<String, String> table : after.entrySet()) {
            if (!table.getValue().equals(before.get(table.getKey()))) {
                ledger.success(Kind.CSRF, "stored data changed during the forged requests: table " + table.getKey());
            }
        }
        for (Map.Entry<String, AttackClient> client : clients.entrySet()) {
            Response home = client.getValue().get("/home");
            if (home.landedOnLogin() || !home.text().contains("lang=\"vi\"")) {
                ledger.success(Kind.CSRF, "the session of " + client.getKey()
                        + " was signed out or switched language by forged links");
            }
        }
        ledger.note("csrf: " + refused[0] + " forged requests refused; stored data "
                + (before.isEmpty() ? "not readable here" : "compared over " + after.size() + " tables"));
        sameOriginControls();
    }

    private void forged(AttackClient client, URI action, HtmlForm.Fill fill, Site how, String where, int[] refused)
            throws IOException {
        ledger.attempt(Kind.CSRF);
        Response r = client.send("POST", action, how, List.of(), fill.contentType(), fill.body());
        if (handled(r)) {
            ledger.success(Kind.CSRF, how + " submit of " + where + " → " + r.hops());
        } else {
            refused[0]++;
        }
    }

    /** @return whether the portal handled the request rather than refusing it */
    private static boolean handled(Response r) {
        int first = r.hops().isEmpty() ? r.status() : r.hops().get(0);
        return first >= 200 && first < 400;
    }

    /** What must keep working next to the defence: same-origin forms and links, links from other sites. */
    private void sameOriginControls() throws IOException {
        AttackClient principal = clients.get("hieutruong");
        if (principal.get("/home").landedOnLogin()) {
            // signed out by a forged link (already counted): sign in again to test what must keep working
            login(principal, "hieutruong", Site.SAME_ORIGIN);
        }
        Response board = principal.get("/m/notices/board");
        HtmlForm notice = AttackCrawler.form(board, "content-form");
        if (notice != null) {
            HtmlForm.Fill fill = notice.fill();
            for (HtmlForm.Field f : notice.fields()) {
                if (f.isText()) {
                    fill.set(f.name(), "Lịch họp hội đồng sư phạm tháng 12 (kiểm soát cùng nguồn)");
                }
            }
            submit(principal, fill.press(primaryButton(notice)), Site.SAME_ORIGIN);
            ledger.control(principal.get("/m/notices/board").text().contains("kiểm soát cùng nguồn"),
                    "same-origin post on the notice board is stored");
        } else {
            ledger.control(false, "notice board form of the principal");
        }
        Response home = principal.get("/home");
        URI english = AttackCrawler.link(home, "langEn");
        Response en = english == null ? null : principal.get(english, Site.SAME_ORIGIN);
        ledger.control(en != null && en.text().contains("lang=\"en\""), "same-origin click on a listener link "
                + "(language switch)");
        URI vietnamese = en == null ? null : AttackCrawler.link(en, "langVi");
        if (vietnamese != null) {
            principal.get(vietnamese, Site.SAME_ORIGIN);
        }
        Response fromOtherApp = principal.get(principal.uri("/m/plan/plans"), Site.CROSS_SITE);
        ledger.control(fromOtherApp.status() == 200 && !fromOtherApp.landedOnLogin(),
                "a page opened by a link on another site");
        String download = downloads.stream().filter(d -> d.startsWith("/download/export/plan/")).findFirst()
                .orElse(null);
        if (download != null) {
            Response file = principal.get(principal.uri(download), Site.CROSS_SITE);
            ledger.control(file.status() == 200, "a download opened by a link on another site: " + download);
        } else {
            ledger.control(false, "no plan download link found for the cross-site download control");
        }
    }

    // ---------------------------------------------------------------------------------------------- XSS

    /**
     * Stored and reflected cross-site scripting: every form with text fields is submitted by its legitimate user
     * with payloads in every text field (once in every field, once only where free text is expected), then every
     * page of every role is read again; payloads also go into every query parameter and path segment.
     */
    void xss() throws IOException {
        for (FormSite site : forms) {
            if (site.form().hasText() || site.form().fields().stream().anyMatch(HtmlForm.Field::isFile)) {
                attackForm(site, Kind.XSS, AttackPayloads::xss);
            }
        }
        Set<String> probed = new LinkedHashSet<>();
        for (Role role : ROLES) {
            AttackClient client = clients.get(role.login());
            for (String start : sites.get(role.login()).starts) {
                if (!probed.add(start)) {
                    continue;
                }
                for (String probe : urlProbes(start, AttackPayloads.XSS.subList(0, 2))) {
                    ledger.attempt(Kind.XSS);
                    Response r = client.get(client.uri(probe), Site.SAME_ORIGIN);
                    reflected(r, role.login() + " GET " + probe);
                    checkPage(r, role.login(), probe);
                }
            }
        }
        AttackClient anonymous = new AttackClient(port);
        for (String payload : AttackPayloads.XSS) {
            for (String probe : List.of("/login?lang=" + AttackClient.enc(payload),
                    "/m/" + AttackClient.enc(payload) + "/board", "/download/" + AttackClient.enc(payload) + "/x")) {
                ledger.attempt(Kind.XSS);
                reflected(anonymous.get(anonymous.uri(probe), Site.SAME_ORIGIN), "anonymous GET " + probe);
            }
        }
        // Every page again, as every role: a stored payload must come back escaped.
        int showing = 0;
        Set<String> kinds = new LinkedHashSet<>();
        for (Role role : ROLES) {
            AttackCrawler.Site again = AttackCrawler.crawl(clients.get(role.login()), role.login(),
                    role.schoolParameter(), DEPTH);
            for (AttackCrawler.Visit visit : again.visits) {
                checkPage(visit.response(), role.login(), visit.route().toString());
                if (visit.response().isHtml() && visit.response().text().contains("alert(")) {
                    showing++;
                }
                for (String finding : AttackPayloads.unescapedScript(visit.response().tags())) {
                    ledger.success(Kind.XSS, "stored, seen by " + role.login() + " on " + visit.route() + ": "
                            + finding);
                }
            }
            for (String download : again.downloads) {
                // the text documents of each kind again (the binary ones were checked in the crawl), now that they
                // hold payloads: never served as HTML
                boolean text = download.endsWith(".json") || download.startsWith("/download/monitoring/");
                if (text && kinds.add(download.replaceAll("\\d+", "N"))) {
                    Response file = clients.get(role.login()).get(download);
                    checkDownload(file, download);
                    if (file.isHtml()) {
                        AttackPayloads.unescapedScript(file.tags()).forEach(f -> ledger.success(Kind.XSS,
                                "stored, in download " + download + ": " + f));
                    }
                }
            }
        }
        payloadsShown(showing);
    }

    /** Stored payloads that no page shows would make the stored-XSS check vacuous. */
    private void payloadsShown(int storedPages) {
        ledger.control(storedPages > 0, "stored payloads come back (escaped) on " + storedPages + " pages");
        ledger.control(reflectedShown > 0, "payloads sent come back (escaped) in " + reflectedShown + " answers");
    }

    private void reflected(Response r, String where) {
        if (r.isHtml() && r.text().contains("alert(")) {
            reflectedShown++;
        }
        for (String finding : AttackPayloads.unescapedScript(r.tags())) {
            ledger.success(Kind.XSS, "reflected by " + where + ": " + finding);
        }
        if (r.header("Location").toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            ledger.success(Kind.XSS, "redirect to javascript: by " + where);
        }
    }

    // ---------------------------------------------------------------------------------------------- SQL

    /** SQL injection in every field of every form, every query parameter, path segment and download path. */
    void sqlInjection() throws IOException {
        for (FormSite site : forms) {
            if (!site.form().fields().isEmpty()) {
                attackForm(site, Kind.SQLI, AttackPayloads::sql);
            }
        }
        Set<String> probed = new LinkedHashSet<>();
        for (Role role : ROLES) {
            AttackClient client = clients.get(role.login());
            for (String start : sites.get(role.login()).starts) {
                if (!probed.add(start)) {
                    continue;
                }
                for (String probe : urlProbes(start, List.of(AttackPayloads.SQL.get(0)))) {
                    ledger.attempt(Kind.SQLI);
                    sqlOutcome(client.get(client.uri(probe), Site.SAME_ORIGIN), role.login(), "GET " + probe);
                }
            }
            for (String probe : downloadProbes(sites.get(role.login()).downloads)) {
                if (!probed.add(probe)) {
                    continue;
                }
                ledger.attempt(Kind.SQLI);
                sqlOutcome(client.get(client.uri(probe), Site.SAME_ORIGIN), role.login(), "GET " + probe);
            }
        }
        for (String payload : AttackPayloads.SQL) {
            AttackClient anonymous = new AttackClient(port);
            Response page = anonymous.get("/login");
            HtmlForm form = page.forms().get(0);
            HtmlForm.Fill fill = form.fill();
            form.fields().forEach(f -> fill.set(f.name(), payload));
            ledger.attempt(Kind.SQLI);
            Response r = submit(anonymous, fill, Site.SAME_ORIGIN);
            sqlOutcome(r, "anonymous", "sign-in with " + payload);
            if (!anonymous.get("/home").landedOnLogin()) {
                ledger.success(Kind.SQLI, "signed in with login and password " + payload);
            }
        }
    }

    private void sqlOutcome(Response r, String role, String where) {
        if (r.status() >= 500 || r.hops().stream().anyMatch(s -> s >= 500)) {
            ledger.success(Kind.SQLI, "server error " + r.hops() + " for " + role + " " + where);
        } else if (AttackPayloads.internalErrorPage(r.text())) {
            ledger.success(Kind.SQLI, "internal-error page for " + role + " " + where);
        }
        String error = AttackPayloads.databaseError(r.text());
        if (error != null) {
            ledger.success(Kind.SQLI, "database error text '" + error + "' for " + role + " " + where);
        }
        String trace = AttackPayloads.stackTrace(r.text());
        if (trace != null) {
            ledger.success(Kind.SQLI, "stack trace '" + trace + "' for " + role + " " + where);
        }
        for (String name : foreign.getOrDefault(role, Set.of())) {
            if (r.text().contains(name)) {
                ledger.success(Kind.SQLI, "data of another school (" + name + ") for " + role + " " + where);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- forms

    /**
     * Submits a form with payloads as its legitimate user, twice: once only in the free-text fields with valid
     * dates, numbers and codes elsewhere, so that the payloads get past validation and are stored; once with a
     * payload in every field (every parameter for SQL), so that they come back in error messages.
     */
    private void attackForm(FormSite site, Kind kind, IntFunction<String> payloads) throws IOException {
        AttackClient client = clients.get(site.route().role());
        for (boolean everyField : List.of(false, true)) {
            if (!everyField && !site.form().hasText() && !(kind == Kind.XSS && site.form().fields().stream()
                    .anyMatch(HtmlForm.Field::isFile))) {
                continue;
            }
            // a fresh page instance each time: the first submit changed the one before
            Response page = AttackCrawler.replay(client, site.route());
            HtmlForm form = page == null ? null : AttackCrawler.form(page, site.form().componentPath());
            if (form == null) {
                ledger.note(kind.label + ": form gone on replay: " + where(site));
                return;
            }
            HtmlForm.Button button = primaryButton(form);
            if (button == null && form.buttons().stream().anyMatch(b -> b.name() != null)) {
                ledger.note(kind.label + ": only buttons that publish, purge or close: " + where(site));
                return;
            }
            HtmlForm.Fill fill = kind == Kind.SQLI && everyField ? everyParameter(form, payloads)
                    : smartFill(form, payloads, !everyField);
            if (kind == Kind.XSS) {
                attachPayloadFiles(form, fill);
            }
            ledger.attempt(kind);
            Response r = submit(client, fill.press(button), Site.SAME_ORIGIN);
            String what = where(site) + (everyField ? " (every field)" : " (free text)");
            if (kind == Kind.XSS) {
                reflected(r, site.route().role() + " submitting " + what);
            } else {
                sqlOutcome(r, site.route().role(), "submitting " + what);
            }
        }
    }

    /**
     * @param typedValid whether fields that take a date, a number or a code get a valid value (so that the free
     *                   text reaches the service) rather than the payload
     */
    private static HtmlForm.Fill smartFill(HtmlForm form, IntFunction<String> payloads, boolean typedValid) {
        HtmlForm.Fill fill = form.fill();
        int i = 0;
        for (HtmlForm.Field f : form.fields()) {
            if (!f.isText()) {
                continue;
            }
            String last = lastPart(f.name());
            boolean validDefault = DATE.matcher(f.value()).matches() || TIME.matcher(f.value()).matches()
                    || NUMBER.matcher(f.value()).matches();
            if (typedValid && (TYPED.containsKey(last) || validDefault)) {
                fill.set(f.name(), validDefault ? f.value() : TYPED.get(last));
            } else {
                fill.set(f.name(), payloads.apply(i++));
            }
        }
        return fill;
    }

    /** Payloads in every parameter: text fields, selects, checkboxes and radios. */
    private static HtmlForm.Fill everyParameter(HtmlForm form, IntFunction<String> payloads) {
        HtmlForm.Fill fill = form.fill();
        int i = 0;
        for (HtmlForm.Field f : form.fields()) {
            if (!f.isFile()) {
                fill.set(f.name(), payloads.apply(i++));
            }
        }
        return fill;
    }

    private static void attachPayloadFiles(HtmlForm form, HtmlForm.Fill fill) {
        for (HtmlForm.Field f : form.fields()) {
            if (f.isFile()) {
                fill.file(f.name(), "minh-chung <img src=x onerror=alert(7)>.pdf", "application/pdf", PDF);
            }
        }
    }

    private static Response submit(AttackClient client, HtmlForm.Fill fill, Site site) throws IOException {
        return client.send("POST", fill.form().action(), site, List.of(), fill.contentType(), fill.body());
    }

    /** @return the button that saves what was typed, null when there is none that may be pressed */
    static HtmlForm.Button primaryButton(HtmlForm form) {
        List<HtmlForm.Button> allowed = form.buttons().stream().filter(b -> b.name() != null
                && !NEVER_PRESS.contains(lastPart(b.name())) && !lastPart(b.name()).startsWith("remove")).toList();
        for (String name : SAVE_BUTTONS) {
            for (HtmlForm.Button b : allowed) {
                if (lastPart(b.name()).equals(name)) {
                    return b;
                }
            }
        }
        if (!allowed.isEmpty()) {
            return allowed.get(0);
        }
        return form.buttons().stream().filter(b -> b.name() == null).findFirst().orElse(null);
    }

    private static HtmlForm.Button buttonNamed(HtmlForm form, String last) {
        return form.buttons().stream().filter(b -> b.name() != null && lastPart(b.name()).equals(last)).findFirst()
                .orElse(null);
    }

    /** @return one button per distinct action (the plan editor's {@code op} buttons by operation) */
    private static List<HtmlForm.Button> distinctButtons(HtmlForm form) {
        Map<String, HtmlForm.Button> distinct = new LinkedHashMap<>();
        for (HtmlForm.Button b : form.buttons()) {
            int colon = b.value().indexOf(':');
            distinct.putIfAbsent(b.name() + "=" + (colon > 0 ? b.value().substring(0, colon) : ""), b);
        }
        return new ArrayList<>(distinct.values());
    }

    private static String label(HtmlForm.Button button) {
        if (button == null) {
            return "no button";
        }
        return (button.name() == null ? "unnamed button" : button.name())
                + (button.value().isEmpty() ? "" : "=" + button.value());
    }

    private static String where(FormSite site) {
        return site.route() + " # " + site.form().componentPath();
    }

    static String lastPart(String name) {
        String last = name.substring(name.lastIndexOf(':') + 1);
        return last.isEmpty() ? name : last;
    }

    // ---------------------------------------------------------------------------------------------- URLs

    /** Payloads in the query (as the school, the one parameter pages take, and as a parameter name) and in the path. */
    private static List<String> urlProbes(String start, List<String> payloads) {
        List<String> probes = new ArrayList<>();
        String path = start.contains("?") ? start.substring(0, start.indexOf('?')) : start;
        String glue = start.contains("?") ? "&" : "?";
        for (String payload : payloads) {
            String p = AttackClient.enc(payload);
            probes.add(start + glue + "school=" + p);
            probes.add(start + glue + p + "=1");
            String[] segments = path.split("/");
            if (segments.length > 2) {
                // replace the last segment: /m/plan/<p>, /admin/<p>
                probes.add(path.substring(0, path.lastIndexOf('/') + 1) + p);
            }
            if (path.startsWith("/m/")) {
                probes.add("/m/" + p + path.substring(path.indexOf('/', 3)));
            }
        }
        return probes;
    }

    /** SQL payloads in place of every identifier of the download URLs, and as their query parameters. */
    private static List<String> downloadProbes(Set<String> downloads) {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (String download : downloads) {
            // one per kind of document, whatever the format
            patterns.putIfAbsent(download.replaceAll("\\d+", "N").replaceAll("\\.[a-z]+$", ""), download);
        }
        List<String> probes = new ArrayList<>();
        for (String download : patterns.values()) {
            String path = download.contains("?") ? download.substring(0, download.indexOf('?')) : download;
            for (String payload : List.of(AttackPayloads.SQL.get(0), AttackPayloads.SQL.get(5))) {
                String p = AttackClient.enc(payload).replace("+", "%20");
                probes.add(path.replaceFirst("/(\\d+)([./])", "/" + p + "$2"));
                probes.add(path + "?revision=" + p + "&schoolYear=" + p);
            }
        }
        probes.add("/download/export/rollup/" + AttackClient.enc("ubnd-kinhbac' OR '1'='1") + "/2026-2027.json");
        probes.add("/download/monitoring/evidence/" + AttackClient.enc("1 OR 1=1"));
        probes.add("/download/export/batch/" + AttackClient.enc("x' OR '1'='1") + ".zip");
        return probes;
    }

    // ---------------------------------------------------------------------------------------------- malformed

    /**
     * Oversized and malformed requests. Each must get a 4xx or a translated page, never a server error or a
     * stack trace, and the portal must still answer the login page afterwards.
     */
    void malformed() throws IOException {
        AttackClient anonymous = new AttackClient(port);
        Response loginPage = anonymous.get("/login");
        URI loginAction = loginPage.forms().get(0).action();
        AttackClient principal = clients.get("hieutruong");
        String target = loginAction.getRawPath() + "?" + loginAction.getRawQuery();

        byte[] big = new byte[30 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        System.arraycopy("login=".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 6);
        malformedOutcome("30 MB form body to the sign-in form", anonymous.send("POST", loginAction, Site.SAME_ORIGIN,
                List.of(), "application/x-www-form-urlencoded", big));
        Response board = principal.get("/m/notices/board");
        HtmlForm notice = AttackCrawler.form(board, "content-form");
        if (notice != null) {
            malformedOutcome("30 MB form body to a signed-in form", principal.send("POST", notice.action(),
                    Site.SAME_ORIGIN, List.of(), "application/x-www-form-urlencoded", big));
        }
        Response importPage = principal.get("/m/export/import");
        HtmlForm upload = AttackCrawler.form(importPage, "content-upload");
        if (upload != null) {
            HtmlForm.Fill fill = upload.fill().file("file", "ke-hoach.txt", "text/plain", big)
                    .press(primaryButton(upload));
            malformedOutcome("30 MB file upload", submit(principal, fill, Site.SAME_ORIGIN));
            byte[] broken = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc")
                    .getBytes(StandardCharsets.US_ASCII);
            Map<String, String[]> bodies = new LinkedHashMap<>();
            bodies.put("multipart body cut short", new String[] {"multipart/form-data; boundary=XYZ", null});
            bodies.put("multipart with another boundary", new String[] {"multipart/form-data; boundary=OTHER", null});
            bodies.put("multipart without boundary", new String[] {"multipart/form-data", null});
            bodies.put("URL-encoded body to a multipart form",
                    new String[] {"application/x-www-form-urlencoded", "file=abc&read="});
            bodies.put("JSON body to a multipart form", new String[] {"application/json", "{\"file\":1}"});
            for (Map.Entry<String, String[]> body : bodies.entrySet()) {
                // the latest instance of the page each time, so that the body reaches the form
                HtmlForm form = AttackCrawler.form(principal.get("/m/export/import"), "content-upload");
                byte[] bytes = body.getValue()[1] == null ? broken
                        : body.getValue()[1].getBytes(StandardCharsets.US_ASCII);
                malformedOutcome(body.getKey(), principal.send("POST", form.action(), Site.SAME_ORIGIN, List.of(),
                        body.getValue()[0], bytes));
            }
        }
        malformedOutcome("JSON body to the sign-in form", anonymous.send("POST", loginAction, Site.SAME_ORIGIN,
                List.of(), "application/json", "{\"login\":\"admin\"}".getBytes(StandardCharsets.US_ASCII)));
        malformedOutcome("XML body to the sign-in form", anonymous.send("POST", loginAction, Site.SAME_ORIGIN,
                List.of(), "text/xml", "<login>admin</login>".getBytes(StandardCharsets.US_ASCII)));
        malformedOutcome("multipart body to a plain form", anonymous.send("POST", loginAction, Site.SAME_ORIGIN,
                List.of(), "multipart/form-data; boundary=XYZ", "--XYZ\r\n\r\n--XYZ--\r\n"
                        .getBytes(StandardCharsets.US_ASCII)));

        StringBuilder params = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            params.append(i == 0 ? "" : "&").append("p").append(i).append("=v");
        }
        malformedOutcome("5,000 form parameters", anonymous.send("POST", loginAction, Site.SAME_ORIGIN, List.of(),
                "application/x-www-form-urlencoded", params.toString().getBytes(StandardCharsets.US_ASCII)));
        malformedOutcome("5,000 query parameters", principal.get(principal.uri("/home?" + params), Site.SAME_ORIGIN));
        String hundredK = "a".repeat(100 * 1024);
        malformedOutcome("100 KB URL query", anonymous.get(anonymous.uri("/login?x=" + hundredK), Site.SAME_ORIGIN));
        malformedOutcome("100 KB URL path", principal.get(principal.uri("/m/" + hundredK + "/x"), Site.SAME_ORIGIN));
        String twoHundredK = "b".repeat(200 * 1024);
        malformedOutcome("200 KB header", anonymous.send("GET", anonymous.uri("/login"), Site.SAME_ORIGIN,
                List.<String[]>of(new String[] {"X-Filler", twoHundredK}), null, null));
        malformedOutcome("200 KB cookie", anonymous.send("GET", anonymous.uri("/login"), Site.SAME_ORIGIN,
                List.<String[]>of(new String[] {"Cookie", "c=" + twoHundredK}), null, null));

        for (String path : List.of("/home?x=%zz", "/home?x=%", "/m/%zz/board", "/login?lang=%E0%A4%A",
                "/download/export/plan/%zz.pdf", "/m/%C3%28/board", "/home?x=%FF%FE", "/login?lang=%C0%AF",
                "/m/plan/plans?school=%ED%A0%80", "/wicket/resource/%zz")) {
            malformedOutcome("bad encoding GET " + path, principal.raw(principal.requestBytes("GET", path,
                    List.<String[]>of(new String[] {"Cookie", SESSION_COOKIE + "=" + principal.cookie(SESSION_COOKIE)}),
                    null)));
        }
        for (String body : List.of("login=%zz&password=%", "login=%FF%FE%FD&password=%C3%28",
                "login=a&&&==&password")) {
            malformedOutcome("bad encoding in the sign-in body " + body, anonymous.send("POST", loginAction,
                    Site.SAME_ORIGIN, List.of(), "application/x-www-form-urlencoded",
                    body.getBytes(StandardCharsets.US_ASCII)));
        }
        byte[] invalidUtf8 = {'l', 'o', 'g', 'i', 'n', '=', (byte) 0xff, (byte) 0xfe, (byte) 0xc3, '&', 'p', '=', 'x'};
        malformedOutcome("raw invalid UTF-8 in the sign-in body", anonymous.send("POST", loginAction, Site.SAME_ORIGIN,
                List.of(), "application/x-www-form-urlencoded; charset=UTF-8", invalidUtf8));
        byte[] rawPath = "GET /m/\u00ff\u00fe/board HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        malformedOutcome("raw invalid UTF-8 in the path", anonymous.raw(rawPath));

        for (String request : List.of(
                "GARBAGE\r\n\r\n",
                "GET /login HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /login HTTP/1.1\r\nConnection: close\r\n\r\n",
                "GET /login HTTP/1.1\r\nHost: x\r\nBroken header line\r\nConnection: close\r\n\r\n",
                "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                "POST " + target + " HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\nConnection: close\r\n\r\nlogin=a",
                "POST " + target + " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                        + "zz\r\n",
                "GET /../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /download/export/..%2f..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /wicket/resource/java.lang.Object/..%2f..%2fMETA-INF%2fMANIFEST.MF HTTP/1.1\r\nHost: x\r\n"
                        + "Connection: close\r\n\r\n",
                "GET /home?999999-1.-content-form HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "GET /home?abc-def.-../../x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")) {
            malformedOutcome("raw request " + AttackPayloads.snippet(request.replace("\r\n", "⏎")),
                    anonymous.raw(request.getBytes(StandardCharsets.ISO_8859_1)));
        }
        for (String listener : List.of("?999999-1.-content-form", "?2-1.-content-..-..-x", "?x-y.z-",
                "?2-99999999999999999999.-content-form", "?-1.-form&login=a")) {
            malformedOutcome("forged listener URL " + listener, principal.get(principal.uri("/m/notices/board"
                    + listener), Site.SAME_ORIGIN));
        }
    }

    private void malformedOutcome(String what, Response r) throws IOException {
        ledger.attempt(Kind.MALFORMED);
        String text = r.text();
        // 505 is the right answer to an unknown HTTP version, not a failure
        if (r.hops().stream().anyMatch(s -> s >= 500 && s != 505)) {
            ledger.success(Kind.MALFORMED, what + " → server error " + r.hops());
        } else if (AttackPayloads.internalErrorPage(text)) {
            ledger.success(Kind.MALFORMED, what + " → internal-error page");
        }
        String trace = AttackPayloads.stackTrace(text);
        if (trace != null) {
            ledger.success(Kind.MALFORMED, what + " → stack trace in the body: " + trace);
        }
        Response login = new AttackClient(port).get("/login");
        if (login.status() != 200) {
            ledger.success(Kind.MALFORMED, what + " → the login page no longer answers (" + login.status() + ")");
        }
        ledger.note("malformed: " + what + " → " + r.hops());
    }
}
