package vn.edu.caitien.portal.api;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Answers whether a user holds a module permission for a school. Provided by the host.
 *
 * <p>The rule: a user holds a permission for a school when one of the roles they hold <em>in that school</em>
 * is granted it, or when they belong to a body that supervises the school and a role they hold <em>in that
 * body</em> is granted it. The default grants come from each module's {@link PortalModule#permissions()};
 * supervising-body roles hold {@link Access#READ} permissions only, unless a write permission names
 * {@link PortalRole#SUPERVISOR} among its default roles. A permission of a module that is switched off for the
 * school is never held. Thread-safe.
 */
@ProviderType
public interface PermissionService {

    /**
     * @param user          the user; never null
     * @param permissionKey a key declared by a module, for example {@code plan.edit}
     * @param schoolId      the school the data belongs to
     * @return whether the user may do it
     */
    boolean isGranted(PortalUser user, String permissionKey, String schoolId);

    /**
     * Like {@link #isGranted} but throws. A host may answer a permission that no module declares at the moment (its
     * module is starting, or being redeployed) with {@code vn.edu.caitien.portal.api.ui.ServiceUnavailableException}
     * instead: still a refusal, shown as "temporarily unavailable" rather than "not allowed"; the reference host does
     * so. Callers need not tell the two apart: neither lets the call proceed.
     *
     * @throws AccessDeniedException when the permission is not held
     */
    default void check(PortalUser user, String permissionKey, String schoolId) {
        if (!isGranted(user, permissionKey, schoolId)) {
            throw new AccessDeniedException(permissionKey, "user " + user.id() + ", school " + schoolId);
        }
    }

    /**
     * @return every permission key the user holds for the school, for building a {@link PortalContext}
     */
    Set<String> grantedPermissions(PortalUser user, String schoolId);

    /**
     * @return the schools the user may see at all: their own, and those under the bodies they belong to,
     *         sorted by name in Vietnamese order
     */
    List<School> visibleSchools(PortalUser user);

    /** @return whether the user may see the school at all (member, supervisor or system administrator) */
    boolean canSee(PortalUser user, String schoolId);
}
