package vn.edu.caitien.host.reference;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.db.AccountMapper;
import vn.edu.caitien.host.reference.db.AccountRow;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.BodyRow;
import vn.edu.caitien.host.reference.db.DirectoryMapper;
import vn.edu.caitien.host.reference.db.MembershipRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.host.reference.db.ModuleSwitchRow;
import vn.edu.caitien.host.reference.db.SchoolLevelRow;
import vn.edu.caitien.host.reference.db.SchoolRow;
import vn.edu.caitien.host.reference.db.SchoolSupervisorRow;
import vn.edu.caitien.host.reference.db.StaffRow;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * The host's own tables (schema {@code PORTAL}): applies the {@code db/portal/} migrations when it activates and
 * opens MyBatis sessions over them. Every other host component that touches the database references this one,
 * so none of them (and no bundle that waits for a host service, such as demo-data) starts before the schema
 * exists.
 */
@Component(service = HostStore.class)
public final class HostStore {

    /** Module id under which the host's migrations are recorded; also the folder {@code db/portal/}. */
    public static final String MIGRATION_ID = "portal";

    private static final Logger LOG = LoggerFactory.getLogger(HostStore.class);

    private final SqlSessionFactory sessions;

    /**
     * Migrates the schema, then builds the session factory.
     *
     * @param database the portal database
     * @param migrator applies {@code db/portal/V*.sql} from this bundle
     */
    @Activate
    public HostStore(@Reference PortalDatabase database, @Reference SchemaMigrator migrator) {
        int version = migrator.migrate(MIGRATION_ID, HostStore.class);
        LOG.info("Portal schema at version {} on {}", version, database.databaseId());
        this.sessions = MyBatisFactory.create(database,
                List.of(AccountMapper.class, DirectoryMapper.class, ModuleSwitchMapper.class),
                List.of(AccountRow.class, MembershipRow.class, SchoolRow.class, SchoolLevelRow.class,
                        SchoolSupervisorRow.class, BodyRow.class, ModuleSwitchRow.class, AuditRow.class, StaffRow.class));
    }

    /** @return a new session; the caller closes it and commits writes */
    public SqlSession openSession() {
        return sessions.openSession();
    }
}
