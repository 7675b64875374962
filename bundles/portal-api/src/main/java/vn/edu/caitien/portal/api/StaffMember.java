package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A person who works in a school, as {@link SchoolDirectory#staff(String)} lists them: enough to pick a portal user
 * (for example the lead of a plan action) and to show their name. Carries no account data beyond the id.
 *
 * @param userId      the host's stable user id, the same as {@link PortalUser#id()}; never blank
 * @param displayName the name to show, for example "Phạm Minh Châu"; never null
 * @param roles       the standard roles the person holds in that school; never null, may be empty
 */
public record StaffMember(String userId, String displayName, Set<PortalRole> roles) implements Serializable {
    /** Checks and copies the components. */
    public StaffMember {
        Ids.requireId(userId);
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }
}
