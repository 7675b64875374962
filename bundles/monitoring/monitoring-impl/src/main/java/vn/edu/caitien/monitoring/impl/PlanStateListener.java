package vn.edu.caitien.monitoring.impl;

import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanListener;
import vn.edu.caitien.portal.db.api.PortalDatabase;
import vn.edu.caitien.portal.db.api.SchemaMigrator;

/**
 * Refreshes the monitoring state rows and roll-up cells of a plan after every change the plan service commits
 * (create, save, workflow steps, copy, follow-up, completion), so that the supervisors' roll-up shows plans that
 * monitoring never opened and the actions as the editor left them. Depends on the database only (not on the plan
 * service, which binds it: no circular reference). When the change was asked for by a monitoring write still open on
 * this thread (a review's or an inspection's follow-up, a year close), the refresh runs after that write ends.
 */
@Component(service = PlanListener.class, immediate = true)
public final class PlanStateListener implements PlanListener {

    private static final Logger LOG = LoggerFactory.getLogger(PlanStateListener.class);

    private final StateKeeper keeper;

    /** Migrates the schema (idempotent) and opens its own store. */
    @Activate
    public PlanStateListener(@Reference PortalDatabase database, @Reference SchemaMigrator migrator) {
        this(MonitoringServiceImpl.open(database, migrator), Clock.systemDefaultZone());
    }

    /** @param store the monitoring store (tests and the bench wire it by hand) */
    public PlanStateListener(MonitoringStore store, Clock clock) {
        this.keeper = new StateKeeper(store, clock);
    }

    @Override
    public void planChanged(PlanDocument current) {
        MonitoringStore.afterWrites(() -> {
            try {
                keeper.refresh(current);
            } catch (RuntimeException e) {
                LOG.warn("Monitoring state of plan {} not refreshed; it will be on its next read", current.getId(), e);
            }
        });
    }
}
