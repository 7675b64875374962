package vn.edu.caitien.portal.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers a message to a portal user: an SPI the host may register (its inbox, its mail, Zalo...) for the modules'
 * notifications, such as the monitoring module's weekly reminder digest. A module falls back to its own channel when
 * none is registered (monitoring: e-mail over SMTP, configuration PID {@code vn.edu.caitien.monitoring.mail}).
 */
@ConsumerType
public interface NotificationService {

    /**
     * @param recipientUserId the portal user id ({@link PortalUser#id()})
     * @param subject         a one-line subject, Vietnamese
     * @param text            the plain-text body, Vietnamese
     * @throws NotificationException when the message could not be delivered (unknown user, refused address); the
     *                               module records it and goes on with the next recipient
     */
    void send(String recipientUserId, String subject, String text);
}
