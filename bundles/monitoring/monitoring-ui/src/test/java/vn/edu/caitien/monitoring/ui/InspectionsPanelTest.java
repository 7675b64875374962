package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.OTHER_TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.PRINCIPAL;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.SUPERVISOR;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.TeamRole;

/** Inspections: the supervising body's form, the school's read view, refusals in place. */
class InspectionsPanelTest extends PanelTestSupport {

    private static final String FORM = "panel:" + InspectionsPanel.FORM;

    private FormTester fillForm() {
        FormTester form = tester.newFormTester(FORM);
        form.setValue("date", Formats.date(fake.today));
        form.setValue("time", "8:30");
        form.setValue("team:0:name", "Ông Cao Xuân Hùng");
        form.setValue("team:0:position", "Phó trưởng phòng");
        form.setValue("team:0:unit", "UBND phường An Bình");
        form.setValue("team:1:name", "Bà Phạm Thị Gái");
        form.setValue("team:1:position", "Hiệu trưởng");
        form.setValue("team:1:unit", "Trường TH Trương Quyền");
        form.setValue("participants:0:name", "Ông Lê Văn Hòa");
        form.setValue("participants:0:position", "Hiệu trưởng");
        form.setValue("basis", "Thông tư số 18/2018/TT-BGDĐT");
        form.setValue("findings:0:criterion", "3.1");
        form.setValue("findings:0:text", "Chưa cải tạo khuôn viên cây xanh");
        form.setValue("findings:0:corrective", "true");
        form.setValue("findings:0:followUp", "Lập kế hoạch cải tạo khuôn viên cây xanh");
        form.setValue("findings:0:lead", "Hiệu trưởng");
        form.select("findings:1:action", 0);
        form.setValue("findings:1:text", "Sinh hoạt tổ chuyên môn chưa đều");
        form.setValue("conclusion", "Kế hoạch được thực hiện cơ bản đúng tiến độ");
        form.setValue("signatures", "Lê Văn Hòa\nCao Xuân Hùng");
        return form;
    }

