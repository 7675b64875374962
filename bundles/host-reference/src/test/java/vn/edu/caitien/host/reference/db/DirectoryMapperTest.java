package vn.edu.caitien.host.reference.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.host.reference.HostStore;
import vn.edu.caitien.host.reference.SchoolDirectoryImpl;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class DirectoryMapperTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private HostStore store;

    @BeforeEach
    void setUp() {
        store = new HostStore(db, new SchemaMigratorImpl(db));
        try (SqlSession session = store.openSession()) {
            DirectoryMapper mapper = session.getMapper(DirectoryMapper.class);
            mapper.insertBody(new BodyRow("ubnd-x", "UBND PHƯỜNG ĐỐNG ĐA", "COMMUNE_COMMITTEE"));
            mapper.insertBody(new BodyRow("so-x", "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI", "PROVINCIAL_DEPARTMENT"));
            for (String[] s : new String[][] {
                    {"yh", "Trường THCS Yên Hòa"}, {"dd", "Trường THCS Đống Đa"},
                    {"dv", "Trường THCS Dịch Vọng"}, {"bd", "Trường THCS Ba Đình"}}) {
                mapper.insertSchool(new SchoolRow(s[0], s[1], "THCS" + s[0].toUpperCase(), "UBND PHƯỜNG ĐỐNG ĐA"));
                mapper.insertLevel(new SchoolLevelRow(s[0], "THCS"));
                mapper.insertSupervisor(new SchoolSupervisorRow(s[0], "ubnd-x", 1));
            }
            mapper.insertLevel(new SchoolLevelRow("bd", "TH"));
            mapper.insertSupervisor(new SchoolSupervisorRow("bd", "so-x", 2));
            session.commit();
        }
    }

    @Test
    void schoolsComeInVietnameseOrder() {
        // Binary order would put "Đống Đa" last, after "Yên Hòa".
        assertThat(new SchoolDirectoryImpl(store).schools()).extracting(School::name).containsExactly(
                "Trường THCS Ba Đình", "Trường THCS Dịch Vọng", "Trường THCS Đống Đa", "Trường THCS Yên Hòa");
    }

    @Test
    void schoolIsAssembledWithLevelsAndSupervisorsNearestFirst() {
        School school = new SchoolDirectoryImpl(store).school("bd").orElseThrow();

        assertThat(school.levels()).containsExactlyInAnyOrder(SchoolLevel.THCS, SchoolLevel.TH);
        assertThat(school.supervisorIds()).containsExactly("ubnd-x", "so-x");
        assertThat(school.documentSymbol()).isEqualTo("THCSBD");
        assertThat(school.parentBody()).isEqualTo("UBND PHƯỜNG ĐỐNG ĐA");
        assertThat(school.isMultiLevel()).isTrue();
    }

    @Test
    void bodiesAndSupervisedSchools() {
        SchoolDirectoryImpl directory = new SchoolDirectoryImpl(store);

        assertThat(directory.body("so-x").orElseThrow().kind()).isEqualTo(BodyKind.PROVINCIAL_DEPARTMENT);
        assertThat(directory.schoolsSupervisedBy("so-x")).extracting(School::id).containsExactly("bd");
        assertThat(directory.schoolsSupervisedBy("ubnd-x")).hasSize(4);
        assertThat(directory.school("none")).isEmpty();
        assertThat(directory.body("none")).isEmpty();
    }

    @Test
    void migrationRunsOnceEvenWhenTheStoreStartsAgain() {
        HostStore again = new HostStore(db, new SchemaMigratorImpl(db));
        assertThat(new SchoolDirectoryImpl(again).schools()).hasSize(4);
        assertThat(new SchemaMigratorImpl(db).currentVersion(HostStore.MIGRATION_ID)).isEqualTo(1);
    }

    @Test
    void staffAreTheSchoolsActiveMembersInVietnameseOrderWithTheirRolesThere() {
        try (SqlSession session = store.openSession()) {
            AccountMapper accounts = session.getMapper(AccountMapper.class);
            Object[][] people = {
                {"hieutruong", "Nguyễn Văn An", true}, {"giaovien", "Đỗ Minh Tuấn", true},
                {"vanthu", "Bùi Thị Lan", true}, {"nghiviec", "Lê Thị Hoa", false}, {"phuong", "Lê Văn Hùng", true},
                {"khac", "Trần Văn Khoa", true}};
            for (Object[] p : people) {
                accounts.insertAccount(new AccountRow((String) p[0], (String) p[1], "secret-hash", "salt", 1, false,
                        (Boolean) p[2]));
            }
            accounts.insertMembership(new MembershipRow("hieutruong", "dd", false, "PRINCIPAL"));
            accounts.insertMembership(new MembershipRow("hieutruong", "dd", false, "MONITORING_TEAM"));
            accounts.insertMembership(new MembershipRow("hieutruong", "yh", false, "TEACHER"));
            accounts.insertMembership(new MembershipRow("giaovien", "dd", false, "TEACHER"));
            accounts.insertMembership(new MembershipRow("vanthu", "dd", false, "STAFF"));
            accounts.insertMembership(new MembershipRow("nghiviec", "dd", false, "TEACHER"));
            accounts.insertMembership(new MembershipRow("phuong", "ubnd-x", true, "SUPERVISOR"));
            accounts.insertMembership(new MembershipRow("khac", "yh", false, "TEACHER"));
            session.commit();
        }
        SchoolDirectoryImpl directory = new SchoolDirectoryImpl(store);

        // Binary order would put "Đỗ" after "Nguyễn"; the inactive teacher, the ward officer and the other school's
        // teacher are not staff of "dd".
        assertThat(directory.staff("dd")).containsExactly(
                new StaffMember("vanthu", "Bùi Thị Lan", Set.of(PortalRole.STAFF)),
                new StaffMember("giaovien", "Đỗ Minh Tuấn", Set.of(PortalRole.TEACHER)),
                new StaffMember("hieutruong", "Nguyễn Văn An", Set.of(PortalRole.PRINCIPAL, PortalRole.MONITORING_TEAM)));
        assertThat(directory.staff("yh")).extracting(StaffMember::userId).containsExactly("hieutruong", "khac");
        assertThat(directory.staff("ubnd-x")).isEmpty();
        assertThat(directory.staff("none")).isEmpty();
        assertThat(directory.staff(" ")).isEmpty();
        // The record has no field that could carry password data.
        assertThat(StaffMember.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("userId", "displayName", "roles");
    }

    @Test
    void mapperReturnsRowsInOrder() {
        try (SqlSession session = store.openSession()) {
            List<SchoolSupervisorRow> rows = session.getMapper(DirectoryMapper.class).findSupervisors();
            assertThat(rows).filteredOn(r -> r.schoolId().equals("bd"))
                    .extracting(SchoolSupervisorRow::position).containsExactly(1, 2);
        }
    }
}
