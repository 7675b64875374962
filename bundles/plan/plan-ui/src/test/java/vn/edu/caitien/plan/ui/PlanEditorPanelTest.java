package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;
import static vn.edu.caitien.plan.impl.PlanFixtures.VICE;

import org.apache.wicket.ajax.AbstractAjaxTimerBehavior;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;

/** The editor's lead picker and autosave, over the real plan service on in-memory Derby. */
class PlanEditorPanelTest extends PanelTestSupport {

    private static final String TABLE = "panel:" + PlanEditorPanel.TABLE;
    private static final String ACTION_FORM = TABLE + ":" + PlanEditorPanel.EDITOR + ":" + PlanEditorPanel.ACTION_FORM;

    /** A draft with one row (1.4) and two actions led by text only. */
    private PlanDocument planWithTwoActions() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        PlanRow row = new PlanRow();
        row.setCriterionCode("1.4");
        for (String[] a : new String[][] {{"Bồi dưỡng tổ trưởng chuyên môn", "Hiệu trưởng"},
            {"Rà soát hồ sơ tổ văn phòng", "Tổ văn phòng"}}) {
            PlanAction action = new PlanAction();
            action.setDescription(a[0]);
            action.setLeadText(a[1]);
            action.setTimeText("Năm học 2025-2026");
            row.getActions().add(action);
        }
        plan.getRows().add(row);
        return service.save(PRINCIPAL, plan);
    }

    private void op(String verb, String key) {
        FormTester form = tester.newFormTester(TABLE);
        tester.getRequest().getPostParameters().setParameterValue(PlanEditorPanel.OP, PlanEditorPanel.op(verb, key));
        form.submit();
    }

    private PlanDocument stored(long planId) {
        return service.plan(PRINCIPAL, planId).orElseThrow();
    }

    private AbstractAjaxTimerBehavior timer() {
        return tester.getComponentFromLastRenderedPage(ACTION_FORM).getBehaviors(AbstractAjaxTimerBehavior.class).get(0);
    }

    /** The browser's timer: posts the open form's input (what the last {@link FormTester} holds) to the timer. */
    private void tick() {
        tester.getRequest().setMethod("POST");
        tester.executeBehavior(timer());
    }

    @Test
    void principalPicksTheTeacherAsLeadAndTheTeacherThenEditsOnlyThatAction() {
        PlanDocument plan = planWithTwoActions();
        String first = plan.actions().get(0).getKey();
        String second = plan.actions().get(1).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        op(PlanEditorPanel.EDIT_ACTION, first);
        tester.assertContains("Người hoặc bộ phận khác \\(ghi tự do\\)");
        tester.assertContains("Phạm Minh Châu");
        FormTester form = tester.newFormTester(ACTION_FORM);
        form.setValue(PlanEditorPanel.LEAD_USER, TEACHER.id());
        form.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        PlanAction led = stored(plan.getId()).actions().get(0);
        assertThat(led.getLeadUserId()).isEqualTo(TEACHER.id());
        assertThat(led.getLeadText()).isEqualTo("Phạm Minh Châu");

        // The free-text choice keeps the lead as written.
        op(PlanEditorPanel.EDIT_ACTION, second);
        tester.newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId()).actions().get(1)).satisfies(a -> {
            assertThat(a.getLeadText()).isEqualTo("Tổ văn phòng");
            assertThat(a.getLeadUserId()).isEmpty();
        });

        tester.startComponentInPage(new PlanEditorPanel("panel", context(TEACHER, THCS, "vi"), plan.getId()));
        String page = tester.getLastResponseAsString();
        assertThat(page).contains(PlanEditorPanel.op(PlanEditorPanel.EDIT_ACTION, first))
                .doesNotContain(PlanEditorPanel.op(PlanEditorPanel.EDIT_ACTION, second))
                .doesNotContain(PlanEditorPanel.op(PlanEditorPanel.REMOVE_ACTION, first));
        assertThat(page.split(">Sửa<", -1)).hasSize(2);
        op(PlanEditorPanel.EDIT_ACTION, first);
        // A lead may not hand the action to someone else.
        tester.assertDisabled(ACTION_FORM + ":" + PlanEditorPanel.LEAD_USER);
        FormTester own = tester.newFormTester(ACTION_FORM);
        own.setValue("timeText", "Học kỳ II năm học 2025-2026");
        own.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu kế hoạch");
        assertThat(stored(plan.getId()).actions().get(0)).satisfies(a -> {
            assertThat(a.getTimeText()).isEqualTo("Học kỳ II năm học 2025-2026");
            assertThat(a.getLeadUserId()).isEqualTo(TEACHER.id());
        });
        assertSerializable();
    }

    @Test
    void theOpenActionIsSavedAutomaticallyOnTheTimerAndOnLeavingAField() {
        PlanDocument plan = planWithTwoActions();
        String first = plan.actions().get(0).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        op(PlanEditorPanel.EDIT_ACTION, first);
        long opened = stored(plan.getId()).getVersion();

        FormTester form = tester.newFormTester(ACTION_FORM);
        form.setValue("timeText", "Tháng 10/2025");
        tick();
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId()).getVersion()).isEqualTo(opened + 1);
        assertThat(stored(plan.getId()).actions().get(0).getTimeText()).isEqualTo("Tháng 10/2025");
        assertThat(tester.getLastResponseAsString()).containsPattern("Đã tự động lưu lúc \\d\\d:\\d\\d")
                .doesNotContain("Đã lưu kế hoạch");

        // Nothing changed since: nothing is saved.
        tester.newFormTester(ACTION_FORM);
        tick();
        assertThat(stored(plan.getId()).getVersion()).isEqualTo(opened + 1);

        // Leaving a changed field saves it too, with the version the last autosave returned.
        FormTester leave = tester.newFormTester(ACTION_FORM);
        leave.setValue("budgetText", "20 triệu đồng");
        tester.executeAjaxEvent(ACTION_FORM + ":budgetText", "change");
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId()).getVersion()).isEqualTo(opened + 2);
        assertThat(stored(plan.getId()).actions().get(0).getAmount()).isEqualTo(20_000_000L);

        // The form stayed open; saving by hand still works and closes it.
        tester.newFormTester(ACTION_FORM).submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        tester.assertInvisible(TABLE + ":" + PlanEditorPanel.EDITOR);
        assertThat(stored(plan.getId()).actions()).hasSize(2);
    }

    @Test
    void openingAnotherLineSavesWhatWasTypedInTheOpenOne() {
        PlanDocument plan = planWithTwoActions();
        String first = plan.actions().get(0).getKey();
        String second = plan.actions().get(1).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        op(PlanEditorPanel.EDIT_ACTION, first);

        // The browser posts the open form's fields with the other line's button.
        FormTester table = tester.newFormTester(TABLE);
        table.setValue(PlanEditorPanel.EDITOR + ":" + PlanEditorPanel.ACTION_FORM + ":budgetText", "15 triệu đồng");
        tester.getRequest().getPostParameters().setParameterValue(PlanEditorPanel.OP,
                PlanEditorPanel.op(PlanEditorPanel.EDIT_ACTION, second));
        table.submit();
        tester.assertNoErrorMessage();
        tester.assertContains("đã được lưu trước khi bảng thay đổi");
        assertThat(stored(plan.getId()).actions().get(0).getAmount()).isEqualTo(15_000_000L);
        tester.assertModelValue(ACTION_FORM + ":description", "Rà soát hồ sơ tổ văn phòng");

        // Nothing typed: switching saves nothing.
        long version = stored(plan.getId()).getVersion();
        op(PlanEditorPanel.EDIT_ACTION, first);
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId()).getVersion()).isEqualTo(version);
    }

    @Test
    void aNewActionIsAddedOnceThoughSavedAutomaticallyFirst() {
        PlanDocument plan = planWithTwoActions();
        String rowKey = plan.getRows().get(0).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        op(PlanEditorPanel.ADD_ACTION, rowKey);
        FormTester form = tester.newFormTester(ACTION_FORM);
        form.setValue("description", "Dự giờ thăm lớp");
        form.setValue("leadText", "Phó hiệu trưởng");
        tick();
        assertThat(tester.getLastResponseAsString()).containsPattern("Saved automatically at \\d\\d:\\d\\d");
        assertThat(stored(plan.getId()).actions()).hasSize(3);
        FormTester again = tester.newFormTester(ACTION_FORM);
        again.setValue("timeText", "Học kỳ I");
        again.submit(PlanEditorPanel.SAVE_ACTION);
        tester.assertNoErrorMessage();
        assertThat(stored(plan.getId()).actions()).hasSize(3).last()
                .satisfies(a -> assertThat(a.getTimeText()).isEqualTo("Học kỳ I"));
    }

    @Test
    void aConflictStopsAutosavingAndShowsTheOtherChanges() {
        PlanDocument plan = planWithTwoActions();
        String first = plan.actions().get(0).getKey();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        op(PlanEditorPanel.EDIT_ACTION, first);
        PlanDocument theirs = service.plan(VICE, plan.getId()).orElseThrow();
        theirs.getHeader().setPlace("An Bình");
        service.save(VICE, theirs);

        FormTester form = tester.newFormTester(ACTION_FORM);
        form.setValue("timeText", "Tháng 11/2025");
        tick();
        tester.assertErrorMessages("Chưa lưu được: trong lúc bạn sửa, người khác đã thay đổi kế hoạch.");
        tester.assertContains("Trần Thị Mai");
        tester.assertContains("header.place");
        assertThat(stored(plan.getId()).actions().get(0).getTimeText()).isEqualTo("Năm học 2025-2026");
        assertThat(timer().isEnabled(tester.getComponentFromLastRenderedPage(ACTION_FORM))).isFalse();
    }

    @Test
    void noAutosaveForAPlanTheUserMayNotChange() {
        PlanDocument plan = planWithTwoActions();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(TEACHER, THCS, "vi"), plan.getId()));
        // No action is led by the teacher: no form, no timer, and the page offers no edit button.
        tester.assertInvisible(TABLE + ":" + PlanEditorPanel.EDITOR);
        tester.assertContainsNot(PlanEditorPanel.EDIT_ACTION + ":");
    }
    /** The option a drop-down shows for "nothing chosen", blank ones included. */
    private static final java.util.regex.Pattern NULL_OPTION =
            java.util.regex.Pattern.compile("<option[^>]*value=\"\"[^>]*>([^<]*)</option>");

    private java.util.List<String> nullOptions() {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher m = NULL_OPTION.matcher(tester.getLastResponseAsString());
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    @Test
    void everyDropDownOfThePlanPanelsSaysInVietnameseWhatNothingChosenMeans() {
        PlanDocument plan = planWithTwoActions();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.newFormTester("panel:" + PlanEditorPanel.FORM).submit("fillBaseline");
        tester.assertNoErrorMessage();
        op(PlanEditorPanel.EDIT_ACTION, plan.actions().get(0).getKey());
        String page = tester.getLastResponseAsString();
        // The criterion to add: nothing chosen yet. Wicket's own text is English ("Choose One").
        assertThat(page).doesNotContain("Choose One");
        assertThat(nullOptions()).contains("— Chọn tiêu chí —", "— Chưa đánh giá —",
                "Người hoặc bộ phận khác (ghi tự do)").doesNotContain("");

        // The sections and the history, which have drop-downs too.
        tester.startComponentInPage(new PlanSectionsPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        assertThat(tester.getLastResponseAsString()).doesNotContain("Choose One");
        assertThat(nullOptions()).contains("— Chưa đánh giá —").doesNotContain("");
        tester.startComponentInPage(new PlanHistoryPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        assertThat(tester.getLastResponseAsString()).doesNotContain("Choose One");
        assertThat(nullOptions()).doesNotContain("");

        // English users get English, not Wicket's.
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "en"), plan.getId()));
        assertThat(tester.getLastResponseAsString()).doesNotContain("Choose One");
        assertThat(nullOptions()).contains("— Choose a criterion —", "— Not assessed —");
    }

    @Test
    void theReturnReasonIsShownOnlyWhileThePlanIsBackWithTheSchoolForIt() {
        PlanDocument plan = planWithTwoActions();
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertInvisible("panel:" + PlanEditorPanel.RETURNED);
        tester.assertContainsNot("Lý do trả lại");

        PlanDocument submitted = service.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        PlanDocument returned = service.returnForChanges(PRINCIPAL, plan.getId(), submitted.getVersion(),
                "Thiếu minh chứng cho tiêu chí 1.4");
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertVisible("panel:" + PlanEditorPanel.RETURNED);
        tester.assertContains("Lý do trả lại");
        tester.assertLabel("panel:" + PlanEditorPanel.RETURNED + ":returnReason", "Thiếu minh chứng cho tiêu chí 1.4");

        // Submitted again: no longer returned, no reason shown.
        service.submit(PRINCIPAL, plan.getId(), returned.getVersion());
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        tester.assertInvisible("panel:" + PlanEditorPanel.RETURNED);
        tester.assertContainsNot("Lý do trả lại");
    }
}
