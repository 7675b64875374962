package vn.edu.caitien.portal.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Per-school on/off switch of each module. Provided by the host. Switching a module off hides it for that
 * school and keeps its data; switching it on again shows the data again. Thread-safe.
 */
@ProviderType
public interface ModuleSwitchService {

    /**
     * @return whether the module is on for the school; a module with no recorded setting is on
     */
    boolean isEnabled(String moduleId, String schoolId);

    /**
     * Switches a module on or off for one school and records who did it.
     *
     * @throws AccessDeniedException unless the actor is a system administrator
     */
    void setEnabled(String moduleId, String schoolId, boolean enabled, PortalUser actor);

    /**
     * Deletes one school's data of one module, through {@link PortalModule#purgeSchoolData}, and records the
     * action with its reason in the audit log. The module's bundle must be active.
     *
     * @return the number of rows deleted
     * @throws AccessDeniedException    unless the actor is a system administrator
     * @throws IllegalStateException    when the module is not active
     * @throws IllegalArgumentException when the reason is blank
     */
    int purgeSchoolData(String moduleId, String schoolId, PortalUser actor, String reason);
}