    @Test
    void theWardOfficerRecordsAVisitWhoseFindingBecomesAFollowUpActionAndTheSchoolReadsItInVietnamese() {
        tester.startComponentInPage(new InspectionsPanel("panel", context(SUPERVISOR, THCS, "vi")));
        tester.assertVisible(FORM);
        tester.assertContains("Tổ trưởng");
        FormTester form = fillForm();
        form.setValue("comments", "Nhà trường triển khai kế hoạch nghiêm túc.");
        form.submit(InspectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        tester.assertContains("Đã lưu biên bản kiểm tra");
        Inspection stored = fake.inspections.get(0);
        assertThat(stored.startsAt().getHour()).isEqualTo(8);
        assertThat(stored.startsAt().getMinute()).isEqualTo(30);
        assertThat(stored.team()).extracting(t -> t.role()).containsExactly(TeamRole.LEADER, TeamRole.MEMBER);
        assertThat(stored.participants()).singleElement().satisfies(p -> assertThat(p.position()).isEqualTo("Hiệu trưởng"));
        assertThat(stored.findings()).hasSize(2);
        assertThat(stored.findings().get(0)).satisfies(f -> {
            assertThat(f.requiresFollowUp()).isTrue();
            assertThat(f.followUpActionKey()).isNotEmpty();
        });
        assertThat(stored.findings().get(1)).satisfies(f -> {
            assertThat(f.actionKey()).isEqualTo("a1");
            assertThat(f.criterionCode()).isEqualTo("1.4");
            assertThat(f.requiresFollowUp()).isFalse();
        });
        assertThat(fake.actions).anyMatch(a -> a.followUp() && a.criterion().equals("3.1"));

        // The principal of the school reads it, and has no form.
        tester.startComponentInPage(new InspectionsPanel("panel", context(PRINCIPAL, THCS, "vi")));
        tester.assertInvisible(FORM);
        tester.assertContains("Vào lúc 08 giờ 30 phút");
        tester.assertContains("Ông Cao Xuân Hùng, Phó trưởng phòng UBND phường An Bình – Tổ trưởng");
        tester.assertContains("Bà Phạm Thị Gái, Hiệu trưởng Trường TH Trương Quyền – Thành viên");
        tester.assertContains("Nhận xét của đoàn kiểm tra");
        tester.assertContains("Nhà trường triển khai kế hoạch nghiêm túc.");
        tester.assertContains("Cần hành động khắc phục – đã bổ sung công việc khắc phục vào kế hoạch");
        tester.assertContains("1.4 – Nâng cao hiệu quả sinh hoạt tổ chuyên môn");
        assertThat(pageBytes()).isLessThan(50 * 1024);
    }

    @Test
    void aLargerTeamAndMoreFindingsGetRowsWithoutLosingWhatWasTyped() {
        tester.startComponentInPage(new InspectionsPanel("panel", context(SUPERVISOR, THCS, "vi")));
        tester.assertContains("Thêm thành viên");
        FormTester form = fillForm();
        form.submit("addTeam");
        form = tester.newFormTester(FORM);
        form.submit("addTeam");
        form = tester.newFormTester(FORM);
        form.submit("addFinding");
        form = tester.newFormTester(FORM);
        form.submit("addParticipant");
        tester.assertNoErrorMessage();
        // Six team rows became eight, four findings five, four participants five; the typed values are still there.
        tester.assertComponent(FORM + ":team:7:name", org.apache.wicket.markup.html.form.TextField.class);
        tester.assertComponent(FORM + ":findings:4:text", org.apache.wicket.markup.html.form.TextArea.class);
        tester.assertComponent(FORM + ":participants:4:name", org.apache.wicket.markup.html.form.TextField.class);
        assertThat(tester.getComponentFromLastRenderedPage(FORM + ":team:0:name").getDefaultModelObject())
                .isEqualTo("Ông Cao Xuân Hùng");
        assertThat(fake.inspections).isEmpty();

        form = tester.newFormTester(FORM);
        form.setValue("team:7:name", "Ông Nguyễn Văn Tám");
        form.setValue("team:7:position", "Hiệu trưởng");
        form.setValue("team:7:unit", "Trường THCS Đại Phúc");
        form.setValue("findings:4:criterion", "5.4");
        form.setValue("findings:4:text", "Hồ sơ hoạt động trải nghiệm chưa đầy đủ");
        form.setValue("comments", "Nhà trường triển khai kế hoạch nghiêm túc.");
        form.submit(InspectionsPanel.SAVE);
        tester.assertNoErrorMessage();
        Inspection stored = fake.inspections.get(0);
        assertThat(stored.team()).extracting(t -> t.name()).containsExactly("Ông Cao Xuân Hùng", "Bà Phạm Thị Gái",
                "Ông Nguyễn Văn Tám");
        assertThat(stored.findings()).hasSize(3);
        assertThat(stored.findings().get(2).criterionCode()).isEqualTo("5.4");
    }

    @Test
    void noCommentsOrTwoLeadersAreRefusedInPlaceAndNothingIsStoredInEnglish() {
        tester.startComponentInPage(new InspectionsPanel("panel", context(SUPERVISOR, THCS, "en")));
        FormTester form = fillForm();
        form.select("team:1:role", 0);
        form.setValue("comments", "");
        form.submit(InspectionsPanel.SAVE);
        tester.assertContains("The inspection team needs exactly one team leader.");
        tester.assertContains("Please fill in Comments of the inspection team.");
        form = tester.newFormTester(FORM);
        form.setValue("time", "25:99");
        form.submit(InspectionsPanel.SAVE);
        tester.assertContains("Write the date as dd/mm/yyyy and the time as hh:mm");
        assertThat(fake.inspections).isEmpty();
        assertThat(fake.actions).noneMatch(FakeMonitoring.Action::followUp);
    }

    @Test
    void aTeacherOfAnotherSchoolGetsNothing() {
        tester.startComponentInPage(new InspectionsPanel("panel", context(SUPERVISOR, THCS, "vi")));
        FormTester form = fillForm();
        form.setValue("comments", "Bí mật của trường An Bình");
        form.submit(InspectionsPanel.SAVE);
        tester.startComponentInPage(new InspectionsPanel("panel", context(OTHER_TEACHER, THCS, "vi")));
        tester.assertVisible("panel:denied");
        tester.assertInvisible(FORM);
        tester.assertContainsNot("Bí mật của trường An Bình");
    }
}
