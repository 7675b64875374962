package vn.edu.caitien.portal.api;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as an OSGi service by every module (once per module, by the module's impl bundle) so that the host
 * can list it, switch it on or off per school, grant its permissions and purge one school's data of it.
 *
 * <p>Implementations must be thread-safe.
 */
@ConsumerType
public interface PortalModule {

    /** @return the module id, lower-case letters and digits, for example {@code plan}; stable forever */
    String id();

    /**
     * @return message key of the module's name, resolved in the bundle-wide messages of the bundle that
     *         registers this service ({@code wicket-package*.utf8.properties} next to the implementation class)
     */
    String titleKey();

    /** @return the permissions this module checks; every key starts with {@code id() + "."} */
    List<PermissionDefinition> permissions();

    /**
     * Deletes every row this module holds for one school. Called by the host only after an explicit, audited
     * administrator action; never on disable or uninstall.
     *
     * @param schoolId the school whose data goes
     * @return the number of rows deleted
     */
    int purgeSchoolData(String schoolId);
}
