package vn.edu.caitien.catalogue.ui;

import org.apache.wicket.MarkupContainer;
import org.apache.wicket.markup.html.WebMarkupContainer;
import vn.edu.caitien.portal.api.PortalContext;

/**
 * The layout every catalogue administration panel shares: a "denied" message for users who are not system
 * administrators and a "body" container, shown only to administrators, that holds the panel's forms.
 */
final class AdminArea {

    /** Wicket id of the message shown to non-administrators. */
    static final String DENIED = "denied";

    /** Wicket id of the administrators' part. */
    static final String BODY = "body";

    private AdminArea() {
    }

    /**
     * Adds both containers to the panel.
     *
     * @return the body, visible only to a system administrator
     */
    static WebMarkupContainer addTo(MarkupContainer panel, PortalContext context) {
        boolean allowed = isAdministrator(context);
        panel.add(new WebMarkupContainer(DENIED).setVisible(!allowed));
        WebMarkupContainer body = new WebMarkupContainer(BODY);
        body.setVisible(allowed);
        panel.add(body);
        return body;
    }

    /** @return whether the user may administer the catalogue (the service checks it again on every change) */
    static boolean isAdministrator(PortalContext context) {
        return context.user().systemAdmin();
    }
}
