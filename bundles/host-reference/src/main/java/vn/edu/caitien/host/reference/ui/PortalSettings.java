package vn.edu.caitien.host.reference.ui;

import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the portal application, taken from the host's configuration.
 *
 * @param sessionTimeoutMinutes idle minutes after which a signed-in session ends; at least 1
 * @param defaultLocale         locale of a new session, whatever the browser asks for
 */
public record PortalSettings(int sessionTimeoutMinutes, Locale defaultLocale) {

    /** The defaults: 30 minutes, Vietnamese. */
    public static final PortalSettings DEFAULTS = new PortalSettings(30, Locale.forLanguageTag("vi"));

    /** Checks the components. */
    public PortalSettings {
        if (sessionTimeoutMinutes < 1) {
            throw new IllegalArgumentException("session timeout must be at least one minute");
        }
        Objects.requireNonNull(defaultLocale, "defaultLocale");
    }
}
