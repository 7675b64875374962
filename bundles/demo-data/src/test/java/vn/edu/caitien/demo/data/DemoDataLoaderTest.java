package vn.edu.caitien.demo.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.host.reference.AccountServiceImpl;
import vn.edu.caitien.host.reference.HostStore;
import vn.edu.caitien.host.reference.PasswordHasher;
import vn.edu.caitien.host.reference.PasswordHasher.PasswordHash;
import vn.edu.caitien.host.reference.SchoolDirectoryImpl;
import vn.edu.caitien.host.reference.db.AccountMapper;
import vn.edu.caitien.host.reference.db.AccountRow;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

class DemoDataLoaderTest {

    private static final List<String> LOGINS = List.of("admin", "so", "phuong", "hieutruong", "phohieutruong",
            "giaovien", "giamsat", "hieutruong.th", "phuong.vn", "hieutruong.vn", "giaovien.vn");

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase();

    private HostStore store;
    private SchoolDirectoryImpl directory;

    @BeforeEach
    void setUp() {
        SchemaMigratorImpl migrator = new SchemaMigratorImpl(db);
        store = new HostStore(db, migrator);
        directory = new SchoolDirectoryImpl(store);
        new DemoDataLoader(migrator, directory);
    }

    @Test
    void loadsTheBodiesAndSchoolsInVietnameseOrder() {
        assertThat(directory.schools()).extracting(School::name).containsExactly(
                "Trường Mầm non Hoa Sen", "Trường THCS Kinh Bắc", "Trường THCS Vũ Ninh", "Trường Tiểu học Kinh Bắc");
        assertThat(directory.body("so-bacninh").orElseThrow().kind()).isEqualTo(BodyKind.PROVINCIAL_DEPARTMENT);
        assertThat(directory.body("ubnd-kinhbac").orElseThrow().name()).isEqualTo("UBND PHƯỜNG KINH BẮC");
        School thcs = directory.school("thcs-kinhbac").orElseThrow();
        assertThat(thcs.documentSymbol()).isEqualTo("THCSKB");
        assertThat(thcs.parentBody()).isEqualTo("UBND PHƯỜNG KINH BẮC");
        assertThat(thcs.supervisorIds()).containsExactly("ubnd-kinhbac", "so-bacninh");
        assertThat(directory.schoolsSupervisedBy("so-bacninh")).hasSize(4);
        // The second ward sees only its own school, and the first ward never sees it.
        assertThat(directory.schoolsSupervisedBy("ubnd-vuninh")).extracting(School::id).containsExactly("thcs-vuninh");
        assertThat(directory.schoolsSupervisedBy("ubnd-kinhbac")).extracting(School::id)
                .doesNotContain("thcs-vuninh");
    }

    @Test
    void everyDemoAccountSignsInWithDemo() {
        AccountServiceImpl accounts = new AccountServiceImpl(store);
        for (String login : LOGINS) {
            assertThat(accounts.authenticate(login, "demo".toCharArray())).as(login).isPresent();
        }
        PortalUser giamsat = accounts.user("giamsat").orElseThrow();
        assertThat(giamsat.displayName()).isEqualTo("Vũ Thị Mai");
        assertThat(giamsat.rolesIn("thcs-kinhbac"))
                .containsExactlyInAnyOrder(PortalRole.MONITORING_TEAM, PortalRole.TEACHER);
        assertThat(accounts.user("admin").orElseThrow().systemAdmin()).isTrue();
        assertThat(accounts.user("so").orElseThrow().bodyIds()).containsExactly("so-bacninh");
    }

    @Test
    void everyStoredHashVerifiesDemoAndIsStrongEnough() {
        PasswordHasher hasher = new PasswordHasher();
        try (SqlSession session = store.openSession()) {
            AccountMapper mapper = session.getMapper(AccountMapper.class);
            for (String login : LOGINS) {
                AccountRow row = mapper.findAccount(login);
                PasswordHash hash = new PasswordHash(row.passwordHash(), row.salt(), row.iterations());
                assertThat(row.iterations()).isGreaterThanOrEqualTo(PasswordHasher.MIN_ITERATIONS);
                assertThat(hasher.verify("demo".toCharArray(), hash)).as(login).isTrue();
                assertThat(hasher.verify("Demo".toCharArray(), hash)).as(login).isFalse();
            }
        }
    }

    @Test
    void startingAgainNeverDuplicates() {
        SchemaMigratorImpl migrator = new SchemaMigratorImpl(db);
        new DemoDataLoader(migrator, directory);
        new DemoDataLoader(migrator, directory);

        assertThat(directory.schools()).hasSize(4);
        assertThat(migrator.currentVersion(DemoDataLoader.MIGRATION_ID)).isEqualTo(2);
    }

    @Test
    void scriptsAreNfcUtf8() throws IOException {
        for (String script : List.of("V001__demo_portal.sql", "V002__demo_second_ward.sql")) {
            try (InputStream in = DemoDataLoader.class.getResourceAsStream("/db/demo/" + script)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(Normalizer.isNormalized(sql, Normalizer.Form.NFC)).as(script).isTrue();
                assertThat(sql).containsAnyOf("Trường Tiểu học Kinh Bắc", "Trường THCS Vũ Ninh");
            }
        }
    }
}
