package vn.edu.caitien.trust.crash;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import vn.edu.caitien.trust.support.HtmlForm;
import vn.edu.caitien.trust.support.Page;
import vn.edu.caitien.trust.support.WebSession;

/**
 * What the crash and backup suites do in the portal, over HTTP as a browser does: a principal writes actions into a
 * draft plan in the plan editor ("Kế hoạch"), a teacher reports progress in "Việc của tôi", and the results are
 * read back from the plan's JSON download and the progress history ("Tiến độ kế hoạch"). The forms are found by
 * their Wicket component paths (see {@code PlanEditorPanel}, {@code MyActionsPanel}, {@code PlanProgressPanel}).
 */
final class PortalSteps {

    static final String PASSWORD = "demo";
    /** The principal of THCS Kinh Bắc: writes plans. */
    static final String PRINCIPAL = "hieutruong";
    /** A teacher of THCS Kinh Bắc who leads an action of the demo plan 2026-2027. */
    static final String TEACHER = "giaovien";
    static final String ADMIN = "admin";
    /** The principal of THCS Vũ Ninh, whose plan the demo loader makes last. */
    static final String LAST_DEMO_PRINCIPAL = "hieutruong.vn";
    /** A plan's status "published" in the plan list. */
    static final String PUBLISHED = "Đã gửi cấp trên";

    /** The plan editor's success message (Vietnamese, the portal's default language). */
    static final String PLAN_SAVED = "Đã lưu kế hoạch.";
    /** "Việc của tôi"'s success message. */
    static final String PROGRESS_SAVED = "Đã lưu báo cáo tiến độ.";

    private static final Pattern PLAN_JSON = Pattern.compile("/download/export/plan/(\\d+)\\.json$");

    private PortalSteps() {
    }

