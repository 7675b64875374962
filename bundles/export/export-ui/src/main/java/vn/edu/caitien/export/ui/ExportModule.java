package vn.edu.caitien.export.ui;

import java.util.List;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalModule;

/**
 * Declares the export module: id {@value #ID}, so that administrators can switch "Xuất văn bản" and "Nhập kế hoạch
 * từ Word" on and off per school and the host serves its downloads. It has no permission of its own: a document is
 * whatever the user may read of the plan, monitoring and inspection services ({@code plan.view}, {@code
 * monitoring.view}), and an import creates a plan ({@code plan.edit}). It keeps nothing of a school's: batch zips and
 * import drafts live in memory for an hour at most, so there is nothing to purge.
 */
@Component(service = PortalModule.class)
public final class ExportModule implements PortalModule {

    /** The module id, also the first segment of its download URLs. */
    public static final String ID = DownloadPaths.MODULE;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "export.title";
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of();
    }

    @Override
    public int purgeSchoolData(String schoolId) {
        return 0;
    }
}
