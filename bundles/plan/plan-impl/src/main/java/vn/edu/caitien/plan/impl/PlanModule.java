package vn.edu.caitien.plan.impl;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.db.PlanMapper;
import vn.edu.caitien.plan.impl.db.PlanStore;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * Declares the plan module: id {@value #ID}; {@code plan.view} (READ: school roles and supervisors, who see
 * published plans only), {@code plan.edit} (WRITE: principal, vice principal; teachers and staff edit the actions
 * they lead through the service's own rule), {@code plan.approve} (WRITE: principal), {@code plan.comment} (WRITE:
 * supervisors, so that supervising bodies may comment).
 */
@Component(service = PortalModule.class)
public final class PlanModule implements PortalModule {

    /** The module id. */
    public static final String ID = "plan";

    private static final Logger LOG = LoggerFactory.getLogger(PlanModule.class);

    private final PlanStore store;

    /**
     * @param database the portal database; the schema is migrated by {@link PlanServiceImpl}, and this component
     *                 needs it only for an administrator's purge
     */
    @Activate
    public PlanModule(@Reference PortalDatabase database) {
        this(new PlanStore(MyBatisFactory.create(database, PlanStore.MAPPERS, PlanStore.ALIASES)));
    }

    PlanModule(PlanStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "plan.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.read(PlanService.VIEW, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                        PortalRole.MONITORING_TEAM, PortalRole.TEACHER, PortalRole.STAFF, PortalRole.SUPERVISOR),
                PermissionDefinition.write(PlanService.EDIT, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL),
                PermissionDefinition.write(PlanService.APPROVE, PortalRole.PRINCIPAL),
                PermissionDefinition.write(PlanService.COMMENT, PortalRole.SUPERVISOR));
    }

    @Override
    public int purgeSchoolData(String schoolId) {
        int rows = store.write((PlanMapper m) -> m.purgeComments(schoolId) + m.purgeActions(schoolId)
                + m.purgeChanges(schoolId) + m.purgeRevisions(schoolId) + m.purgePlans(schoolId));
        LOG.info("Purged {} plan row(s) of one school", rows);
        return rows;
    }
}
