package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The supervising body's overview of its schools; only for those who may inspect (supervising bodies). */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "rollup", slot = PortalSlots.NAVIGATION, order = 46,
        titleKey = "monitoring.rollup.title", permission = MonitoringService.INSPECT)
public final class RollUpContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new RollUpPanel(wicketId, context);
    }
}
