package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * A permission that a module declares, with the standard roles that hold it unless the host decides otherwise
 * (as Moodle's capabilities and Liferay's resource actions do).
 *
 * @param key          globally unique key, {@code <module id>.<action>}, for example {@code plan.edit}
 * @param access       whether it reads or writes school data
 * @param defaultRoles the roles granted this permission by default; never null
 */
public record PermissionDefinition(String key, Access access, Set<PortalRole> defaultRoles) implements Serializable {
    /** Checks and copies the components. */
    public PermissionDefinition {
        Ids.requireId(key);
        if (!key.contains(".")) {
            throw new IllegalArgumentException("permission key must be '<module>.<action>': " + key);
        }
        Objects.requireNonNull(access, "access");
        defaultRoles = Set.copyOf(Objects.requireNonNull(defaultRoles, "defaultRoles"));
    }

    /** @return a read permission granted by default to the given roles */
    public static PermissionDefinition read(String key, PortalRole... roles) {
        return new PermissionDefinition(key, Access.READ, Set.of(roles));
    }

    /** @return a write permission granted by default to the given roles */
    public static PermissionDefinition write(String key, PortalRole... roles) {
        return new PermissionDefinition(key, Access.WRITE, Set.of(roles));
    }

    /** @return the id of the module that declares it: the part of the key before the first dot */
    public String moduleId() {
        return key.substring(0, key.indexOf('.'));
    }
}
