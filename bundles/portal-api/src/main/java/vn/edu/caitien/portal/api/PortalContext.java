package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a panel needs to know about the request it renders for: who, for which school, with which permissions.
 * An immutable snapshot taken by the host for one render; safe to keep in a component.
 *
 * @param user        the signed-in user; never null
 * @param school      the current school; null when the user has no school to act on (a system administrator)
 * @param permissions the permission keys the user holds for {@code school}; never null
 * @param locale      the user's locale ({@code vi} by default)
 */
public record PortalContext(PortalUser user, School school, Set<String> permissions, Locale locale)
        implements Serializable {

    /** Checks and copies the components. */
    public PortalContext {
        Objects.requireNonNull(user, "user");
        permissions = Set.copyOf(Objects.requireNonNull(permissions, "permissions"));
        locale = locale == null ? Locale.forLanguageTag("vi") : locale;
    }

    /** @return whether the user holds the permission for the current school */
    public boolean can(String permissionKey) {
        return school != null && permissions.contains(permissionKey);
    }

    /**
     * @return the current school
     * @throws IllegalStateException when there is none
     */
    public School requireSchool() {
        if (school == null) {
            throw new IllegalStateException("no current school");
        }
        return school;
    }
}
