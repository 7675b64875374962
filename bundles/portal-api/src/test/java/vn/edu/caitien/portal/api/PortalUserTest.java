package vn.edu.caitien.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortalUserTest {

    private final PortalUser principal = new PortalUser("hieutruong", "Nguyễn Văn An", false, List.of(
            Membership.school("thcs-a", PortalRole.PRINCIPAL, PortalRole.TEACHER),
            Membership.body("ubnd-x", PortalRole.SUPERVISOR)));

    @Test
    void rolesAreHeldPerOrganisation() {
        assertThat(principal.rolesIn("thcs-a")).containsExactlyInAnyOrder(PortalRole.PRINCIPAL, PortalRole.TEACHER);
        assertThat(principal.rolesIn("ubnd-x")).containsExactly(PortalRole.SUPERVISOR);
        assertThat(principal.rolesIn("thcs-b")).isEmpty();
        assertThat(principal.schoolIds()).containsExactly("thcs-a");
        assertThat(principal.bodyIds()).containsExactly("ubnd-x");
    }

    @Test
    void systemAdministratorHoldsTheAdminRoleEverywhereButNoSchoolRole() {
        PortalUser admin = new PortalUser("admin", "Quản trị", true, List.of());
        assertThat(admin.rolesIn("thcs-a")).containsExactly(PortalRole.SYSTEM_ADMIN);
        assertThat(admin.schoolIds()).isEmpty();
    }

    @Test
    void permissionKeysNameTheirModule() {
        assertThat(PermissionDefinition.write("plan.edit", PortalRole.PRINCIPAL).moduleId()).isEqualTo("plan");
        assertThatThrownBy(() -> PermissionDefinition.read("edit")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contextGrantsOnlyWithASchool() {
        School school = new School("thcs-a", "Trường THCS A", Set.of(SchoolLevel.THCS), "THCSA", "UBND XÃ A",
                List.of("ubnd-x"));
        PortalContext withSchool = new PortalContext(principal, school, Set.of("plan.view"), null);
        assertThat(withSchool.can("plan.view")).isTrue();
        assertThat(withSchool.can("plan.edit")).isFalse();
        assertThat(withSchool.locale()).isEqualTo(Locale.forLanguageTag("vi"));
        PortalContext noSchool = new PortalContext(principal, null, Set.of("plan.view"), Locale.ENGLISH);
        assertThat(noSchool.can("plan.view")).isFalse();
        assertThatThrownBy(noSchool::requireSchool).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void schoolKnowsItsSupervisorsAndLevels() {
        School multi = new School("pt-b", "Trường TH&THCS B", Set.of(SchoolLevel.TH, SchoolLevel.THCS), "THCSB",
                null, List.of("ubnd-x", "so-y"));
        assertThat(multi.isMultiLevel()).isTrue();
        assertThat(multi.isSupervisedBy("so-y")).isTrue();
        assertThat(multi.isSupervisedBy("ubnd-z")).isFalse();
        assertThat(multi.parentBody()).isEmpty();
        assertThatThrownBy(() -> new School("c", "C", Set.of(), "", "", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
