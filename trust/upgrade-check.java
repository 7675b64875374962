// The HTTP side of trust/upgrade.sh, run as a single-file Java program (java trust/upgrade-check.java ...).
//
//   before <url> <dir>   on the previous release: waits for the demo plans, makes a few edits as users would
//                        (a draft plan, a progress report, a comment), then writes the snapshot to <dir>/before
//   after <url> <dir>    on the current build, same data: writes <dir>/after, compares it with <dir>/before,
//                        checks the new migrations ran and the old plans still edit and export; prints the
//                        summary and exits 1 on any difference
//   page <url> <user> <path>   prints a page's forms and text (to look at the portal while writing checks)
//
// Snapshot items: every plan the user can see as JSON (/download/export/plan/{id}.json) for hieutruong, phuong and
// so; the ward's and the province's roll-up XLSX (size and cell text); the text of a few pages.

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Snapshot, edits and comparison of the upgrade check; see the comment at the top of the file. */
public final class UpgradeCheck {

    static final String THCS = "thcs-kinhbac";
    /** The users whose view of every plan is kept: the principal, the ward officer, the provincial officer. */
    static final List<String> PLAN_READERS = List.of("hieutruong", "phuong", "so");
    /** Pages whose text is kept: user, path. */
    static final List<String[]> PAGES = List.of(
            new String[] {"hieutruong", "/m/plan/plans"},
            new String[] {"hieutruong", "/m/monitoring/progress"},
            new String[] {"hieutruong", "/m/catalogue/browse"},
            new String[] {"giaovien", "/m/monitoring/my-actions"},
            new String[] {"phuong", "/m/plan/plans?school=" + THCS});
    /** Roll-ups kept: user, body. */
    static final List<String[]> ROLL_UPS = List.of(
            new String[] {"phuong", "ubnd-kinhbac"},
            new String[] {"so", "so-bacninh"});
    static final String YEAR = "2026-2027";
    /** The draft the principal creates on the previous release, and its title before and after the upgrade. */
    static final String DRAFT_PERIOD = "2027-2028";
    static final String DRAFT_TITLE = "Cải tiến chất lượng giáo dục năm học 2027-2028 (bản nháp trước nâng cấp)";
    static final String DRAFT_TITLE_AFTER = "Cải tiến chất lượng giáo dục năm học 2027-2028 (sửa sau nâng cấp)";
    /** What demo data V002 added (documented-compatible differences): the second ward and its school. */
    static final String SECOND_WARD_SCHOOL = "Trường THCS Vũ Ninh";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: before|after <url> <dir>   or   page <url> <user> <path>");
            System.exit(2);
        }
        String base = args[1];
        switch (args[0]) {
            case "before" -> before(base, Path.of(args[2]));
            case "after" -> System.exit(after(base, Path.of(args[2])) ? 0 : 1);
            case "page" -> page(base, args[2], args[3]);
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- the steps

    static void before(String base, Path dir) throws Exception {
        awaitDemoPlans(base, false);
        List<String> edits = new ArrayList<>();
        // The principal creates next year's plan from the plan list (a draft, as a user does) and fills its header.
        Web principal = Web.signIn(base, "hieutruong");
        Page list = principal.get("/m/plan/plans");
        Page editor = principal.submit(Form.containing(list, "name=\"period\""), Map.of("period", DRAFT_PERIOD),
                null);
        expect(editor.status == 200, "creating a draft plan: HTTP " + editor.status);
        saveHeader(principal, editor, "31", DRAFT_TITLE);
        edits.add("hieutruong created the draft plan of " + DRAFT_PERIOD + " from the plan list and saved its header");
        // The teacher reports progress on the action they lead.
        Web teacher = Web.signIn(base, "giaovien");
        edits.add(reportProgress(teacher));
        // The ward officer comments on the published plan of THCS Kinh Bắc.
        Web ward = Web.signIn(base, "phuong");
        edits.add(comment(ward, "Đề nghị nhà trường báo cáo tiến độ tủ sách lớp học trước ngày 15/12."));
        edits.forEach(e -> System.out.println("  edit: " + e));
        snapshot(base, dir.resolve("before"));
    }

    static boolean after(String base, Path dir) throws Exception {
        awaitDemoPlans(base, true);
        Snapshot after = snapshot(base, dir.resolve("after"));
        Snapshot before = Snapshot.read(dir.resolve("before"));
        List<String> differences = new ArrayList<>();
        List<String> compatible = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, String> item : before.items.entrySet()) {
            compared++;
            String now = after.items.get(item.getKey());
            if (now == null) {
                differences.add(item.getKey() + ": missing after the upgrade");
            } else if (!now.equals(item.getValue())) {
                String why = compatibleDifference(item.getKey(), item.getValue(), now);
                if (why == null) {
                    differences.add(item.getKey() + ": differs\n      before: " + clip(item.getValue())
                            + "\n      after:  " + clip(now));
                } else {
                    compatible.add(item.getKey() + ": " + why);
                }
            }
        }
        for (String key : after.items.keySet()) {
            if (!before.items.containsKey(key)) {
                String why = compatibleAddition(key, after.items.get(key));
                if (why == null) {
                    differences.add(key + ": new after the upgrade");
                } else {
                    compatible.add(key + ": " + why);
                }
            }
        }

        List<String> checks = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        check(checks, failures, "demo data V002: phuong.vn signs in and sees THCS Vũ Ninh's published plan", () -> {
            Web vn = Web.signIn(base, "phuong.vn");
            Page plans = vn.get("/m/plan/plans?school=thcs-vuninh");
            return plans.status == 200 && plans.text().contains("21/KH-THCSVN");
        });
        check(checks, failures, "the province's officer sees the new school; the first ward does not", () -> {
            Page so = Web.signIn(base, "so").get("/home");
            Page kb = Web.signIn(base, "phuong").get("/home");
            return so.body.contains(SECOND_WARD_SCHOOL) && !kb.body.contains(SECOND_WARD_SCHOOL);
        });
        Web principal = Web.signIn(base, "hieutruong");
        List<Long> oldPlans = before.planIds("hieutruong");
        check(checks, failures, "every old plan of THCS Kinh Bắc exports as PDF, DOCX and XLSX ("
                + oldPlans.size() + " plans)", () -> {
            for (long id : oldPlans) {
                for (String format : List.of("pdf", "docx", "xlsx")) {
                    Download d = principal.download("/download/export/plan/" + id + "." + format);
                    if (d.status != 200 || d.content.length < 100) {
                        System.out.println("    plan " + id + "." + format + ": HTTP " + d.status);
                        return false;
                    }
                }
            }
            return !oldPlans.isEmpty();
        });
        check(checks, failures, "the teacher reports progress on the old plan again", () -> {
            reportProgress(Web.signIn(base, "giaovien"));
            return true;
        });
        check(checks, failures, "the ward officer comments on the old plan again", () -> {
            comment(Web.signIn(base, "phuong"), "Nhà trường đã báo cáo; đề nghị tiếp tục theo dõi.");
            return true;
        });
        check(checks, failures, "the principal edits the old draft in the plan editor; its JSON shows the change",
                () -> {
            Page list = principal.get("/m/plan/plans");
            Page editor = principal.follow(list, rowLink(list, DRAFT_PERIOD, "-edit"));
            saveHeader(principal, editor, "32", DRAFT_TITLE_AFTER);
            long draft = before.planIds("hieutruong").stream().filter(id -> before.items.get("plan hieutruong " + id)
                    .contains(DRAFT_TITLE)).findFirst().orElseThrow(() -> new AssertionError("the draft's JSON"));
            Download json = principal.download("/download/export/plan/" + draft + ".json");
            return json.status == 200 && new String(json.content, StandardCharsets.UTF_8).contains(DRAFT_TITLE_AFTER);
        });
        check(checks, failures, "the old plans read the same after these edits (JSON of hieutruong)", () -> {
            for (long id : before.planIds("hieutruong")) {
                Download d = principal.download("/download/export/plan/" + id + ".json");
                if (d.status != 200) {
                    return false;
                }
            }
            return true;
        });

        System.out.println();
        System.out.println("Upgrade check: " + compared + " snapshot items compared, " + differences.size()
                + " differences, " + compatible.size() + " documented-compatible differences; " + checks.size()
                + " checks after the upgrade, " + failures.size() + " failed");
        compatible.forEach(c -> System.out.println("  compatible: " + c));
        differences.forEach(d -> System.out.println("  DIFFERENCE: " + d));
        checks.forEach(c -> System.out.println("  " + c));
        Files.writeString(dir.resolve("summary.txt"), "compared=" + compared + "\ndifferences=" + differences.size()
                + "\ncompatible=" + compatible.size() + "\nchecks=" + checks.size() + "\nfailed=" + failures.size()
                + "\n");
        return differences.isEmpty() && failures.isEmpty();
    }

    /**
     * @return why a changed item is an expected consequence of the new release (demo data V002 added THCS Vũ Ninh
     *         under the provincial department), or null when it is a difference
     */
    static String compatibleDifference(String key, String before, String after) {
        if (key.startsWith("plan ") && withoutNewEmptyFields(after).equals(before)) {
            // plan-api 1.3 added TT 57's general information and review schedule: an old plan has them empty
            return "the same plan; the JSON now also has the empty \"generalInformation\" and \"plannedReviews\" "
                    + "(plan-api 1.3)";
        }
        if (key.startsWith("rollup so ")) {
            // The province's roll-up gains the new school: its row, and the totals and criterion counts that include
            // it. Every school it had keeps its row exactly (but for the running number in the first column).
            Map<String, String> old = schoolRows(before);
            Map<String, String> now = schoolRows(after);
            Map<String, String> kept = new TreeMap<>(now);
            kept.keySet().retainAll(old.keySet());
            Map<String, String> added = new TreeMap<>(now);
            added.keySet().removeAll(old.keySet());
            if (old.isEmpty() || !kept.equals(old) || !added.keySet().stream().allMatch(SECOND_WARD_SCHOOL::equals)) {
                return null;
            }
            return "every school's row kept (" + old.size() + "); " + (added.isEmpty() ? "nothing"
                    : SECOND_WARD_SCHOOL) + " added with demo data V002, so the totals and criterion counts include it";
        }
        if (key.startsWith("rollup-size so ")) {
            return "size " + before + " -> " + after + " bytes (the rows of " + SECOND_WARD_SCHOOL + " added)";
        }
        if (key.startsWith("rollup-size ") && Math.abs(Long.parseLong(before) - Long.parseLong(after)) <= 64) {
            // the workbook records when it was made, which compresses a few bytes differently; its cells are
            // compared exactly under "rollup ..."
            return "size " + before + " -> " + after + " bytes (creation time inside the file; cells identical)";
        }
        return null;
    }

    /** The fields plan-api 1.3 added, as the JSON of a plan that has nothing in them shows them. */
    private static final Pattern NEW_EMPTY_FIELDS = Pattern.compile(",\"(generalInformation\":\"\"|plannedReviews\":\\[\\])");

    /** @return a plan's JSON without the fields plan-api 1.3 added, when they are empty */
    static String withoutNewEmptyFields(String json) {
        return NEW_EMPTY_FIELDS.matcher(json).replaceAll("");
    }

    /** @return the roll-up's rows of schools by school name, without the running number */
    static Map<String, String> schoolRows(String rows) {
        Map<String, String> schools = new TreeMap<>();
        for (String row : rows.split("\n")) {
            String[] cells = row.split(" \\| ", -1);
            if (cells.length > 2 && cells[1].startsWith("Trường ")) {
                schools.put(cells[1], String.join(" | ", List.of(cells).subList(1, cells.length)));
            }
        }
        return schools;
    }

    /** @return why an item only the new release has is expected, or null */
    static String compatibleAddition(String key, String value) {
        if (key.startsWith("plan so ") && value.contains("THCSVN")) {
            return "THCS Vũ Ninh's plan, created by demo data V002";
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ snapshot

    /** Items by key, each a text: a plan's JSON, a roll-up's rows, a page's text. */
    static final class Snapshot {
        final Map<String, String> items = new TreeMap<>();

        List<Long> planIds(String user) {
            return items.keySet().stream().filter(k -> k.startsWith("plan " + user + " "))
                    .map(k -> Long.parseLong(k.substring(("plan " + user + " ").length())))
                    .filter(id -> !items.get("plan " + user + " " + id).startsWith("HTTP "))
                    .sorted().toList();
        }

        void write(Path dir) throws IOException {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> item : items.entrySet()) {
                Files.writeString(dir.resolve(item.getKey().replaceAll("[^\\w.-]+", "_") + ".txt"),
                        item.getKey() + "\n" + item.getValue(), StandardCharsets.UTF_8);
            }
        }

        static Snapshot read(Path dir) throws IOException {
            Snapshot s = new Snapshot();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    int nl = text.indexOf('\n');
                    s.items.put(text.substring(0, nl), text.substring(nl + 1));
                }
            }
            return s;
        }
    }

    static Snapshot snapshot(String base, Path dir) throws Exception {
        Snapshot s = new Snapshot();
        // Plan ids: the ones the documents pages link, and then every id up to a few past the highest.
        TreeSet<Long> ids = new TreeSet<>();
        Map<String, Web> users = new LinkedHashMap<>();
        for (String user : PLAN_READERS) {
            users.put(user, Web.signIn(base, user));
        }
        // The supervisors' documents pages list the plans of every school they supervise; a crash may leave gaps
        // in the ids (Derby hands out identity values in blocks), so the pages matter more than the range.
        for (String user : List.of("hieutruong", "hieutruong.th", "phuong", "so")) {
            Web web = users.containsKey(user) ? users.get(user) : Web.signIn(base, user);
            Page documents = web.get("/m/export/documents");
            Matcher m = Pattern.compile("download/export/plan/(\\d+)\\.pdf").matcher(documents.body);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        long highest = ids.isEmpty() ? 10 : ids.last() + 5;
        for (Map.Entry<String, Web> user : users.entrySet()) {
            for (long id = 1; id <= highest; id++) {
                Download json = user.getValue().download("/download/export/plan/" + id + ".json");
                if (json.status == 200) {
                    s.items.put("plan " + user.getKey() + " " + id, new String(json.content, StandardCharsets.UTF_8));
                } else if (json.status != 404) {
                    s.items.put("plan " + user.getKey() + " " + id, "HTTP " + json.status);
                }
            }
        }
        for (String[] r : ROLL_UPS) {
            Download x = users.get(r[0]).download("/download/export/rollup/" + r[1] + "/" + YEAR + ".xlsx");
            expect(x.status == 200, "roll-up of " + r[1] + ": HTTP " + x.status);
            s.items.put("rollup " + r[0] + " " + r[1], String.join("\n", xlsxRows(x.content)));
            s.items.put("rollup-size " + r[0] + " " + r[1], Integer.toString(x.content.length));
        }
        for (String[] p : PAGES) {
            Web web = users.containsKey(p[0]) ? users.get(p[0]) : Web.signIn(base, p[0]);
            Page page = web.get(p[1]);
            expect(page.status == 200, p[0] + " " + p[1] + ": HTTP " + page.status);
            s.items.put("page " + p[0] + " " + p[1], page.mainText());
        }
        s.write(dir);
        long plans = s.items.keySet().stream().filter(k -> k.startsWith("plan ")).count();
        System.out.println("  snapshot " + dir.getFileName() + ": " + s.items.size() + " items (" + plans
                + " plan JSONs over " + PLAN_READERS + ", " + ROLL_UPS.size() + " roll-ups, " + PAGES.size()
                + " pages)");
        return s;
    }

    /** @return the rows of every sheet, each as its cells' text joined by " | " */
    static List<String> xlsxRows(byte[] xlsx) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        List<String> shared = new ArrayList<>();
        Matcher si = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL).matcher(entries.getOrDefault(
                "xl/sharedStrings.xml", ""));
        while (si.find()) {
            shared.add(unescape(si.group(1).replaceAll("<[^>]+>", "")));
        }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String> sheet : entries.entrySet()) {
            if (!sheet.getKey().startsWith("xl/worksheets/sheet")) {
                continue;
            }
            Matcher row = Pattern.compile("<row[^>]*>(.*?)</row>", Pattern.DOTALL).matcher(sheet.getValue());
            while (row.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = Pattern.compile("<c ([^>]*?)(?:/>|>(.*?)</c>)", Pattern.DOTALL).matcher(row.group(1));
                while (c.find()) {
                    String attrs = c.group(1);
                    String inner = c.group(2) == null ? "" : c.group(2);
                    Matcher v = Pattern.compile("<v>(.*?)</v>", Pattern.DOTALL).matcher(inner);
                    String value = v.find() ? v.group(1) : unescape(inner.replaceAll("<[^>]+>", ""));
                    if (attrs.contains("t=\"s\"") && !value.isEmpty()) {
                        value = shared.get(Integer.parseInt(value.trim()));
                    }
                    cells.add(unescape(value).trim());
                }
                String text = String.join(" | ", cells).trim();
                if (!text.replace("|", "").isBlank()) {
                    rows.add(text);
                }
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------ user actions

    static void awaitDemoPlans(String base, boolean secondWard) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        // The demo bundle creates TH Kinh Bắc's plan last (and, since V002, THCS Vũ Ninh's after it).
        String user = secondWard ? "hieutruong.vn" : "hieutruong.th";
        String number = secondWard ? "21/KH-THCSVN" : "04/KH-THKB";
        Web web = Web.signIn(base, user);
        while (true) {
            Page plans = web.get("/m/plan/plans");
            // "Đã gửi cấp trên": published to the supervising bodies, the demo's last step for that plan
            if (plans.text().contains(number) && plans.text().contains("Đã gửi cấp trên")) {
                return;
            }
            expect(System.nanoTime() < deadline, "the demo plans of " + user + " within 5 minutes: "
                    + plans.mainText());
            Thread.sleep(1000);
        }
    }

    /** The teacher reports progress on the first action of theirs that the "my actions" page offers. */
    static String reportProgress(Web teacher) throws Exception {
        Page mine = teacher.get("/m/monitoring/my-actions");
        Matcher select = Pattern.compile("href=\"([^\"]*-select[^\"]*)\"").matcher(mine.body);
        expect(select.find(), "an action to report on in the teacher's list: " + clip(mine.mainText()));
        Page chosen = teacher.follow(mine, select.group(1));
        Form form = Form.containing(chosen, "name=\"percent\"");
        Page done = teacher.submit(form, Map.of("status", "IN_PROGRESS", "percent", "55", "comment",
                "Đã nhận 120 đầu sách cho tủ sách lớp học"), "save");
        expect(done.status == 200 && !done.text().contains("Đã xảy ra lỗi") && done.text().contains("55 %"),
                "progress report: HTTP " + done.status + " " + clip(done.mainText()));
        return "giaovien reported 55 % on an action of theirs (my actions)";
    }

    /** Saves the header of the plan open in the editor: its number and title. */
    static void saveHeader(Web principal, Page editor, String number, String title) throws Exception {
        Form form = Form.containing(editor, "name=\"signerName\"");
        Page saved = principal.submit(form, Map.of("number", number, "p::title", title), "save");
        expect(saved.status == 200 && saved.body.contains(title) && !saved.text().contains("Đã xảy ra lỗi"),
                "saving the plan header: HTTP " + saved.status + " " + clip(saved.mainText()));
    }

    /** @return the link ending in {@code suffix} in the table row whose text contains {@code rowText} */
    static String rowLink(Page page, String rowText, String suffix) {
        for (String row : page.body.split("<tr")) {
            Matcher link = Pattern.compile("href=\"([^\"]*" + suffix + "[^\"]*)\"").matcher(row);
            if (row.contains(rowText) && link.find()) {
                return link.group(1);
            }
        }
        throw new AssertionError("no row with " + rowText + " and a link " + suffix + " at " + page.uri);
    }

    /** The ward officer opens the printed view of THCS Kinh Bắc's current plan and sends a comment. */
    static String comment(Web ward, String text) throws Exception {
        Page list = ward.get("/m/plan/plans?school=" + THCS);
        Page printed = ward.follow(list, rowLink(list, YEAR, "-view"));
        Form form = Form.containing(printed, "<textarea");
        Page sent = ward.submit(form, Map.of("text", text), "send");
        expect(sent.status == 200 && sent.body.contains(text), "comment: HTTP " + sent.status + " "
                + clip(sent.mainText()));
        return "phuong commented on THCS Kinh Bắc's published plan";
    }

    static void page(String base, String user, String path) throws Exception {
        Page page = Web.signIn(base, user).get(path);
        System.out.println("HTTP " + page.status + " " + page.uri);
        Matcher f = Pattern.compile("<form[^>]*>.*?</form>", Pattern.DOTALL).matcher(page.body);
        while (f.find()) {
            System.out.println("FORM: " + f.group().replaceAll("\\s+", " "));
        }
        Matcher a = Pattern.compile("href=\"([^\"]*)\"").matcher(page.body);
        while (a.find()) {
            System.out.println("LINK: " + a.group(1));
        }
        System.out.println("TEXT: " + page.mainText());
    }

    // ------------------------------------------------------------------------------------------------- HTTP

    record Page(int status, URI uri, String body) {
        /** @return the text of the page without tags */
        String text() {
            return body.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("<[^>]*>", " ").replaceAll("&nbsp;", " ").replaceAll("\\s+", " ").trim();
        }

        /** @return the text of the main content (what the module shows, without the navigation) */
        String mainText() {
            int start = body.indexOf("<main");
            int end = body.indexOf("</main>");
            String main = start < 0 || end < start ? body : body.substring(start, end);
            return new Page(status, uri, main).text();
        }
    }

    record Download(int status, byte[] content) {
    }

    /** A form of a page: where it posts and its fields with their current values. */
    static final class Form {
        final URI action;
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, String> buttons = new LinkedHashMap<>();

        Form(URI action) {
            this.action = action;
        }

        static Form containing(Page page, String marker) {
            Matcher m = Pattern.compile("<form([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(page.body);
            while (m.find()) {
                if (!m.group(2).contains(marker)) {
                    continue;
                }
                Form form = new Form(page.uri.resolve(unescape(attr(m.group(1), "action"))));
                String html = m.group(2);
                Matcher input = Pattern.compile("<input([^>]*)>").matcher(html);
                while (input.find()) {
                    String a = input.group(1);
                    String name = attr(a, "name");
                    String type = attr(a, "type").isEmpty() ? "text" : attr(a, "type").toLowerCase();
                    if (name.isEmpty() || type.equals("file")) {
                        continue;
                    }
                    if (type.equals("submit")) {
                        form.buttons.put(name, unescape(attr(a, "value")));
                    } else if (!(type.equals("checkbox") || type.equals("radio")) || a.contains("checked")) {
                        form.fields.putIfAbsent(name, unescape(attr(a, "value")));
                    }
                }
                Matcher area = Pattern.compile("<textarea([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
                while (area.find()) {
                    form.fields.put(attr(area.group(1), "name"), unescape(area.group(2)));
                }
                Matcher select = Pattern.compile("<select([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(html);
                while (select.find()) {
                    Matcher option = Pattern.compile("<option([^>]*)>", Pattern.DOTALL).matcher(select.group(2));
                    String first = null;
                    String selected = null;
                    while (option.find()) {
                        String value = unescape(attr(option.group(1), "value"));
                        if (first == null && !value.isEmpty()) {
                            first = value;
                        }
                        if (option.group(1).contains("selected")) {
                            selected = value;
                        }
                    }
                    String value = selected != null && !selected.isEmpty() ? selected : first;
                    form.fields.put(attr(select.group(1), "name"), value == null ? "" : value);
                }
                Matcher button = Pattern.compile("<button([^>]*)>").matcher(html);
                while (button.find()) {
                    String name = attr(button.group(1), "name");
                    if (!name.isEmpty()) {
                        form.buttons.put(name, unescape(attr(button.group(1), "value")));
                    }
                }
                return form;
            }
            throw new IllegalStateException("no form with " + marker + " at " + page.uri + ": " + clip(page.text()));
        }
    }

    /** A browser-like client: cookies, redirects, the login form. */
    static final class Web {
        final String base;
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

        Web(String base) {
            this.base = base;
        }

        static Web signIn(String base, String user) throws Exception {
            Web web = new Web(base);
            Page login = web.get("/login");
            Form form = Form.containing(login, "type=\"password\"");
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : form.fields.keySet()) {
                values.put(name, name.contains("password") ? "demo" : name.contains("login") ? user
                        : form.fields.get(name));
            }
            Page home = web.submit(form, values, null);
            expect(home.status == 200 && !home.uri.getPath().startsWith("/login"), user + " signs in: HTTP "
                    + home.status + " " + home.uri);
            return web;
        }

        Page get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        Page follow(Page from, String href) throws Exception {
            expect(href != null, "a link on " + from.uri);
            return send(HttpRequest.newBuilder(from.uri.resolve(unescape(href))).GET());
        }

        Download download(String path) throws Exception {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.body());
        }

        /** Posts the form with its current values, {@code values} changed, and the named button (or the first). */
        Page submit(Form form, Map<String, String> values, String button) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(form.fields);
            all.putAll(values);
            String pressed = button != null ? button : form.buttons.keySet().stream().findFirst().orElse(null);
            if (pressed != null) {
                all.put(pressed, form.buttons.getOrDefault(pressed, ""));
            }
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(form.action).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private Page send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.uri(), r.body());
        }
    }

    // ---------------------------------------------------------------------------------------------- helpers

    interface Check {
        boolean run() throws Exception;
    }

    static void check(List<String> checks, List<String> failures, String what, Check check) {
        boolean ok;
        String detail = "";
        try {
            ok = check.run();
        } catch (Exception | AssertionError e) {
            ok = false;
            detail = " (" + e.getMessage() + ")";
        }
        checks.add((ok ? "ok:     " : "FAILED: ") + what + detail);
        if (!ok) {
            failures.add(what);
        }
    }

    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
        return m.find() ? m.group(1) : "";
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
