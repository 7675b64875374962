package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * What a user is in one organisation: a school or a supervising body.
 *
 * @param orgId  the school's or body's id; never blank
 * @param isBody true when {@code orgId} names a {@link SupervisingBody}, false for a {@link School}
 * @param roles  the standard roles the user holds there; never null, may be empty
 */
public record Membership(String orgId, boolean isBody, Set<PortalRole> roles) implements Serializable {
    /** Checks and copies the components. */
    public Membership {
        Ids.requireId(orgId);
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
    }

    /** @return a membership of a school */
    public static Membership school(String schoolId, PortalRole... roles) {
        return new Membership(schoolId, false, Set.of(roles));
    }

    /** @return a membership of a supervising body */
    public static Membership body(String bodyId, PortalRole... roles) {
        return new Membership(bodyId, true, Set.of(roles));
    }
}
