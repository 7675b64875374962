package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A page that only says something: a translated heading and text (keys {@code message.heading} and
 * {@code message.text} in the subclass's messages) and a link home. Never shows technical details.
 */
public abstract class MessagePage extends PortalPage {
    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param parameters page parameters
     * @param status     HTTP status of the response
     */
    protected MessagePage(PageParameters parameters, int status) {
        super(parameters);
        this.status = status;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new Label("heading", new ResourceModel("message.heading")));
        add(new Label("text", new ResourceModel("message.text")));
        add(new BookmarkablePageLink<Void>("home", HomePage.class));
    }

    @Override
    protected void configureResponse(WebResponse response) {
        super.configureResponse(response);
        response.setStatus(status);
    }

    @Override
    protected boolean showNavigation() {
        return false;
    }

    @Override
    public boolean isErrorPage() {
        return status >= 400;
    }

    @Override
    public boolean isVersioned() {
        return false;
    }
}
