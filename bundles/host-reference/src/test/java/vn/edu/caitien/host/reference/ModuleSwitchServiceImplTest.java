package vn.edu.caitien.host.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class ModuleSwitchServiceImplTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private HostStore store;
    private final ModuleRegistry modules = new ModuleRegistry();
    private final Fakes.PlanModule plan = new Fakes.PlanModule();
    private ModuleSwitchServiceImpl switches;

    @BeforeEach
    void setUp() {
        store = Seed.store(db);
        Seed.world(store);
        modules.register(plan);
        switches = new ModuleSwitchServiceImpl(store, modules);
    }

    @Test
    void modulesAreOnUntilSwitchedOffAndTheSwitchIsPersisted() {
        assertThat(switches.isEnabled("plan", Fakes.THCS)).isTrue();

        switches.setEnabled("plan", Fakes.THCS, false, Fakes.ADMIN);
        // A new service over the same tables stands for a restarted portal.
        ModuleSwitchServiceImpl restarted = new ModuleSwitchServiceImpl(Seed.store(db), modules);
        assertThat(restarted.isEnabled("plan", Fakes.THCS)).isFalse();
        assertThat(restarted.isEnabled("plan", Fakes.TH)).isTrue();

        restarted.setEnabled("plan", Fakes.THCS, true, Fakes.ADMIN);
        assertThat(switches.isEnabled("plan", Fakes.THCS)).isTrue();
        assertThat(audit()).extracting(AuditRow::action)
                .containsExactly(ModuleSwitchServiceImpl.ACTION_ENABLE, ModuleSwitchServiceImpl.ACTION_DISABLE);
    }

    @Test
    void onlySystemAdministratorsMaySwitchOrPurge() {
        assertThatThrownBy(() -> switches.setEnabled("plan", Fakes.THCS, false, Fakes.PRINCIPAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> switches.purgeSchoolData("plan", Fakes.THCS, Fakes.WARD_OFFICER, "lý do"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(switches.isEnabled("plan", Fakes.THCS)).isTrue();
        assertThat(plan.purgedSchools()).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void purgeCallsTheModuleAndIsAudited() {
        int rows = switches.purgeSchoolData("plan", Fakes.THCS, Fakes.ADMIN, "  Trường yêu cầu xoá dữ liệu thử  ");

        assertThat(rows).isEqualTo(7);
        assertThat(plan.purgedSchools()).containsExactly(Fakes.THCS);
        List<AuditRow> audit = audit();
        assertThat(audit).hasSize(1);
        AuditRow row = audit.get(0);
        assertThat(row.actor()).isEqualTo("admin");
        assertThat(row.action()).isEqualTo(ModuleSwitchServiceImpl.ACTION_PURGE);
        assertThat(row.moduleId()).isEqualTo("plan");
        assertThat(row.schoolId()).isEqualTo(Fakes.THCS);
        assertThat(row.detail()).isEqualTo("rows=7; reason=Trường yêu cầu xoá dữ liệu thử");
        assertThat(row.occurredAt()).isNotNull();
    }

    @Test
    void purgeWithoutReasonIsRefused() {
        assertThatThrownBy(() -> switches.purgeSchoolData("plan", Fakes.THCS, Fakes.ADMIN, "   "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> switches.purgeSchoolData("plan", Fakes.THCS, Fakes.ADMIN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.purgedSchools()).isEmpty();
        assertThat(audit()).isEmpty();
    }

    @Test
    void purgeOfAModuleThatIsNotRunningIsRefused() {
        assertThatThrownBy(() -> switches.purgeSchoolData("notices", Fakes.THCS, Fakes.ADMIN, "lý do"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(audit()).isEmpty();
    }

    private List<AuditRow> audit() {
        try (SqlSession session = store.openSession()) {
            return session.getMapper(ModuleSwitchMapper.class).findAudit();
        }
    }
}
