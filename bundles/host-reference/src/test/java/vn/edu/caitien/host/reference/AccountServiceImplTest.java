package vn.edu.caitien.host.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.host.reference.db.MembershipRow;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class AccountServiceImplTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private AccountServiceImpl accounts;

    @BeforeEach
    void setUp() {
        HostStore store = Seed.store(db);
        Seed.world(store);
        Seed.account(store, "giamsat", "Vũ Thị Mai", "bí mật", false, true,
                new MembershipRow("giamsat", Fakes.THCS, false, "TEACHER"),
                new MembershipRow("giamsat", Fakes.THCS, false, "MONITORING_TEAM"));
        Seed.account(store, "phuong", "Lê Văn Hùng", "bí mật", false, true,
                new MembershipRow("phuong", Fakes.WARD, true, "SUPERVISOR"));
        Seed.account(store, "cu", "Tài khoản cũ", "bí mật", false, false);
        accounts = new AccountServiceImpl(store);
    }

    @Test
    void signsInWithTheRightPasswordAndGathersRolesPerOrganisation() {
        PortalUser user = accounts.authenticate("giamsat", "bí mật".toCharArray()).orElseThrow();

        assertThat(user.displayName()).isEqualTo("Vũ Thị Mai");
        assertThat(user.systemAdmin()).isFalse();
        assertThat(user.schoolIds()).containsExactly(Fakes.THCS);
        assertThat(user.rolesIn(Fakes.THCS)).containsExactlyInAnyOrder(PortalRole.TEACHER, PortalRole.MONITORING_TEAM);
    }

    @Test
    void bodyMembershipsAreBodies() {
        PortalUser user = accounts.authenticate("phuong", "bí mật".toCharArray()).orElseThrow();

        assertThat(user.schoolIds()).isEmpty();
        assertThat(user.bodyIds()).containsExactly(Fakes.WARD);
    }

    @Test
    void wrongPasswordUnknownLoginAndInactiveAccountAllFailAlike() {
        assertThat(accounts.authenticate("giamsat", "sai".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("khongco", "bí mật".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("cu", "bí mật".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("giamsat", new char[0])).isEmpty();
        assertThat(accounts.authenticate(" ", "bí mật".toCharArray())).isEmpty();
    }

    @Test
    void userReloadsTheCurrentAccount() {
        assertThat(accounts.user("phuong")).map(PortalUser::displayName).contains("Lê Văn Hùng");
        assertThat(accounts.user("cu")).isEmpty();
    }
}
