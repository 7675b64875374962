package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.TH;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.impl.PlanServiceImpl;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.testsupport.DerbyTestDatabase;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/** The plan panels in WicketTester over the real plan service on in-memory Derby, in Vietnamese and English. */
class PlanPanelsTest {

    private static final String EDITOR = "panel:" + PlanEditorPanel.FORM + ":";

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("plan-ui");

    private PlanServiceImpl service;
    private WicketTester tester;

    @BeforeEach
    void start() {
        CatalogueService catalogue = PlanFixtures.catalogue(db);
        service = PlanFixtures.service(db, catalogue);
        tester = new WicketTester(new FakeServicesApplication(Map.of(PlanService.class, service, CatalogueService.class, catalogue,
                SchoolDirectory.class, PlanFixtures.directory())));
    }

    @AfterEach
    void stop() {
        tester.destroy();
    }

    private PortalContext context(PortalUser user, School school, String language) {
        tester.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(user, school, PlanFixtures.permissions().grantedPermissions(user, school.id()),
                Locale.forLanguageTag(language));
    }

    private static final String TABLE = "panel:" + PlanEditorPanel.TABLE;
    private static final String ACTION_FORM = TABLE + ":" + PlanEditorPanel.EDITOR + ":" + PlanEditorPanel.ACTION_FORM;
    private static final String ROW_FORM = TABLE + ":" + PlanEditorPanel.EDITOR + ":" + PlanEditorPanel.ROW_FORM;

    /** Clicks a button of the read-only table: it posts {@code op=verb:key} with the table form. */
    private void op(String verb, String key) {
        FormTester form = tester.newFormTester(TABLE);
        tester.getRequest().getPostParameters().setParameterValue(PlanEditorPanel.OP, PlanEditorPanel.op(verb, key));
        form.submit();
    }

    private void saveAction(String description, String lead, String time, String budget) {
        FormTester form = tester.newFormTester(ACTION_FORM);
        form.setValue("description", description);
        form.setValue("leadText", lead);
        form.setValue("timeText", time);
        form.setValue("budgetText", budget);
        form.submit(PlanEditorPanel.SAVE_ACTION);
    }

    private int pageBytes() {
        return new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(tester.getLastRenderedPage()).length;
    }

    @Test
    void addACriterionRowAndTwoActionsOneAtATimeSaveAndReopen() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PortalContext ctx = context(PRINCIPAL, THCS, "vi");
        tester.startComponentInPage(new PlanEditorPanel("panel", ctx, plan.getId()));
        tester.assertContains("Bảng kế hoạch");
        tester.assertContains("Chủ trì và phối hợp thực hiện");
        tester.assertInvisible(TABLE + ":" + PlanEditorPanel.EDITOR);
        FormTester form = tester.newFormTester(TABLE);
        form.select(PlanEditorPanel.CRITERION, 14); // TT 18 in catalogue order: 10 + 4 criteria, then 3.1
        form.submit(PlanEditorPanel.ADD_ROW);
        tester.assertContains("3\\.1");
        // Saved at once: no working copy waits in the page.
        String rowKey = service.plan(PRINCIPAL, plan.getId()).orElseThrow().getRows().get(0).getKey();

        op(PlanEditorPanel.ADD_ACTION, rowKey);
        tester.assertVisible(ACTION_FORM);
        tester.assertContains("Công việc mới");
        saveAction("Tu sửa sân chơi <script>alert(1)</script>", "Hiệu trưởng", "Trong năm học 2025-2026", "500 triệu đồng");
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu kế hoạch");
        tester.assertInvisible(TABLE + ":" + PlanEditorPanel.EDITOR);
        tester.assertContains("500\\.000\\.000 đ");
        // Escaped, never rendered as markup.
        tester.assertContains("&lt;script&gt;");
        assertThat(tester.getLastResponseAsString()).doesNotContain("<script>alert");
        op(PlanEditorPanel.ADD_ACTION, rowKey);
        saveAction("Trồng cây bóng mát", "", "Năm 2026", "Ngân sách cấp và XHH");
        // Validation in place, next to the action: no lead yet.
        tester.assertContains("Mỗi công việc cần có người chủ trì");
        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        String second = stored.getRows().get(0).getActions().get(1).getKey();
        op(PlanEditorPanel.EDIT_ACTION, second);
        tester.assertModelValue(ACTION_FORM + ":description", "Trồng cây bóng mát");
        tester.assertContains("Mỗi công việc cần có người chủ trì");
        FormTester edit = tester.newFormTester(ACTION_FORM);
        edit.setValue("leadText", "Tổ văn phòng");
        edit.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        tester.assertContainsNot("Mỗi công việc cần có người chủ trì");

        stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getRows()).singleElement().satisfies(r -> {
            assertThat(r.getCriterionCode()).isEqualTo("3.1");
            assertThat(r.getActions()).extracting(PlanAction::getLeadText).containsExactly("Hiệu trưởng", "Tổ văn phòng");
        });
        op(PlanEditorPanel.ACTION_UP, second);
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getRows().get(0).getActions())
                .extracting(PlanAction::getKey).first().isEqualTo(second);
        // The page keeps neither the plan nor the table's lines.
        assertThat(pageBytes()).isLessThan(50 * 1024);

        // Reopen.
        tester.startComponentInPage(new PlanEditorPanel("panel", ctx, plan.getId()));
        tester.assertContains("Trồng cây bóng mát");
        tester.assertContains("Kéo dài quá thời gian của kế hoạch");
        op(PlanEditorPanel.REMOVE_ACTION, second);
        op(PlanEditorPanel.EDIT_ROW, rowKey);
        FormTester row = tester.newFormTester(ROW_FORM);
        row.setValue("only2018:targetText", "Sân chơi an toàn");
        row.submit(PlanEditorPanel.SAVE_ROW);
        tester.assertContains("Sân chơi an toàn");
        stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getRows().get(0).getTargetText()).isEqualTo("Sân chơi an toàn");
        assertThat(stored.getRows().get(0).getActions()).extracting(PlanAction::getDescription)
                .containsExactly("Tu sửa sân chơi <script>alert(1)</script>");
        op(PlanEditorPanel.REMOVE_ROW, rowKey);
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getRows()).isEmpty();
    }

    @Test
    void aLeadTypedWithItsPartnersIsSplitAndTheUserIsTold() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PlanRow r = new PlanRow();
        r.setCriterionCode("1.4");
        plan.getRows().add(r);
        String rowKey = service.save(PRINCIPAL, plan).getRows().get(0).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        op(PlanEditorPanel.ADD_ACTION, rowKey);
        saveAction("Sinh hoạt chuyên môn theo nghiên cứu bài học", "BGH, các tổ chuyên môn", "Năm học 2025-2026", "");
        tester.assertNoErrorMessage();
        tester.assertContains("Đã tách người chủ trì");
        PlanAction a = service.plan(PRINCIPAL, plan.getId()).orElseThrow().actions().get(0);
        assertThat(a.getLeadText()).isEqualTo("BGH");
        assertThat(a.getPartners()).isEqualTo("các tổ chuyên môn");
    }

    @Test
    void aTt57PlanShowsAndEditsTheBieu2Columns() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2026), "");
        assertThat(plan.getPlanForm()).isEqualTo(vn.edu.caitien.catalogue.api.PlanForm.BIEU_2);
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        for (String column : new String[] {"Nội dung cải tiến", "Mục tiêu", "Hoạt động, giải pháp",
            "Chỉ số đánh giá kết quả", "Phụ trách", "Nguồn lực", "Minh chứng dự kiến", "Mức độ thực hiện"}) {
            tester.assertContains(column);
        }
        tester.assertContainsNot("Chủ trì và phối hợp thực hiện");
        FormTester form = tester.newFormTester(TABLE);
        form.select(PlanEditorPanel.CRITERION, 0);
        form.submit(PlanEditorPanel.ADD_ROW);
        PlanRow row = service.plan(PRINCIPAL, plan.getId()).orElseThrow().getRows().get(0);
        assertThat(row.getCriterionCode()).isEqualTo("1.1");

        op(PlanEditorPanel.EDIT_ROW, row.getKey());
        tester.assertInvisible(ROW_FORM + ":only2018");
        FormTester rowForm = tester.newFormTester(ROW_FORM);
        rowForm.setValue("currentState", "Kế hoạch phát triển chưa cập nhật");
        rowForm.setValue("onlyBieu2:objective", "Kế hoạch được rà soát hằng năm");
        rowForm.submit(PlanEditorPanel.SAVE_ROW);
        tester.assertNoErrorMessage();

        op(PlanEditorPanel.ADD_ACTION, row.getKey());
        tester.assertInvisible(ACTION_FORM + ":only2018");
        FormTester action = tester.newFormTester(ACTION_FORM);
        action.setValue("description", "Tổ chức rà soát kế hoạch");
        action.setValue("leadText", "Hiệu trưởng");
        action.setValue("timeText", "Học kỳ I năm học 2026-2027");
        action.setValue("budgetText", "Không");
        action.setValue("support", "Tài liệu hướng dẫn");
        action.setValue("onlyBieu2:resultIndicator", "Kế hoạch được hội đồng trường thông qua");
        action.setValue("onlyBieu2:expectedEvidence", "Biên bản họp hội đồng");
        action.setValue("onlyBieu2:degreeOfImplementation", "Đang thực hiện");
        action.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        tester.assertContains("Kế hoạch được rà soát hằng năm");
        tester.assertContains("Biên bản họp hội đồng");
        tester.assertContains("Đang thực hiện");

        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getRows().get(0).getObjective()).isEqualTo("Kế hoạch được rà soát hằng năm");
        assertThat(stored.getRows().get(0).getCurrentState()).isEqualTo("Kế hoạch phát triển chưa cập nhật");
        PlanAction a = stored.actions().get(0);
        assertThat(a.getResultIndicator()).isEqualTo("Kế hoạch được hội đồng trường thông qua");
        assertThat(a.getExpectedEvidence()).isEqualTo("Biên bản họp hội đồng");
        assertThat(a.getDegreeOfImplementation()).isEqualTo("Đang thực hiện");
        assertThat(a.getSupport()).isEqualTo("Tài liệu hướng dẫn");
    }

    @Test
    void draftRowsFromTheBaselineAndADuplicateNumberIsShownTranslated() {
        PlanDocument first = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        first.getHeader().setNumber(12);
        first.getHeader().setDate(java.time.LocalDate.of(2025, 9, 5));
        service.save(PRINCIPAL, first);
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.newFormTester("panel:" + PlanEditorPanel.FORM).submit("fillBaseline");
        tester.assertNoErrorMessage();
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getBaseline()).hasSizeGreaterThan(20);
        FormTester form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.select("baseline:1:level", 1); // 1.2 at Mức 1
        form.select("baselineTarget", 1);   // Mức 2
        form.submit("draftFromBaseline");
        tester.assertNoErrorMessage();
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getRows())
                .extracting(PlanRow::getCriterionCode).containsExactly("1.2");
        tester.assertContains("plan-criterion");

        form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.setValue("number", "12");
        form.setValue("date", "01/10/2025");
        form.submit(PlanEditorPanel.SAVE);
        tester.assertErrorMessages("Trong năm đã có kế hoạch khác của trường mang số 12.");
        // The input stays for correcting it.
        tester.assertContains("wicket:id=\"number\" value=\"12\"");
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getHeader().getNumber()).isNull();
    }

    @Test
    void aConcurrentSaveIsRefusedWithTheOtherChangesInEnglish() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        PlanDocument theirs = service.plan(VICE, plan.getId()).orElseThrow();
        theirs.getHeader().setPlace("An Bình");
        service.save(VICE, theirs);
        FormTester form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.setValue("title", "My title");
        form.submit(PlanEditorPanel.SAVE);
        tester.assertErrorMessages("The plan was not saved: someone else changed it meanwhile.");
        tester.assertVisible("panel:" + PlanEditorPanel.CONFLICT);
        tester.assertContains("Trần Thị Mai");
        tester.assertContains("header.place");
        tester.clickLink("panel:" + PlanEditorPanel.CONFLICT + ":" + PlanEditorPanel.RELOAD);
        form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.setValue("title", "My title");
        form.submit(PlanEditorPanel.SAVE);
        tester.assertNoErrorMessage();
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getHeader().getPlace()).isEqualTo("An Bình");
    }

    @Test
    void listShowsThePlansAndCreatesOne() {
        service.create(PRINCIPAL, THCS.id(), PlanPeriod.stage(2022, 2025), "");
        tester.startComponentInPage(new PlanListPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertContains("Giai đoạn 2022-2025");
        tester.assertContains("Bản nháp");
        FormTester form = tester.newFormTester("panel:" + PlanListPanel.CREATE);
        form.setValue(PlanListPanel.PERIOD, "Năm học 2025 – 2026");
        form.submit("submit");
        tester.assertComponent("panel", PlanEditorPanel.class);
        assertThat(service.plans(PRINCIPAL, THCS.id(), vn.edu.caitien.plan.api.PlanQuery.ALL)).hasSize(2);
    }

    @Test
    void aTeacherOfAnotherSchoolSeesNoPlanAndCannotCreate() {
        service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanListPanel("panel", context(OTHER_TEACHER, TH, "vi")));
        tester.assertVisible("panel:" + PlanListPanel.EMPTY);
        tester.assertInvisible("panel:" + PlanListPanel.CREATE);
    }

    @Test
    void printedViewGroupsByLevelAndStandardAndSupervisorsComment() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        plan.getHeader().setNumber(5);
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.6");
        row.setTargetLevel(3);
        PlanAction a = new PlanAction();
        a.setDescription("Bổ sung sách");
        a.setLeadText("Nhân viên thư viện");
        a.setTimeText("Năm 2026");
        a.setBudgetText("100 triệu (XHH)");
        row.getActions().add(a);
        plan.getRows().add(row);
        PlanDocument saved = service.save(PRINCIPAL, plan);
        saved = service.submit(PRINCIPAL, saved.getId(), saved.getVersion());
        saved = service.approve(PRINCIPAL, saved.getId(), saved.getVersion());
        service.publish(PRINCIPAL, saved.getId(), saved.getVersion());

        tester.startComponentInPage(new PlanDocumentPanel("panel", context(SUPERVISOR, THCS, "vi"), saved.getId()));
        tester.assertContains("05/KH-THCSAB");
        tester.assertContains("MỨC 3");
        tester.assertContains("Tiêu chuẩn 3");
        tester.assertContains("Đạt mức 3");
        tester.assertContains("100\\.000\\.000 đ");
        tester.assertContains("Xã hội hóa");
        FormTester form = tester.newFormTester("panel:" + PlanDocumentPanel.COMMENT_FORM);
        form.select("action", 0);
        form.setValue("text", "Đề nghị nêu rõ số đầu sách");
        form.submit("send");
        tester.assertContains("Đề nghị nêu rõ số đầu sách");
        assertThat(service.comments(PRINCIPAL, saved.getId())).hasSize(1);
    }
}
