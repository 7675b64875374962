package vn.edu.caitien.monitoring.impl;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.impl.db.MonitoringMapper;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * Declares the monitoring module: id {@value MonitoringService#MODULE_ID}; {@code monitoring.view} (READ: school roles
 * and supervisors), {@code monitoring.update} (WRITE: principal, vice principal, teachers and staff, who report only on
 * the actions they lead through the service's own rule), {@code monitoring.review} (WRITE: monitoring team, principal,
 * vice principal), {@code monitoring.inspect} (WRITE: supervisors, so that supervising bodies record inspections),
 * {@code monitoring.close} (WRITE: principal).
 */
@Component(service = PortalModule.class)
public final class MonitoringModule implements PortalModule {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringModule.class);

    private final MonitoringStore store;

    /**
     * @param database the portal database; the schema is migrated by {@link MonitoringServiceImpl}, and this component
     *                 needs it only for an administrator's purge
     */
    @Activate
    public MonitoringModule(@Reference PortalDatabase database) {
        this(new MonitoringStore(MyBatisFactory.create(database, MonitoringStore.MAPPERS, MonitoringStore.ALIASES)));
    }

    MonitoringModule(MonitoringStore store) {
        this.store = store;
    }

    @Override
    public String id() {
        return MonitoringService.MODULE_ID;
    }

    @Override
    public String titleKey() {
        return "monitoring.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.read(MonitoringService.VIEW, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                        PortalRole.MONITORING_TEAM, PortalRole.TEACHER, PortalRole.STAFF, PortalRole.SUPERVISOR),
                PermissionDefinition.write(MonitoringService.UPDATE, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                        PortalRole.TEACHER, PortalRole.STAFF),
                PermissionDefinition.write(MonitoringService.REVIEW, PortalRole.MONITORING_TEAM, PortalRole.PRINCIPAL,
                        PortalRole.VICE_PRINCIPAL),
                PermissionDefinition.write(MonitoringService.INSPECT, PortalRole.SUPERVISOR),
                PermissionDefinition.write(MonitoringService.CLOSE, PortalRole.PRINCIPAL));
    }

    @Override
    public int purgeSchoolData(String schoolId) {
        int rows = store.write((MonitoringMapper m) -> m.purgeProgress(schoolId) + m.purgeStates(schoolId)
                + m.purgePlanStates(schoolId) + m.purgeCells(schoolId) + m.purgeSpill(schoolId) + m.purgeSchoolSums(schoolId)
                + m.purgeCloseActions(schoolId) + m.purgeCloses(schoolId)
                + m.purgeReviewSettings(schoolId) + m.purgeReviews(schoolId) + m.purgeInspections(schoolId)
                + m.purgeLinks(schoolId) + m.purgeEvidence(schoolId));
        LOG.info("Purged {} monitoring row(s) of one school", rows);
        return rows;
    }
}
