package vn.edu.caitien.sample.module;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.sample.module.db.NoticeMapper;
import vn.edu.caitien.sample.module.db.NoticeRow;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/** The {@code NOTICES} schema: migrated from {@code db/notices/} on activation, then opened through MyBatis. */
@Component(service = NoticeStore.class)
public final class NoticeStore {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeStore.class);

    private final SqlSessionFactory sessions;

    /**
     * @param database the portal database
     * @param migrator applies this bundle's migrations
     */
    @Activate
    public NoticeStore(@Reference PortalDatabase database, @Reference SchemaMigrator migrator) {
        int version = migrator.migrate(NoticesModule.ID, NoticeStore.class);
        LOG.info("Notices schema at version {}", version);
        this.sessions = MyBatisFactory.create(database, List.of(NoticeMapper.class), List.of(NoticeRow.class));
    }

    /** @return a new session; the caller closes it and commits writes */
    public SqlSession openSession() {
        return sessions.openSession();
    }
}
