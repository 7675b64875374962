package vn.edu.caitien.monitoring.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers a message to a portal user: an SPI the host may register (its inbox, its mail, Zalo...). When no host
 * service is registered the monitoring module falls back to e-mail over SMTP (configuration PID
 * {@code vn.edu.caitien.monitoring.mail}). The module sends at most one reminder digest per person and week.
 */
@ConsumerType
public interface NotificationService {

    /**
     * @param recipientUserId the portal user id ({@link vn.edu.caitien.portal.api.PortalUser#id()})
     * @param subject         a one-line subject, Vietnamese
     * @param text            the plain-text body, Vietnamese
     * @throws NotificationException when the message could not be delivered (unknown user, refused address); the
     *                               module records it and goes on with the next recipient
     */
    void send(String recipientUserId, String subject, String text);
}
