package vn.edu.caitien.portal.api.ui;

/** The places in a host page where contributed panels go; values for {@link PortalPanel#slot()}. */
public final class PortalSlots {

    /** A navigation entry whose page shows the panel full-width. */
    public static final String NAVIGATION = "navigation";

    /** A card on the home page (dashboard), in addition to any navigation entry. */
    public static final String HOME = "home";

    private PortalSlots() {
    }
}
