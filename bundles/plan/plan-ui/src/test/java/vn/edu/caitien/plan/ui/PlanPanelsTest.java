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
import vn.edu.caitien.testsupport.DerbyTestDatabase;

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
        tester = new WicketTester(new TestApplication(Map.of(PlanService.class, service, CatalogueService.class, catalogue)));
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

    @Test
    void addACriterionRowAndTwoActionsSaveAndReopen() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PortalContext ctx = context(PRINCIPAL, THCS, "vi");
        tester.startComponentInPage(new PlanEditorPanel("panel", ctx, plan.getId()));
        tester.assertContains("Bảng kế hoạch");
        FormTester form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.select(PlanEditorPanel.CRITERION, 14); // TT 18 in catalogue order: 10 + 4 criteria, then 3.1
        form.submit(PlanEditorPanel.ADD_ROW);
        tester.assertContains("3\\.1");
        form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.submit(PlanEditorPanel.ROWS + ":0:" + PlanEditorPanel.ADD_ACTION);
        form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.submit(PlanEditorPanel.ROWS + ":0:" + PlanEditorPanel.ADD_ACTION);
        form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        String a0 = PlanEditorPanel.ROWS + ":0:" + PlanEditorPanel.ACTIONS + ":0:";
        String a1 = PlanEditorPanel.ROWS + ":0:" + PlanEditorPanel.ACTIONS + ":1:";
        form.setValue(a0 + "description", "Tu sửa sân chơi <script>alert(1)</script>");
        form.setValue(a0 + "lead", "Hiệu trưởng");
        form.setValue(a0 + "time", "Trong năm học 2025-2026");
        form.setValue(a0 + "budget", "500 triệu đồng");
        form.setValue(a1 + "description", "Trồng cây bóng mát");
        form.setValue(a1 + "lead", "Tổ văn phòng");
        form.setValue(a1 + "time", "Năm 2026");
        form.setValue(a1 + "budget", "Ngân sách cấp và XHH");
        form.submit(PlanEditorPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu kế hoạch");
        tester.assertContains("500\\.000\\.000 đ");
        // Escaped, never rendered as markup.
        tester.assertContains("&lt;script&gt;");
        assertThat(tester.getLastResponseAsString()).doesNotContain("<script>alert");

        PlanDocument stored = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(stored.getRows()).singleElement().satisfies(r -> {
            assertThat(r.getCriterionCode()).isEqualTo("3.1");
            assertThat(r.getActions()).extracting(PlanAction::getLeadText).containsExactly("Hiệu trưởng", "Tổ văn phòng");
        });
        // The page with the working copy goes to the page store.
        assertThat(new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(tester.getLastRenderedPage()))
                .isNotNull();
        // Reopen.
        tester.startComponentInPage(new PlanEditorPanel("panel", ctx, plan.getId()));
        tester.assertModelValue("panel:" + PlanEditorPanel.FORM + ":" + a1 + "description", "Trồng cây bóng mát");
        tester.assertContains("Kéo dài quá thời gian của kế hoạch");
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
