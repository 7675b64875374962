package vn.edu.caitien.host.reference;

import org.apache.ibatis.session.SqlSession;
import vn.edu.caitien.host.reference.PasswordHasher.PasswordHash;
import vn.edu.caitien.host.reference.db.AccountMapper;
import vn.edu.caitien.host.reference.db.AccountRow;
import vn.edu.caitien.host.reference.db.BodyRow;
import vn.edu.caitien.host.reference.db.DirectoryMapper;
import vn.edu.caitien.host.reference.db.MembershipRow;
import vn.edu.caitien.host.reference.db.SchoolLevelRow;
import vn.edu.caitien.host.reference.db.SchoolRow;
import vn.edu.caitien.host.reference.db.SchoolSupervisorRow;
import vn.edu.caitien.portal.db.impl.SchemaMigratorImpl;
import vn.edu.caitien.testsupport.TestDatabase;

/** Builds a {@link HostStore} on a test database and fills it with the world of {@link Fakes}. */
final class Seed {

    private Seed() {
    }

    /** @return a store over the test database, migrated by the production migrator */
    static HostStore store(TestDatabase db) {
        return new HostStore(db, new SchemaMigratorImpl(db));
    }

    static void world(HostStore store) {
        try (SqlSession session = store.openSession()) {
            DirectoryMapper directory = session.getMapper(DirectoryMapper.class);
            directory.insertBody(new BodyRow(Fakes.PROVINCE, "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH BẮC NINH", "PROVINCIAL_DEPARTMENT"));
            directory.insertBody(new BodyRow(Fakes.WARD, "UBND PHƯỜNG KINH BẮC", "COMMUNE_COMMITTEE"));
            school(directory, Fakes.THCS, "Trường THCS Kinh Bắc", "THCS", Fakes.WARD);
            school(directory, Fakes.TH, "Trường Tiểu học Kinh Bắc", "TH", Fakes.WARD);
            session.commit();
        }
    }

    static void school(DirectoryMapper directory, String id, String name, String level, String ward) {
        directory.insertSchool(new SchoolRow(id, name, "SYM", "UBND"));
        directory.insertLevel(new SchoolLevelRow(id, level));
        directory.insertSupervisor(new SchoolSupervisorRow(id, ward, 1));
        directory.insertSupervisor(new SchoolSupervisorRow(id, Fakes.PROVINCE, 2));
    }

    static void account(HostStore store, String login, String name, String password, boolean admin, boolean active,
                        MembershipRow... memberships) {
        PasswordHash hash = new PasswordHasher().hash(password.toCharArray());
        try (SqlSession session = store.openSession()) {
            AccountMapper mapper = session.getMapper(AccountMapper.class);
            mapper.insertAccount(new AccountRow(login, name, hash.hash(), hash.salt(), hash.iterations(), admin, active));
            for (MembershipRow membership : memberships) {
                mapper.insertMembership(membership);
            }
            session.commit();
        }
    }
}
