package vn.edu.caitien.sample.module;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;

/** Grants exactly what a test gives, per user and school. */
public final class FakePermissions implements PermissionService {

    private final Map<String, Set<String>> grants = new HashMap<>();

    public FakePermissions grant(PortalUser user, String schoolId, String... permissions) {
        grants.put(user.id() + "@" + schoolId, Set.of(permissions));
        return this;
    }

    @Override
    public boolean isGranted(PortalUser user, String permissionKey, String schoolId) {
        return grantedPermissions(user, schoolId).contains(permissionKey);
    }

    @Override
    public Set<String> grantedPermissions(PortalUser user, String schoolId) {
        return grants.getOrDefault(user.id() + "@" + schoolId, Set.of());
    }

    @Override
    public List<School> visibleSchools(PortalUser user) {
        return List.of();
    }

    @Override
    public boolean canSee(PortalUser user, String schoolId) {
        return !grantedPermissions(user, schoolId).isEmpty();
    }
}
