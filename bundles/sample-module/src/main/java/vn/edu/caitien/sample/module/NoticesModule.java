package vn.edu.caitien.sample.module;

import java.util.List;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.sample.module.db.NoticeMapper;

/** The noticeboard as a portal module: its id, title, permissions, and the purge of one school's notices. */
@Component(service = PortalModule.class)
public final class NoticesModule implements PortalModule {

    /** Module id; also the migration folder {@code db/notices/}. */
    public static final String ID = "notices";

    private static final Logger LOG = LoggerFactory.getLogger(NoticesModule.class);

    // The noticeboard is internal to the school: supervising bodies do not read it.
    private static final List<PermissionDefinition> PERMISSIONS = List.of(
            PermissionDefinition.read(NoticeService.VIEW, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                    PortalRole.MONITORING_TEAM, PortalRole.TEACHER, PortalRole.STAFF),
            PermissionDefinition.write(NoticeService.POST, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL));

    private final NoticeStore store;

    /** @param store the notices table; waiting for it means the schema exists before the module is listed */
    @Activate
    public NoticesModule(@Reference NoticeStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "notices.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return PERMISSIONS;
    }

    @Override
    public int purgeSchoolData(String schoolId) {
        try (SqlSession session = store.openSession()) {
            int deleted = session.getMapper(NoticeMapper.class).deleteBySchool(schoolId);
            session.commit();
            LOG.info("Purged {} notices of school {}", deleted, schoolId);
            return deleted;
        }
    }
}
