package vn.edu.caitien.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.itests.AttackClient.Response;
import vn.edu.caitien.itests.AttackCrawler.FormSite;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * "Vietnamese first": no page of the portal in Vietnamese shows English. Boots the portal with the demo data (and the
 * notice board of {@code sample-module}), signs in as every demo role in Vietnamese, crawls the home page, every
 * navigation panel and the links found (two steps deep, {@link AttackCrawler}: links that change data or the session
 * are not followed), then submits each distinct form once with its text fields and drop-down lists emptied, to bring
 * up the validation messages, and once more with words in its number and date fields, to bring up the converters'
 * (never a button or form that purges, deletes, removes, publishes, approves or signs out). Also the login page
 * (empty and wrong sign-in), access denied, an unknown page and an expired page. Every page's visible text is checked
 * by {@link LanguageCheck}; the page must also say {@code lang="vi"}. Writes
 * {@code target/trust-reports/language.txt} with the summary line {@code Language: N pages, F forms submitted, K
 * findings} and every finding (kind, text, roles, pages), and fails on any finding.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LanguageIT {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageIT.class);

    /** The demo roles, with the school picked for accounts that see several. */
    static final List<AttackRun.Role> ROLES = List.of(new AttackRun.Role("hieutruong", null),
            new AttackRun.Role("giaovien", null), new AttackRun.Role("giamsat", null),
            new AttackRun.Role("phuong", "school=thcs-kinhbac"), new AttackRun.Role("so", "school=thcs-kinhbac"),
            new AttackRun.Role("admin", "school=thcs-kinhbac"));
    private static final int DEPTH = 2;
    /** Forms and buttons never submitted: they destroy data, sign out or move a plan through its workflow. */
    private static final List<String> NEVER = List.of("purge", "delete", "remove", "logout", "publish", "approve",
            "confirm", "cancel", "archive", "restore", "return", "copy", "close", "reuse");
    /** The same in the captions of buttons without a name. */
    private static final List<String> NEVER_CAPTIONS = List.of("xoá", "xóa", "đăng xuất", "công bố", "duyệt", "huỷ",
            "hủy", "khôi phục", "trả lại", "sao chép", "khoá sổ", "khóa sổ", "đóng");
    /** Buttons that save or check what was typed, most likely first (the others only when none of these). */
    private static final List<String> SUBMIT_FIRST = List.of("save", "saveAction", "saveRow", "send", "upload", "read",
            "check", "submit", "savePeriods", "add", "create", "show", "compare", "preview", "search");

    /** Fields that take a number, a date or a time (by the last part of their name), typed wrong once. */
    private static final Set<String> TYPED_FIELDS = Set.of("date", "asOf", "issuedOn", "time", "percent", "spent",
            "month", "number", "fromYear", "year", "unmet", "amount", "deadline", "due", "periodFrom", "periodTo");
    /** What is typed into them: neither a number nor a date. */
    private static final String NOT_A_NUMBER = "không phải số";

    @Inject
    private BundleContext context;

    private LanguageCheck check;
    private int pages;
    private int formsSubmitted;
    private int wrongTypedSubmitted;
    private final List<String> submitted = new ArrayList<>();
    /** What was read, for the report: pages per role and panel, and the pages met when something goes wrong. */
    private final Map<String, Map<String, Integer>> coverage = new LinkedHashMap<>();
    /** Findings by kind, detail and text; each with the roles and pages that showed it. */
    private final Map<String, Finding> findings = new LinkedHashMap<>();

    /** One finding and where it was seen. */
    private record Finding(LanguageCheck.Hit hit, Set<String> roles, Set<String> pages) {
    }

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void noEnglishInTheVietnamesePortal() throws Exception {
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);
        SchoolDirectory directory = PortalConfiguration.service(context, SchoolDirectory.class, 60);
        PortalConfiguration.webClient(context);
        WebAttackIT.waitForTheDemoPlans(plans, directory);
        Bundle notices = context.installBundle(PortalConfiguration.sampleModuleJar().toUri().toString());
        notices.start();
        SchemaMigrator migrator = PortalConfiguration.service(context, SchemaMigrator.class, 60);
        PortalConfiguration.waitFor("notice board", () -> migrator.currentVersion("notices") >= 1
                && noticeBoardRegistered());

        check = new LanguageCheck(LanguageCheck.catalogue(context.getBundles()));
        detectorsWork();
        long started = System.nanoTime();
        int port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));

        // the login page, empty and wrong sign-in
        AttackClient anonymous = new AttackClient(port);
        Response login = anonymous.get("/login");
        page(login, "anonymous", "/login");
        HtmlForm loginForm = login.forms().get(0);
        page(submit(anonymous, loginForm.fill(), null), "anonymous", "/login [empty sign-in]");
        page(signIn(anonymous, "hieutruong", "sai-mat-khau"), "anonymous", "/login [wrong password]");

        Map<String, AttackClient> clients = new LinkedHashMap<>();
        List<FormSite> forms = new ArrayList<>();
        Set<String> formKeys = new LinkedHashSet<>();
        for (AttackRun.Role role : ROLES) {
            AttackClient client = new AttackClient(port);
            Response home = signIn(client, role.login(), "demo");
            assertTrue("sign-in of " + role.login(), home.status() == 200 && !home.landedOnLogin());
            clients.put(role.login(), client);
            AttackCrawler.Site site = AttackCrawler.crawl(client, role.login(), role.schoolParameter(), DEPTH);
            for (AttackCrawler.Visit visit : site.visits) {
                page(visit.response(), role.login(), visit.route().toString());
            }
            for (FormSite form : site.forms) {
                if (formKeys.add(form.genericKey())) {
                    forms.add(form);
                }
            }
        }
        // forms after every crawl, so that what they may create changes no role's crawl; the deepest first, since a
        // form that saves may change what the steps to a deeper one find (a plan's place in the list, its lines)
        forms.sort(Comparator.comparingInt((FormSite f) -> -f.route().steps().size()));
        List<String> skipped = new ArrayList<>();
        for (FormSite site : forms) {
            String why = submitEmpty(clients.get(site.route().role()), site);
            if (why != null) {
                skipped.add(site.route() + " # " + site.form().componentPath() + ": " + why);
            }
        }
        // the pages a user meets when something goes wrong
        AttackClient teacher = clients.get("giaovien");
        page(teacher.get("/admin/modules"), "giaovien", "/admin/modules [access denied]");
        page(teacher.get("/m/khong-co/trang-nay"), "giaovien", "/m/khong-co/trang-nay [unknown panel]");
        page(teacher.get("/wicket/page?987654"), "giaovien", "/wicket/page?987654 [expired page]");
        page(teacher.get("/home?987654-1.-logout"), "giaovien", "/home?987654-1.-logout [expired link]");
        page(teacher.get("/khong-co-trang-nay"), "giaovien", "/khong-co-trang-nay [unknown path]");
        page(teacher.get("/download/export/plan/987654.pdf"), "giaovien",
                "/download/export/plan/987654.pdf [no such plan]");
        page(teacher.get("/download/khong-co/tep.pdf"), "giaovien", "/download/khong-co/tep.pdf [no such module]");
        page(teacher.get("/download/export/plan/abc.xyz"), "giaovien", "/download/export/plan/abc.xyz [malformed]");
        page(teacher.get("/download/monitoring/evidence/987654"), "giaovien",
                "/download/monitoring/evidence/987654 [no such evidence]");
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        String summary = "Language: " + pages + " pages, " + formsSubmitted + " forms submitted, " + findings.size()
                + " findings";
        List<String> lines = new ArrayList<>();
        lines.add(summary);
        lines.add("Roles " + ROLES.stream().map(AttackRun.Role::login).toList() + "; " + wrongTypedSubmitted
                + " forms also submitted with words in their number and date fields; " + check.catalogueSize()
                + " English message texts known, " + AttackClient.allRequests() + " HTTP requests in " + seconds
                + " s.");
        lines.add("");
        for (Finding f : findings.values()) {
            lines.add(describe(f));
        }
        lines.add("");
        lines.add("Pages read, by role and start page (status):");
        coverage.forEach((role, panels) -> lines.add("  " + role + ": " + panels));
        lines.add("Forms submitted (" + submitted.size() + "):");
        submitted.forEach(s -> lines.add("  " + s));
        lines.add("Forms not submitted (" + skipped.size() + "):");
        skipped.forEach(s -> lines.add("  " + s));
        Path report = Path.of("target", "trust-reports", "language.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
        LOG.info("{} (report {})", summary, report.toAbsolutePath());
        System.out.println(summary + " (" + seconds + " s)");

        // the suite must have reached something, or "0 findings" means nothing
        assertTrue("pages checked: " + pages, pages >= 100);
        assertTrue("forms submitted: " + formsSubmitted, formsSubmitted >= 20);
        if (!findings.isEmpty()) {
            fail(summary + "\n" + String.join("\n", lines.subList(3, 3 + findings.size())));
        }
    }

    /** The detectors find English where it is shown and stay quiet where it is not (scripts, typed text). */
    private void detectorsWork() {
        String shown = "<html lang=\"vi\"><body><select><option value=\"\">Choose One</option></select>"
                + "<span>Trường &#39;Ngày&#39; is required.</span><p>[plan.title]</p><p>Ngày 2026-11-30</p>"
                + "<p>java.lang.IllegalStateException</p><input type=\"submit\" value=\"Go to next page\"></body>";
        String hidden = "<html lang=\"vi\"><head><script>var s = 'Choose One java.lang.Exception 2026-11-30';</script>"
                + "<style>.x{content:'Please '}</style></head><body><textarea name=\"t\">Please 2026-11-30</textarea>"
                + "<p>Kế hoạch năm học 2025-2026, ngày 30/11/2026</p></body>";
        List<LanguageCheck.Hit> found = check.check(visible(shown));
        Set<String> kinds = new LinkedHashSet<>();
        found.forEach(h -> kinds.add(h.kind()));
        boolean ok = kinds.containsAll(List.of("Wicket default", "missing resource [key]", "date not dd/MM/yyyy",
                "exception or class name", "English message")) && check.check(visible(hidden)).isEmpty()
                && check.catalogueSize() > 100;
        assertTrue("the detectors find shown English and not hidden text: " + found + " / "
                + check.check(visible(hidden)) + ", catalogue " + check.catalogueSize(), ok);
    }

    private static List<LanguageCheck.Piece> visible(String html) {
        return LanguageCheck.visibleText(HtmlForm.tags(html), html);
    }

    /** Checks a page's visible text and its language. */
    private void page(Response page, String role, String where) {
        if (page == null) {
            return;
        }
        boolean plain = page.header("Content-Type").toLowerCase(Locale.ROOT).startsWith("text/plain")
                || page.status() >= 400 && page.header("Content-Type").isEmpty() && page.body().length > 0;
        if (!page.isHtml() && !plain) {
            return;
        }
        pages++;
        String panel = Arrays.stream(where.split(" ")).filter(w -> w.startsWith("/")).findFirst()
                .orElse(where).split("\\?", 2)[0];
        coverage.computeIfAbsent(role, r -> new TreeMap<>()).merge(panel + " (" + page.status() + ")", 1,
                Integer::sum);
        String at = where + " (" + page.status() + " " + page.uri().getRawPath()
                + (page.uri().getRawQuery() == null ? "" : "?" + page.uri().getRawQuery()) + ")";
        if (plain) {
            // an error the server answered as text: read as it is
            for (LanguageCheck.Hit hit : check.check(List.of(new LanguageCheck.Piece(page.text().trim(), "text")))) {
                record(hit, role, at);
            }
            return;
        }
        List<HtmlForm.Tag> tags = page.tags();
        String lang = tags.stream().filter(t -> t.name().equals("html") && !t.closing()).map(t -> t.attr("lang"))
                .filter(l -> l != null).findFirst().orElse("(none)");
        if (!lang.equals("vi")) {
            record(new LanguageCheck.Hit("page not in Vietnamese", "<html lang=\"" + lang + "\">", "", "html"), role,
                    at);
        }
        for (LanguageCheck.Hit hit : check.check(LanguageCheck.visibleText(tags, page.text()))) {
            record(hit, role, at);
        }
    }

    private void record(LanguageCheck.Hit hit, String role, String where) {
        String key = hit.kind() + "|" + hit.detail() + "|" + hit.text() + "|" + hit.element();
        Finding f = findings.computeIfAbsent(key, k -> new Finding(hit, new LinkedHashSet<>(), new LinkedHashSet<>()));
        f.roles().add(role);
        f.pages().add(where);
    }

    private static String describe(Finding f) {
        String text = f.hit().text().length() > 240 ? f.hit().text().substring(0, 240) + "…" : f.hit().text();
        StringBuilder line = new StringBuilder("[").append(f.hit().kind()).append("] ").append(f.hit().detail())
                .append("\n    text: ").append(text).append("\n    in: ").append(f.hit().element())
                .append("\n    roles: ").append(f.roles())
                .append("\n    pages (").append(f.pages().size()).append("):");
        f.pages().stream().limit(3).forEach(p -> line.append("\n      ").append(p));
        return line.toString();
    }

    /**
     * Opens the form's page afresh and submits it with its text fields and drop-down lists emptied (check boxes,
     * radio buttons and hidden fields as they are), pressing its saving button.
     *
     * @return why it was not submitted, or null when it was
     */
    private String submitEmpty(AttackClient client, FormSite site) throws IOException {
        String path = site.form().componentPath().toLowerCase(Locale.ROOT);
        if (NEVER.stream().anyMatch(path::contains)) {
            return "a form that " + NEVER.stream().filter(path::contains).findFirst().orElseThrow();
        }
        Response page = AttackCrawler.replay(client, site.route());
        HtmlForm form = page == null ? null : AttackCrawler.form(page, site.form().componentPath());
        if (form == null) {
            return "gone on replay";
        }
        HtmlForm.Button button = button(form);
        if (button == null && !form.buttons().isEmpty()) {
            return "only buttons never pressed: " + form.buttons().stream()
                    .map(b -> b.name() == null ? b.label() : b.name()).toList();
        }
        HtmlForm.Fill fill = form.fill();
        for (HtmlForm.Field f : form.fields()) {
            if (f.isText()) {
                fill.set(f.name(), "");
            } else if (f.isSelect() && f.options().stream().anyMatch(o -> o.value().isEmpty())) {
                fill.set(f.name(), "");
            }
        }
        formsSubmitted++;
        String pressed = button == null || button.name() == null ? "" : ", " + AttackRun.lastPart(button.name());
        String where = site.route() + " # " + form.componentPath() + " [submitted empty" + pressed + "]";
        submitted.add(where);
        page(submit(client, fill, button), site.route().role(), where);
        // once more with words where a number or a date is expected: the converters' messages
        List<HtmlForm.Field> typed = form.fields().stream().filter(f -> f.isText()
                && (Set.of("number", "date", "time", "month").contains(f.type())
                || TYPED_FIELDS.contains(AttackRun.lastPart(f.name())))).toList();
        if (!typed.isEmpty()) {
            page = AttackCrawler.replay(client, site.route());
            form = page == null ? null : AttackCrawler.form(page, site.form().componentPath());
            HtmlForm.Button again = form == null ? null : button(form);
            if (form != null && (again != null || form.buttons().isEmpty())) {
                HtmlForm.Fill wrong = form.fill();
                typed.forEach(f -> wrong.set(f.name(), NOT_A_NUMBER));
                wrongTypedSubmitted++;
                String how = site.route() + " # " + form.componentPath() + " [" + typed.stream()
                        .map(f -> AttackRun.lastPart(f.name())).distinct().toList() + " = '" + NOT_A_NUMBER + "'"
                        + pressed + "]";
                submitted.add(how);
                page(submit(client, wrong, again), site.route().role(), how);
            }
        }
        return null;
    }

    /** @return the button that saves or checks, or the first one that is not in {@link #NEVER}; null if none */
    private static HtmlForm.Button button(HtmlForm form) {
        List<HtmlForm.Button> allowed = form.buttons().stream().filter(b -> b.name() == null
                ? NEVER_CAPTIONS.stream().noneMatch(b.label().toLowerCase(Locale.ROOT)::contains)
                : NEVER.stream().noneMatch(n -> AttackRun.lastPart(b.name()).toLowerCase(Locale.ROOT).contains(n))
                && !b.name().equals("op")).toList();
        for (String name : SUBMIT_FIRST) {
            for (HtmlForm.Button b : allowed) {
                if (b.name() != null && AttackRun.lastPart(b.name()).equals(name)) {
                    return b;
                }
            }
        }
        return allowed.isEmpty() ? null : allowed.get(0);
    }

    private static Response submit(AttackClient client, HtmlForm.Fill fill, HtmlForm.Button button)
            throws IOException {
        if (button != null) {
            fill.press(button);
        }
        return client.send("POST", fill.form().action(), AttackClient.Site.SAME_ORIGIN, List.of(),
                fill.contentType(), fill.body());
    }

    /** Signs in through the login form, in the portal's default language (Vietnamese). */
    private static Response signIn(AttackClient client, String user, String password) throws IOException {
        Response page = client.get("/login");
        HtmlForm form = page.forms().get(0);
        HtmlForm.Fill fill = form.fill();
        for (HtmlForm.Field f : form.fields()) {
            if ("password".equals(f.type())) {
                fill.set(f.name(), password);
            } else if (f.isText()) {
                fill.set(f.name(), user);
            }
        }
        return submit(client, fill, null);
    }

    private boolean noticeBoardRegistered() {
        try {
            ServiceReference<?>[] panels = context.getServiceReferences(PanelContribution.class.getName(),
                    "(portal.panel.module=notices)");
            return panels != null && panels.length > 0;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
