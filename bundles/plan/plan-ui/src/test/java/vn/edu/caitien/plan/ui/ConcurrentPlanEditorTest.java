package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.ThreadContext;
import org.apache.wicket.ajax.AbstractAjaxTimerBehavior;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.testsupport.wicket.FakeServicesApplication;

/**
 * Two sessions (two browsers: two Wicket applications over the same plan service and database) open the same line of
 * the same plan. The first saves; the second's save is refused with a message in the user's language that says what
 * happened and what to do, the second user's input stays in the form, and after reloading their change is saved
 * without undoing the first user's.
 */
class ConcurrentPlanEditorTest extends PanelTestSupport {

    private static final String TABLE = "panel:" + PlanEditorPanel.TABLE;
    private static final String ACTION_FORM = TABLE + ":" + PlanEditorPanel.EDITOR + ":" + PlanEditorPanel.ACTION_FORM;
    private static final String RELOAD = "panel:" + PlanEditorPanel.CONFLICT + ":" + PlanEditorPanel.RELOAD;
    private static final String HEADER_FORM = "panel:" + PlanEditorPanel.FORM;

    /** The second browser; {@link #tester} is the first. */
    private WicketTester second;

    @BeforeEach
    void secondBrowser() {
        second = new WicketTester(new FakeServicesApplication(Map.of(PlanService.class, service,
                CatalogueService.class, catalogue, SchoolDirectory.class, PlanFixtures.directory())));
        use(tester);
    }

    @AfterEach
    void closeSecondBrowser() {
        use(second);
        second.destroy();
        use(tester);
    }

    /** Wicket keeps the application, session and request of the browser in use on the thread. */
    private static WicketTester use(WicketTester browser) {
        ThreadContext.setApplication(browser.getApplication());
        ThreadContext.setSession(browser.getSession());
        ThreadContext.setRequestCycle(browser.getRequestCycle());
        return browser;
    }

