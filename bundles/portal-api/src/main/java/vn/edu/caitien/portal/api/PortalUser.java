package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The signed-in user as the host portal describes it.
 *
 * @param id          the host's stable user id (login name in host-reference); never blank
 * @param displayName the name to show and to print, for example "Nguyễn Văn An"; never null
 * @param systemAdmin whether the user administers the portal as a whole
 * @param memberships the schools and bodies the user belongs to, with roles; never null
 */
public record PortalUser(String id, String displayName, boolean systemAdmin, List<Membership> memberships)
        implements Serializable {

    /** Checks and copies the components. */
    public PortalUser {
        Ids.requireId(id);
        Objects.requireNonNull(displayName, "displayName");
        memberships = List.copyOf(Objects.requireNonNull(memberships, "memberships"));
    }

    /** @return the ids of the schools the user is a member of, in membership order */
    public List<String> schoolIds() {
        return memberships.stream().filter(m -> !m.isBody()).map(Membership::orgId).toList();
    }

    /** @return the ids of the supervising bodies the user is a member of, in membership order */
    public List<String> bodyIds() {
        return memberships.stream().filter(Membership::isBody).map(Membership::orgId).toList();
    }

    /**
     * @param orgId a school's or body's id
     * @return the roles the user holds in that organisation; empty if none
     */
    public Set<PortalRole> rolesIn(String orgId) {
        Set<PortalRole> roles = memberships.stream().filter(m -> m.orgId().equals(orgId))
                .flatMap(m -> m.roles().stream()).collect(Collectors.toCollection(() -> EnumSet.noneOf(PortalRole.class)));
        if (systemAdmin) {
            roles.add(PortalRole.SYSTEM_ADMIN);
        }
        return roles;
    }
}
