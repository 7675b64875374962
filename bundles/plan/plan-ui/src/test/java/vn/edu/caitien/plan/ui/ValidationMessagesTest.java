package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.SUPERVISOR;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;

/**
 * Wicket's own validation messages ("'text' is required.", "The value of 'number' is not a valid Integer.") never
 * reach a Vietnamese user: found by the in-container LanguageIT on the plan list, the editor's document form and a
 * supervisor's comment.
 */
class ValidationMessagesTest extends PanelTestSupport {

    @Test
    void aNumberTypedInWordsIsRefusedInVietnamese() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        tester.startComponentInPage(new PlanEditorPanel("panel", context(PRINCIPAL, THCS, "vi"), plan.getId()));
        FormTester form = tester.newFormTester("panel:" + PlanEditorPanel.FORM);
        form.setValue("number", "mười lăm");
        form.submit(PlanEditorPanel.SAVE);
        tester.assertErrorMessages("Số: cần ghi một số.");
        assertThat(tester.getLastResponseAsString()).doesNotContain("is not a valid");
        assertThat(service.plan(PRINCIPAL, plan.getId()).orElseThrow().getHeader().getNumber()).isNull();
    }

    @Test
    void anEmptyCommentOfTheWardIsRefusedInVietnamese() {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        plan = service.submit(PRINCIPAL, plan.getId(), plan.getVersion());
        plan = service.approve(PRINCIPAL, plan.getId(), plan.getVersion());
        service.publish(PRINCIPAL, plan.getId(), plan.getVersion());
        tester.startComponentInPage(new PlanDocumentPanel("panel", context(SUPERVISOR, THCS, "vi"), plan.getId()));
        FormTester form = tester.newFormTester("panel:" + PlanDocumentPanel.COMMENT_FORM);
        form.setValue("text", "");
        form.submit("send");
        tester.assertErrorMessages("Hãy điền Ý kiến.");
        assertThat(service.comments(SUPERVISOR, plan.getId())).isEmpty();
    }

    @Test
    void aPlanWithoutItsPeriodIsRefusedInVietnameseAndInEnglish() {
        tester.startComponentInPage(new PlanListPanel("panel", context(PRINCIPAL, THCS, "vi")));
        FormTester form = tester.newFormTester("panel:" + PlanListPanel.CREATE);
        form.setValue(PlanListPanel.PERIOD, "");
        form.submit("submit");
        assertThat(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR)).singleElement()
                .asString().startsWith("Hãy điền Thời gian");

        tester.startComponentInPage(new PlanListPanel("panel", context(PRINCIPAL, THCS, "en")));
        form = tester.newFormTester("panel:" + PlanListPanel.CREATE);
        form.setValue(PlanListPanel.PERIOD, "");
        form.submit("submit");
        assertThat(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR)).singleElement()
                .asString().startsWith("Please fill in ");
    }
}
