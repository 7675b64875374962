package vn.edu.caitien.host.reference.testmodule;

import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.panel.Panel;
import vn.edu.caitien.portal.api.PortalContext;

/** Shows the school it was given and counts clicks, to prove that its state survives requests. */
public final class FakeBoardPanel extends Panel {
    private static final long serialVersionUID = 1L;

    private int clicks;

    public FakeBoardPanel(String id, PortalContext context) {
        super(id);
        add(new Label("school", context.requireSchool().name()));
        add(new Label("clicks", () -> String.valueOf(clicks)));
        add(new Link<Void>("click") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                clicks++;
            }
        });
    }
}