    /**
     * Waits until the portal is up with its demo data: the users can sign in, the demo data loader (a thread of its
     * own after the first start) is done, so that it does not compete with the suite (THCS Vũ Ninh's plan, the last
     * it makes, is published), and the teacher of THCS Kinh Bắc has an action to report on.
     */
    static void awaitDemoData(String baseUrl, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        WebSession lastSchool = signIn(baseUrl, LAST_DEMO_PRINCIPAL, deadline);
        WebSession teacher = signIn(baseUrl, TEACHER, deadline);
        while (!lastSchool.get("/m/plan/plans").text().contains(PUBLISHED)
                || teacher.get("/m/monitoring/my-actions").links("-select").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the demo plans did not appear within " + timeout);
            }
            Thread.sleep(500); // polling the pages: the loader gives no other signal
        }
    }

    /**
     * Signs in as soon as the portal accepts it: the login page is served before the accounts service and the
     * demo accounts are there.
     *
     * @return a session signed in as the user (password {@value #PASSWORD})
     */
    static WebSession signIn(String baseUrl, String user, Duration timeout) throws IOException, InterruptedException {
        return signIn(baseUrl, user, System.nanoTime() + timeout.toNanos());
    }

    private static WebSession signIn(String baseUrl, String user, long deadline)
            throws IOException, InterruptedException {
        while (true) {
            WebSession session = new WebSession(baseUrl);
            try {
                session.login(user, PASSWORD);
                return session;
            } catch (IllegalStateException refused) {
                if (System.nanoTime() > deadline) {
                    throw refused;
                }
                Thread.sleep(500); // polling: the portal gives no signal when its accounts are ready
            }
        }
    }

    /** A draft plan open in one session's plan editor, with one criterion row that actions are added to. */
    static final class DraftEditor {
        private Page page;
        private final String rowKey;

        private DraftEditor(Page page, String rowKey) {
            this.page = page;
            this.rowKey = rowKey;
        }

        /**
         * Creates a draft from the plan list ("Tạo kế hoạch") and adds the catalogue's first criterion as a row.
         *
         * @param principal a signed-in principal
         * @param period    for example {@code 2031-2032}
         */
        static DraftEditor create(WebSession principal, String period) throws IOException {
            Page editor = principal.get("/m/plan/plans").form("-content-create").set("period", period).submit("submit");
            HtmlForm table = editor.form("-content-table");
            String criterion = table.options("criterion").stream().map(HtmlForm.Option::value)
                    .filter(v -> !v.isEmpty()).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no criterion to add"));
            Page withRow = table.set("criterion", criterion).submit("addRow");
            if (!withRow.confirms(PLAN_SAVED)) {
                throw new IllegalStateException("the criterion row was not saved: " + withRow.feedback());
            }
            String row = withRow.form("-content-table").buttonValues("op").stream()
                    .filter(v -> v.startsWith("addAction:")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no row to add actions to")).substring(10);
            return new DraftEditor(withRow, row);
        }

        /**
         * "Thêm công việc" on the row, then the action's form with the description, "Lưu công việc".
         *
         * @return the answer to the save
         * @throws IOException when the portal does not answer
         */
        Page addAction(String description) throws IOException {
            Page open = page.form("-content-table").submit("op", "addAction:" + rowKey);
            page = open.form("-content-table").set("editor:actionForm:description", description)
                    .set("editor:actionForm:leadText", "Tổ chuyên môn")
                    .submit("editor:actionForm:saveAction");
            return page;
        }
    }

    /** The teacher's "Việc của tôi" with the first action chosen: its progress form. */
    static final class ProgressReporter {
        private Page page;

        private ProgressReporter(Page page) {
            this.page = page;
        }

        /** @param teacher a signed-in teacher who leads an action of the school's current plan */
        static ProgressReporter open(WebSession teacher) throws IOException {
            List<String> actions = teacher.get("/m/monitoring/my-actions").links("-select");
            if (actions.isEmpty()) {
                throw new IllegalStateException("the teacher has no action to report on");
            }
            Page chosen = teacher.get(actions.get(0));
            chosen.form("-editor-updateForm");
            return new ProgressReporter(chosen);
        }

        /**
         * Submits a progress report: in progress, the percent, the comment.
         *
         * @return the answer
         * @throws IOException when the portal does not answer
         */
        Page report(String comment, int percent) throws IOException {
            page = page.form("-editor-updateForm").set("status", "IN_PROGRESS")
                    .set("percent", Integer.toString(percent)).set("comment", comment).submit("save");
            return page;
        }
    }

    /**
     * Every plan the user's export page ("Xuất văn bản") offers, as its JSON download.
     *
     * @return plan id → the JSON, by id
     */
    static Map<Long, String> planJsons(WebSession user) throws IOException {
        Map<Long, String> plans = new TreeMap<>();
        for (String link : user.get("/m/export/documents").links(".json")) {
            Matcher m = PLAN_JSON.matcher(link);
            if (m.find()) {
                HttpResponse<byte[]> json = user.download(link);
                if (json.statusCode() != 200) {
                    throw new IllegalStateException(link + " answered " + json.statusCode());
                }
                plans.put(Long.parseLong(m.group(1)), new String(json.body(), StandardCharsets.UTF_8));
            }
        }
        return plans;
    }

    /**
     * The progress history of every action of the school's current plan, as "Tiến độ kế hoạch" shows it.
     *
     * @return action key → the history's lines (date, status, percent, spent, degree, comment, author), in order
     */
    static Map<String, List<String>> progressHistories(WebSession user) throws IOException {
        Map<String, List<String>> histories = new LinkedHashMap<>();
        Page page = user.get("/m/monitoring/progress");
        List<String> keys = page.form("-content-historyForm").options("action").stream().map(HtmlForm.Option::value)
                .filter(v -> !v.isEmpty()).toList();
        for (String key : keys) {
            page = page.form("-content-historyForm").set("action", key).submit("showHistory");
            List<String> lines = new ArrayList<>();
            for (Element row : page.document().select("form[action$=-content-historyForm] tbody tr")) {
                lines.add(String.join(" | ", row.select("td").eachText()));
            }
            histories.put(key, lines);
        }
        return histories;
    }

    /** @return every match of the pattern in the text, in order, repeats kept */
    static List<String> tokens(Pattern token, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = token.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
