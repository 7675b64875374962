package vn.edu.caitien.export.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** "Nhập kế hoạch từ Word": upload an existing plan, review what was recognised, save it as a draft. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "export", name = "import", slot = PortalSlots.NAVIGATION, order = 71,
        titleKey = "export.import.title", permission = "plan.edit")
public final class ImportContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new ImportPanel(wicketId, context);
    }
}
