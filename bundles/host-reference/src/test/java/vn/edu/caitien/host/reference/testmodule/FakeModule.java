package vn.edu.caitien.host.reference.testmodule;

import java.util.List;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;
import vn.edu.caitien.portal.api.PortalRole;

/** A module that lives outside the host's packages, so its titles can only come from its own messages. */
public final class FakeModule implements PortalModule {

    public static final String ID = "fake";
    public static final String VIEW = "fake.view";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "fake.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(PermissionDefinition.read(VIEW, PortalRole.PRINCIPAL, PortalRole.SUPERVISOR));
    }

    @Override
    public int purgeSchoolData(String schoolId) {
        return 0;
    }
}
