package vn.edu.caitien.monitoring.ui;

import org.apache.wicket.markup.html.panel.Panel;
import org.osgi.service.component.annotations.Component;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.PanelContribution;
import vn.edu.caitien.portal.api.ui.PortalPanel;
import vn.edu.caitien.portal.api.ui.PortalSlots;

/** The monitoring team's reviews of a plan; the form for those who review. */
@Component(service = PanelContribution.class)
@PortalPanel(module = "monitoring", name = "reviews", slot = PortalSlots.NAVIGATION, order = 43,
        titleKey = "monitoring.reviews.title", permission = MonitoringService.VIEW)
public final class ReviewsContribution implements PanelContribution {

    @Override
    public Panel newPanel(String wicketId, PortalContext context) {
        return new ReviewsPanel(wicketId, context);
    }
}
