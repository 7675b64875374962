package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The year-end close, for the principal. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "close", slot = PortalSlots.NAVIGATION, order = 45,
        titleKey = "monitoring.close.title", permission = MonitoringService.CLOSE)
public final class YearCloseContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new YearClosePanel(wicketId, context);
    }
}
