package vn.edu.caitien.catalogue.impl;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;

/**
 * Declares the catalogue module to the host: id {@value #ID}, permissions {@value #VIEW} (every school role,
 * supervisors and system administrators) and {@value #MANAGE} (system administrators only).
 */
@Component(service = PortalModule.class)
public final class CatalogueModule implements PortalModule {

    /** The module id. */
    public static final String ID = "catalogue";
    /** Permission to read the catalogue. */
    public static final String VIEW = "catalogue.view";
    /** Permission to import, publish, confirm and edit mappings. */
    public static final String MANAGE = "catalogue.manage";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "catalogue.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                PermissionDefinition.read(VIEW, PortalRole.PRINCIPAL, PortalRole.VICE_PRINCIPAL,
                        PortalRole.MONITORING_TEAM, PortalRole.TEACHER, PortalRole.STAFF, PortalRole.SUPERVISOR,
                        PortalRole.SYSTEM_ADMIN),
                PermissionDefinition.write(MANAGE, PortalRole.SYSTEM_ADMIN));
    }

    /**
     * The catalogue is shared reference data: regimes, versions, mappings and province overrides belong to no
     * school, so there is nothing to delete for one school.
     *
     * @return always 0
     */
    @Override
    public int purgeSchoolData(String schoolId) {
        return 0;
    }
}
