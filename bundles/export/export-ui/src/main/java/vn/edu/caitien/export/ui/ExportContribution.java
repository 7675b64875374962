package vn.edu.caitien.export.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** "Xuất văn bản": the plans (and for supervising bodies the roll-ups) with download links, and batch zips. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "export", name = "documents", slot = PortalSlots.NAVIGATION, order = 70,
        titleKey = "export.title", permission = "plan.view")
public final class ExportContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new ExportPanel(wicketId, context);
    }
}
