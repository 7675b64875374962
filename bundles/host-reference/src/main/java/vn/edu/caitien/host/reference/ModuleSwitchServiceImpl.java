package vn.edu.caitien.host.reference;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.Objects;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.db.AuditRow;
import vn.edu.caitien.host.reference.db.ModuleSwitchMapper;
import vn.edu.caitien.host.reference.db.ModuleSwitchRow;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * {@link ModuleSwitchService} persisted in {@code PORTAL.MODULE_SWITCH}; every change and every purge is appended
 * to {@code PORTAL.AUDIT_LOG}. Only system administrators may switch or purge.
 */
@Component(service = ModuleSwitchService.class)
public final class ModuleSwitchServiceImpl implements ModuleSwitchService {

    /** Audit action: a module was switched on for a school. */
    public static final String ACTION_ENABLE = "MODULE_ENABLE";
    /** Audit action: a module was switched off for a school. */
    public static final String ACTION_DISABLE = "MODULE_DISABLE";
    /** Audit action: one school's data of a module was deleted. */
    public static final String ACTION_PURGE = "MODULE_PURGE";
    /** Pseudo permission named in the {@link AccessDeniedException} of a non-administrator. */
    public static final String ADMIN_PERMISSION = "portal.modules.manage";

    private static final Logger LOG = LoggerFactory.getLogger(ModuleSwitchServiceImpl.class);
    private static final int MAX_REASON = 3000;

    private final HostStore store;
    private final ModuleRegistry modules;
    private final Clock clock;

    /**
     * @param store   the host's tables
     * @param modules the modules registered right now, for purging
     */
    @Activate
    public ModuleSwitchServiceImpl(@Reference HostStore store, @Reference ModuleRegistry modules) {
        this(store, modules, Clock.systemDefaultZone());
    }

    ModuleSwitchServiceImpl(HostStore store, ModuleRegistry modules, Clock clock) {
        this.store = store;
        this.modules = modules;
        this.clock = clock;
    }

    @Override
    public boolean isEnabled(String moduleId, String schoolId) {
        try (SqlSession session = store.openSession()) {
            ModuleSwitchRow row = session.getMapper(ModuleSwitchMapper.class).findSwitch(moduleId, schoolId);
            return row == null || row.enabled();
        }
    }

    @Override
    public void setEnabled(String moduleId, String schoolId, boolean enabled, PortalUser actor) {
        requireAdmin(actor, moduleId, schoolId);
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(schoolId, "schoolId");
        Timestamp now = Timestamp.from(clock.instant());
        try (SqlSession session = store.openSession()) {
            ModuleSwitchMapper mapper = session.getMapper(ModuleSwitchMapper.class);
            ModuleSwitchRow row = new ModuleSwitchRow(moduleId, schoolId, enabled, actor.id(), now);
            // Update first, insert when absent: the same two statements work on Derby and PostgreSQL.
            if (mapper.updateSwitch(row) == 0) {
                mapper.insertSwitch(row);
            }
            mapper.insertAudit(new AuditRow(null, now, actor.id(), enabled ? ACTION_ENABLE : ACTION_DISABLE,
                    moduleId, schoolId, null));
            session.commit();
        }
        LOG.info("Module {} switched {} for school {} by {}", moduleId, enabled ? "on" : "off", schoolId, actor.id());
    }

    @Override
    public int purgeSchoolData(String moduleId, String schoolId, PortalUser actor, String reason) {
        requireAdmin(actor, moduleId, schoolId);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to purge a school's data");
        }
        String trimmed = reason.strip();
        if (trimmed.length() > MAX_REASON) {
            throw new IllegalArgumentException("the reason is longer than " + MAX_REASON + " characters");
        }
        PortalModule module = modules.module(moduleId)
                .orElseThrow(() -> new IllegalStateException("module " + moduleId + " is not active"));
        int rows = module.purgeSchoolData(schoolId);
        try (SqlSession session = store.openSession()) {
            session.getMapper(ModuleSwitchMapper.class).insertAudit(new AuditRow(null, Timestamp.from(clock.instant()),
                    actor.id(), ACTION_PURGE, moduleId, schoolId, "rows=" + rows + "; reason=" + trimmed));
            session.commit();
        }
        LOG.warn("Purged {} rows of module {} for school {}, by {}", rows, moduleId, schoolId, actor.id());
        return rows;
    }

    private static void requireAdmin(PortalUser actor, String moduleId, String schoolId) {
        if (actor == null || !actor.systemAdmin()) {
            throw new AccessDeniedException(ADMIN_PERMISSION, "module " + moduleId + ", school " + schoolId
                    + ", user " + (actor == null ? "none" : actor.id()));
        }
    }
}
