package vn.edu.caitien.host.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import vn.edu.caitien.portal.api.Access;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.ModuleSwitchService;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.ServiceUnavailableException;

/**
 * The host's {@link PermissionService}. A user holds a permission for a school when:
 * <ol>
 * <li>a module declares it ({@link PortalModule#permissions()}, tracked dynamically by {@link ModuleRegistry}, which
 * keeps the declaration of a module whose bundle is stopped or being redeployed), and that module is switched on
 * for the school ({@link ModuleSwitchService}); a
 * permission of a switched-off module is never held, by anyone; and</li>
 * <li>one of these holds:
 * <ul>
 * <li>a role the user holds <em>in the school</em> is among the permission's default roles (read or write);</li>
 * <li>the user belongs to a body that supervises the school, a role held <em>in that body</em> is among the
 * default roles, and either the permission is {@link Access#READ} or it is a write permission that lists
 * {@link PortalRole#SUPERVISOR} among its default roles;</li>
 * <li>the user is a system administrator and the permission is {@link Access#READ} (administrators see every
 * school's module data read-only), or it is a write permission that lists {@link PortalRole#SYSTEM_ADMIN}.</li>
 * </ul>
 * </li>
 * </ol>
 * Unknown users, schools or permission keys are never granted. Thread-safe; reads current data on every call.
 */
@Component(service = PermissionService.class)
public final class PermissionServiceImpl implements PermissionService {

    private final SchoolDirectory directory;
    private final ModuleSwitchService switches;
    private final ModuleRegistry modules;

    /**
     * @param directory the schools and which bodies supervise them
     * @param switches  per-school module switches
     * @param modules   the modules registered right now
     */
    @Activate
    public PermissionServiceImpl(@Reference SchoolDirectory directory, @Reference ModuleSwitchService switches,
                                 @Reference ModuleRegistry modules) {
        this.directory = directory;
        this.switches = switches;
        this.modules = modules;
    }

    @Override
    public boolean isGranted(PortalUser user, String permissionKey, String schoolId) {
        if (user == null || permissionKey == null || schoolId == null) {
            return false;
        }
        Optional<PermissionDefinition> definition = modules.permission(permissionKey);
        if (definition.isEmpty()) {
            return false;
        }
        Optional<School> school = directory.school(schoolId);
        return school.isPresent() && holds(user, definition.get(), school.get());
    }

    /**
     * As the interface says, except for a permission that no module has declared: its module has not started yet,
     * and that is reported as {@link ServiceUnavailableException}, which the portal shows as "temporarily
     * unavailable" rather than as a refusal. {@link #isGranted} still answers false for it.
     *
     * @throws ServiceUnavailableException when no module has declared the permission
     * @throws AccessDeniedException       when the permission is not held
     */
    @Override
    public void check(PortalUser user, String permissionKey, String schoolId) {
        if (permissionKey != null && modules.permission(permissionKey).isEmpty()) {
            throw new ServiceUnavailableException("the module declaring " + permissionKey);
        }
        PermissionService.super.check(user, permissionKey, schoolId);
    }

    @Override
    public Set<String> grantedPermissions(PortalUser user, String schoolId) {
        if (user == null || schoolId == null) {
            return Set.of();
        }
        Optional<School> school = directory.school(schoolId);
        if (school.isEmpty()) {
            return Set.of();
        }
        return modules.permissions().stream()
                .filter(p -> holds(user, p, school.get()))
                .map(PermissionDefinition::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public List<School> visibleSchools(PortalUser user) {
        if (user == null) {
            return List.of();
        }
        // schools() is already in Vietnamese name order; filtering keeps it.
        return directory.schools().stream().filter(s -> canSee(user, s)).toList();
    }

    @Override
    public boolean canSee(PortalUser user, String schoolId) {
        if (user == null || schoolId == null) {
            return false;
        }
        return directory.school(schoolId).map(s -> canSee(user, s)).orElse(false);
    }

    private static boolean canSee(PortalUser user, School school) {
        return user.systemAdmin()
                || user.schoolIds().contains(school.id())
                || user.bodyIds().stream().anyMatch(school::isSupervisedBy);
    }

    private boolean holds(PortalUser user, PermissionDefinition permission, School school) {
        if (!switches.isEnabled(permission.moduleId(), school.id())) {
            return false;
        }
        Set<PortalRole> granted = permission.defaultRoles();
        boolean memberRole = user.memberships().stream()
                .filter(m -> !m.isBody() && m.orgId().equals(school.id()))
                .flatMap(m -> m.roles().stream())
                .anyMatch(granted::contains);
        if (memberRole) {
            return true;
        }
        boolean bodyRolesApply = permission.access() == Access.READ || granted.contains(PortalRole.SUPERVISOR);
        boolean supervisorRole = bodyRolesApply && user.memberships().stream()
                .filter(m -> m.isBody() && school.isSupervisedBy(m.orgId()))
                .flatMap(m -> m.roles().stream())
                .anyMatch(granted::contains);
        if (supervisorRole) {
            return true;
        }
        return user.systemAdmin()
                && (permission.access() == Access.READ || granted.contains(PortalRole.SYSTEM_ADMIN));
    }
}
