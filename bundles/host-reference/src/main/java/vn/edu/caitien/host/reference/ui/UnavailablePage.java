package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.request.mapper.parameter.PageParameters;

/** Shown with HTTP 503. A service the page needs is not running (its bundle stopped). */
public final class UnavailablePage extends MessagePage {
    private static final long serialVersionUID = 1L;

    /** @param parameters ignored */
    public UnavailablePage(PageParameters parameters) {
        super(parameters, 503);
    }
}