    /** A draft with one row (1.4) and two actions. */
    private PlanDocument plan() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PlanRow row = new PlanRow();
        row.setCriterionCode("1.4");
        for (String description : List.of("Bồi dưỡng tổ trưởng chuyên môn", "Rà soát hồ sơ tổ văn phòng")) {
            PlanAction action = new PlanAction();
            action.setDescription(description);
            action.setLeadText("Hiệu trưởng");
            action.setTimeText("Năm học 2025-2026");
            action.setBudgetText("10 triệu đồng");
            row.getActions().add(action);
        }
        plan.getRows().add(row);
        return service.save(PRINCIPAL, plan);
    }

    private static void open(WicketTester browser, String actionKey) {
        FormTester table = browser.newFormTester(TABLE);
        browser.getRequest().getPostParameters().setParameterValue(PlanEditorPanel.OP,
                PlanEditorPanel.op(PlanEditorPanel.EDIT_ACTION, actionKey));
        table.submit();
    }

    private PlanAction stored(long planId, String key) {
        return service.plan(PRINCIPAL, planId).orElseThrow().actions().stream().filter(a -> a.getKey().equals(key))
                .findFirst().orElseThrow();
    }

    @Test
    void theSecondSaveIsRefusedInVietnameseKeepsTheInputAndIsSavedAfterReloading() {
        PlanDocument plan = plan();
        String key = plan.actions().get(0).getKey();
        use(tester).startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        open(tester, key);
        use(second).startComponentInPage(new PlanEditorPanel("panel", secondContext("vi"), plan.getId()));
        open(second, key);

        // The first user changes the description and saves.
        FormTester first = use(tester).newFormTester(ACTION_FORM);
        first.setValue("description", "Bồi dưỡng tổ trưởng và tổ phó chuyên môn");
        first.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();

        // The second user, on the line as they opened it, changes the budget and the time, and saves.
        FormTester mine = use(second).newFormTester(ACTION_FORM);
        mine.setValue("budgetText", "25 triệu đồng (ngân sách)");
        mine.setValue("timeText", "Học kỳ II năm học 2025-2026");
        mine.submit(PlanEditorPanel.SAVE_ACTION);
        second.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, người khác đã thay đổi kế hoạch.");
        String page = second.getLastResponseAsString();
        assertThat(page).contains("Có người đã lưu kế hoạch này sau khi bạn mở. Những thay đổi của họ:",
                        "Tải lại kế hoạch rồi lưu lại (nội dung bạn đang nhập ở dòng đang mở vẫn được giữ)",
                        "Lê Văn Hòa", "Bảng kế hoạch, tiêu chí 1.4 – công việc – công việc/giải pháp",
                        "Bồi dưỡng tổ trưởng và tổ phó chuyên môn")
                .doesNotContain("PlanConflictException", "plan changed meanwhile", "Exception");
        // Nothing of theirs was saved, and what they typed is still in the open form.
        assertThat(stored(plan.getId(), key).getBudgetText()).isEqualTo("10 triệu đồng");
        second.assertVisible(ACTION_FORM);
        second.assertModelValue(ACTION_FORM + ":budgetText", "25 triệu đồng (ngân sách)");
        second.assertModelValue(ACTION_FORM + ":timeText", "Học kỳ II năm học 2025-2026");
        assertThat(page).contains("value=\"25 triệu đồng (ngân sách)\"");

        // Saving again without reloading is refused again: nothing is overwritten blindly.
        use(second).newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        second.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, người khác đã thay đổi kế hoạch.");

        // Reloading keeps their input and shows the first user's description in the same form.
        second.clickLink(RELOAD);
        second.assertNoErrorMessage();
        second.assertInfoMessages("Đã tải lại kế hoạch. Nội dung bạn đã nhập ở dòng đang mở vẫn được giữ; các ô khác"
                + " của dòng hiện nội dung đang lưu. Hãy kiểm tra rồi bấm lưu.");
        second.assertModelValue(ACTION_FORM + ":budgetText", "25 triệu đồng (ngân sách)");
        second.assertModelValue(ACTION_FORM + ":timeText", "Học kỳ II năm học 2025-2026");
        second.assertModelValue(ACTION_FORM + ":description", "Bồi dưỡng tổ trưởng và tổ phó chuyên môn");

        use(second).newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        second.assertNoErrorMessage();
        PlanAction both = stored(plan.getId(), key);
        assertThat(both.getDescription()).isEqualTo("Bồi dưỡng tổ trưởng và tổ phó chuyên môn");
        assertThat(both.getBudgetText()).isEqualTo("25 triệu đồng (ngân sách)");
        assertThat(both.getTimeText()).isEqualTo("Học kỳ II năm học 2025-2026");
        // Each user's change is in the history once, and the second save changed only what its user typed.
        List<PlanChange> history = service.history(PRINCIPAL, plan.getId());
        assertThat(history).filteredOn(c -> c.userId().equals(VICE.id())).extracting(c -> c.change().newValue())
                .containsExactlyInAnyOrder("25 triệu đồng (ngân sách)", "Học kỳ II năm học 2025-2026");
        assertThat(history).filteredOn(c -> c.change().path().endsWith("actions[" + key + "].description"))
                .extracting(c -> c.userId() + ": " + c.change().newValue())
                .containsExactly(PRINCIPAL.id() + ": Bồi dưỡng tổ trưởng chuyên môn",
                        PRINCIPAL.id() + ": Bồi dưỡng tổ trưởng và tổ phó chuyên môn");
        assertSerializable();
    }

    @Test
    void aRefusedAutosaveInEnglishKeepsTheInputAndTheReloadedLineSavesItOnTheNextTick() {
        PlanDocument plan = plan();
        String key = plan.actions().get(1).getKey();
        use(tester).startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        open(tester, key);
        use(second).startComponentInPage(new PlanEditorPanel("panel", secondContext("en"), plan.getId()));
        open(second, key);

        // Both change the same field; the first user's autosave goes first.
        FormTester first = use(tester).newFormTester(ACTION_FORM);
        first.setValue("support", "Phòng GD hỗ trợ tập huấn");
        tick(tester);
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId(), key).getSupport()).isEqualTo("Phòng GD hỗ trợ tập huấn");

        FormTester mine = use(second).newFormTester(ACTION_FORM);
        mine.setValue("support", "Hội cha mẹ học sinh hỗ trợ");
        mine.setValue("only2018:notes", "Ưu tiên hồ sơ kế toán");
        tick(second);
        second.assertErrorMessages("The plan was not saved: someone else changed it meanwhile.");
        assertThat(second.getLastResponseAsString()).contains("Someone saved this plan after you opened it.",
                        "Reload the plan, then save again (what you typed in the open row or action stays in its form)",
                        "Lê Văn Hòa", "Plan table, criterion 1.4 – action – other support", "Phòng GD hỗ trợ tập huấn")
                .doesNotContain("Exception");
        assertThat(stored(plan.getId(), key).getNotes()).isEmpty();
        assertThat(timer(second).isEnabled(second.getComponentFromLastRenderedPage(ACTION_FORM))).isFalse();

        // After the reload the form holds what they typed (their support text over the first user's, which they
        // were shown), and the next tick saves it.
        second.clickLink(RELOAD);
        second.assertModelValue(ACTION_FORM + ":support", "Hội cha mẹ học sinh hỗ trợ");
        second.assertModelValue(ACTION_FORM + ":only2018:notes", "Ưu tiên hồ sơ kế toán");
        second.newFormTester(ACTION_FORM);
        tick(second);
        second.assertNoErrorMessage();
        PlanAction saved = stored(plan.getId(), key);
        assertThat(saved.getSupport()).isEqualTo("Hội cha mẹ học sinh hỗ trợ");
        assertThat(saved.getNotes()).isEqualTo("Ưu tiên hồ sơ kế toán");
        assertThat(service.history(PRINCIPAL, plan.getId())).filteredOn(c -> c.change().path().endsWith(".support"))
                .extracting(c -> c.change().oldValue() + " → " + c.change().newValue())
                .containsExactly(" → Phòng GD hỗ trợ tập huấn",
                        "Phòng GD hỗ trợ tập huấn → Hội cha mẹ học sinh hỗ trợ");
    }

    @Test
    void aSaveRefusedBecauseThePlanWasSubmittedMeanwhileSaysSoKeepsTheInputAndIsSavedAfterTheApproval() {
        PlanDocument plan = plan();
        String key = plan.actions().get(0).getKey();
        use(second).startComponentInPage(new PlanEditorPanel("panel", secondContext("vi"), plan.getId()));
        open(second, key);
        // The principal submits the plan from the first browser while the vice principal types.
        use(tester).startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.newFormTester("panel:" + PlanEditorPanel.WORKFLOW).submit("submit");
        tester.assertNoErrorMessage();

        FormTester mine = use(second).newFormTester(ACTION_FORM);
        mine.setValue("budgetText", "30 triệu đồng");
        mine.submit(PlanEditorPanel.SAVE_ACTION);
        second.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, kế hoạch đã được gửi duyệt; kế hoạch đang chờ"
                + " duyệt thì không sửa được. Nội dung bạn nhập vẫn còn trong ô; hãy lưu lại khi kế hoạch đã được duyệt"
                + " hoặc bị trả lại.");
        assertThat(second.getLastResponseAsString()).doesNotContain("Exception");
        second.assertModelValue(ACTION_FORM + ":budgetText", "30 triệu đồng");
        assertThat(stored(plan.getId(), key).getBudgetText()).isEqualTo("10 triệu đồng");

        // Approved: saving again is refused as a change made meanwhile; after reloading it starts the next revision.
        use(tester).newFormTester("panel:" + PlanEditorPanel.WORKFLOW).submit("approve");
        tester.assertNoErrorMessage();
        use(second).newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        second.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, người khác đã thay đổi kế hoạch.");
        second.clickLink(RELOAD);
        second.assertModelValue(ACTION_FORM + ":budgetText", "30 triệu đồng");
        use(second).newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        second.assertNoErrorMessage();
        PlanDocument now = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(now.getRevision()).isEqualTo(2);
        assertThat(stored(plan.getId(), key).getBudgetText()).isEqualTo("30 triệu đồng");
        assertThat(service.plan(PRINCIPAL, plan.getId(), 1).orElseThrow().actions().get(0).getBudgetText())
                .isEqualTo("10 triệu đồng");
    }

    @Test
    void theDocumentFormKeepsWhatWasTypedAfterARefusedSaveAndTakesTheOtherFieldsFromTheReloadedPlan() {
        PlanDocument draft = plan();
        for (String code : List.of("1.1", "1.2")) {
            vn.edu.caitien.plan.api.BaselineEntry e = new vn.edu.caitien.plan.api.BaselineEntry();
            e.setCriterionCode(code);
            e.setLevel(1);
            draft.getBaseline().add(e);
        }
        draft.getHeader().setTitle("Cải tiến chất lượng giáo dục năm học 2025-2026");
        PlanDocument plan = service.save(PRINCIPAL, draft);
        use(tester).startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        use(second).startComponentInPage(new PlanEditorPanel("panel", secondContext("vi"), plan.getId()));

        // The principal changes the place, the title and what criterion 1.2 does not meet, and saves.
        FormTester first = use(tester).newFormTester(HEADER_FORM);
        first.setValue("place", "Kinh Bắc");
        first.setValue("title", "Cải tiến chất lượng năm học 2025-2026 (sửa)");
        first.setValue("baseline:1:unmet", "Chưa có kế hoạch bồi dưỡng");
        first.submit(PlanEditorPanel.SAVE);
        tester.assertNoErrorMessage();

        // The vice principal, on the form as they opened it, types a number, the date, the signer, the title and
        // the level of criterion 1.1, and saves: refused, with the other side's changes in words.
        FormTester mine = use(second).newFormTester(HEADER_FORM);
        // Their browser posts the fields they did not touch as it showed them (the tester would read the new ones).
        mine.setValue("place", plan.getHeader().getPlace());
        mine.setValue("baseline:1:unmet", "");
        mine.setValue("number", "15");
        mine.setValue("date", "05/09/2025");
        mine.setValue("signerName", "Trần Thị Mai");
        mine.setValue("title", "Kế hoạch cải tiến chất lượng năm học 2025-2026");
        mine.select("baseline:0:level", 2);
        mine.submit(PlanEditorPanel.SAVE);
        second.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, người khác đã thay đổi kế hoạch.");
        assertThat(second.getLastResponseAsString()).contains("Văn bản – địa danh", "Văn bản – trích yếu", "Kinh Bắc",
                "Kết quả tự đánh giá 2 – nội dung không đạt").doesNotContain("Exception");
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getHeader().getNumber()).isNull();
        second.assertModelValue(HEADER_FORM + ":number", 15);
        second.assertModelValue(HEADER_FORM + ":signerName", "Trần Thị Mai");

        // Another request before reloading (opening an action) does not lose what they typed.
        open(second, plan.actions().get(0).getKey());
        second.assertModelValue(HEADER_FORM + ":signerName", "Trần Thị Mai");
        second.assertModelValue(HEADER_FORM + ":title", "Kế hoạch cải tiến chất lượng năm học 2025-2026");

        // Reloading keeps their fields, takes the others from the stored plan, and names the field both changed.
        second.clickLink(RELOAD);
        second.assertNoErrorMessage();
        second.assertInfoMessages("Đã tải lại kế hoạch. Nội dung bạn đã nhập ở dòng đang mở vẫn được giữ; các ô khác"
                + " của dòng hiện nội dung đang lưu. Hãy kiểm tra rồi bấm lưu.", "Đã tải lại kế hoạch. Những ô bạn đã nhập ở phần văn bản và kết quả tự đánh giá"
                + " vẫn được giữ (Văn bản – số, Văn bản – ngày ban hành, Văn bản – trích yếu, Văn bản – họ tên người ký,"
                + " Kết quả tự đánh giá, tiêu chí 1.1 – mức); các ô khác hiện nội dung đang lưu. Hãy kiểm tra rồi bấm Lưu.");
        second.assertFeedbackMessages(new org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter(
                org.apache.wicket.feedback.FeedbackMessage.WARNING), "Người khác cũng đã sửa: Văn bản – trích yếu. Ô đó đang hiện nội dung bạn nhập;"
                + " bấm Lưu sẽ thay nội dung của họ bằng nội dung của bạn.");
        second.assertModelValue(HEADER_FORM + ":number", 15);
        second.assertModelValue(HEADER_FORM + ":date", "05/09/2025");
        second.assertModelValue(HEADER_FORM + ":signerName", "Trần Thị Mai");
        second.assertModelValue(HEADER_FORM + ":title", "Kế hoạch cải tiến chất lượng năm học 2025-2026");
        second.assertModelValue(HEADER_FORM + ":place", "Kinh Bắc");
        second.assertModelValue(HEADER_FORM + ":baseline:0:level", 2);
        second.assertModelValue(HEADER_FORM + ":baseline:1:unmet", "Chưa có kế hoạch bồi dưỡng");

        use(second).newFormTester(HEADER_FORM).submit(PlanEditorPanel.SAVE);
        second.assertNoErrorMessage();
        PlanDocument both = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        assertThat(both.getHeader().getNumber()).isEqualTo(15);
        assertThat(both.getHeader().getDate()).isEqualTo(java.time.LocalDate.of(2025, 9, 5));
        assertThat(both.getHeader().getSignerName()).isEqualTo("Trần Thị Mai");
        assertThat(both.getHeader().getTitle()).isEqualTo("Kế hoạch cải tiến chất lượng năm học 2025-2026");
        assertThat(both.getHeader().getPlace()).isEqualTo("Kinh Bắc");
        assertThat(both.getBaseline()).extracting(e -> e.getCriterionCode() + " " + e.getLevel() + " " + e.getUnmet())
                .containsExactly("1.1 2 ", "1.2 1 Chưa có kế hoạch bồi dưỡng");
        // The second save changed only what its user typed: the place stays the principal's, in one change.
        List<PlanChange> history = service.history(PRINCIPAL, plan.getId());
        assertThat(history).filteredOn(c -> c.userId().equals(VICE.id())).extracting(c -> c.change().path())
                .containsExactlyInAnyOrder("header.number", "header.date", "header.signerName", "header.title",
                        "baseline[0].level");
        // Saved: the form follows the stored plan again.
        PlanDocument theirs = service.plan(PRINCIPAL, plan.getId()).orElseThrow();
        theirs.getHeader().setPlace("Vũ Ninh");
        service.save(PRINCIPAL, theirs);
        use(second).startPage(second.getLastRenderedPage());
        second.assertModelValue(HEADER_FORM + ":place", "Vũ Ninh");
        assertThat(new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(second.getLastRenderedPage()))
                .isNotNull();
    }

    /** The vice principal in the second browser, whose session speaks {@code language}. */
    private PortalContext secondContext(String language) {
        second.getSession().setLocale(Locale.forLanguageTag(language));
        return new PortalContext(VICE, THCS, PlanFixtures.permissions().grantedPermissions(VICE, THCS.id()),
                Locale.forLanguageTag(language));
    }

    private static AbstractAjaxTimerBehavior timer(WicketTester browser) {
        return browser.getComponentFromLastRenderedPage(ACTION_FORM).getBehaviors(AbstractAjaxTimerBehavior.class)
                .get(0);
    }

    /** The browser's autosave timer: posts the open form's input (what the last {@link FormTester} holds). */
    private static void tick(WicketTester browser) {
        browser.getRequest().setMethod("POST");
        browser.executeBehavior(timer(browser));
    }
}
