package vn.edu.caitien.portal.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The e-mail addresses of portal users, for a module's own e-mail fallback when the host registers no
 * {@link NotificationService}: an SPI the host may register ({@link PortalUser} carries no address). Without it the
 * monitoring module uses its configured address template ({@code {user}@example.edu.vn}) or sends nothing.
 */
@ConsumerType
public interface MailAddressBook {

    /** @return the user's e-mail address, or empty when none is known */
    Optional<String> emailOf(String userId);
}
