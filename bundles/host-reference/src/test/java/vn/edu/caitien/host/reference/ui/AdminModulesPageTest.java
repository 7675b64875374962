package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.host.reference.Fakes;
import vn.edu.caitien.host.reference.testmodule.FakeModule;

class AdminModulesPageTest {

    private static final ExactLevelFeedbackMessageFilter SUCCESS =
            new ExactLevelFeedbackMessageFilter(FeedbackMessage.SUCCESS);

    private final TestPortal portal = new TestPortal();

    @AfterEach
    void tearDown() {
        portal.close();
    }

    @Test
    void othersThanSystemAdministratorsAreDenied() {
        portal.signIn(Fakes.PRINCIPAL);
        portal.tester.startPage(AdminModulesPage.class);

        portal.tester.assertRenderedPage(AccessDeniedPage.class);
        portal.tester.assertContains("Không có quyền truy cập");
        assertThat(portal.tester.getLastResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void listsModulesWithBundleStateAndSchemaVersion() {
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminModulesPage.class);

        portal.tester.assertRenderedPage(AdminModulesPage.class);
        portal.tester.assertContains("Bảng thử nghiệm");
        portal.tester.assertLabel(AdminModulesPage.MODULES + ":0:version", "3");
        portal.tester.assertLabel(AdminModulesPage.MODULES + ":0:id", FakeModule.ID);
        portal.tester.assertContains("Trường THCS Đáp Cầu");
    }

    @Test
    void aToggleSwitchesTheModuleForOneSchool() {
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminModulesPage.class);
        // Schools are in Vietnamese order: Đáp Cầu (THCS), Kinh Bắc (THCS), Tiểu học Kinh Bắc.
        String cell = AdminModulesPage.MODULES + ":0:cells:1:toggle";
        portal.tester.assertLabel(cell + ":state", "Bật");

        portal.tester.clickLink(cell);

        assertThat(portal.switches.isEnabled(FakeModule.ID, Fakes.THCS)).isFalse();
        assertThat(portal.switches.isEnabled(FakeModule.ID, Fakes.TH)).isTrue();
        portal.tester.assertLabel(cell + ":state", "Tắt");
        portal.tester.assertFeedbackMessages(SUCCESS, "Đã tắt phân hệ cho trường. Dữ liệu vẫn được giữ nguyên.");
    }

    @Test
    void purgeNeedsAReasonAndAConfirmation() {
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminModulesPage.class);
        String form = AdminModulesPage.PURGES + ":0:form";

        FormTester noReason = portal.tester.newFormTester(form);
        noReason.select("school", 1);
        noReason.setValue("confirm", true);
        noReason.submit();
        portal.tester.assertErrorMessages("Lý do (được ghi vào nhật ký kiểm tra) là bắt buộc.");

        FormTester unconfirmed = portal.tester.newFormTester(form);
        unconfirmed.select("school", 1);
        unconfirmed.setValue("reason", "Dữ liệu nhập thử");
        unconfirmed.setValue("confirm", false);
        unconfirmed.submit();
        portal.tester.assertErrorMessages("Hãy đánh dấu ô xác nhận để xoá dữ liệu.");
        assertThat(portal.switches.purges(FakeModule.ID, Fakes.THCS)).isZero();

        FormTester confirmed = portal.tester.newFormTester(form);
        confirmed.select("school", 1);
        confirmed.setValue("reason", "Dữ liệu nhập thử");
        confirmed.setValue("confirm", true);
        confirmed.submit();
        assertThat(portal.switches.purges(FakeModule.ID, Fakes.THCS)).isEqualTo(1);
        portal.tester.assertFeedbackMessages(SUCCESS, "Đã xoá 3 bản ghi của Trường THCS Kinh Bắc.");
    }

    @Test
    void theSchoolListSaysInVietnameseThatNoSchoolIsChosenYet() {
        portal.signIn(Fakes.ADMIN);
        portal.tester.startPage(AdminModulesPage.class);
        String page = portal.tester.getLastResponseAsString();
        assertThat(page).contains("— Chọn trường —").doesNotContain("Choose One");
    }
}
