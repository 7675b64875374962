package vn.edu.caitien.monitoring.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The e-mail addresses of portal users, for the SMTP fallback: an SPI the host may register (the portal API carries
 * no addresses). Without it the fallback uses the configured address template ({@code {user}@example.edu.vn}) or
 * sends nothing.
 */
@ConsumerType
public interface MailAddressBook {

    /** @return the user's e-mail address, or empty when none is known */
    Optional<String> emailOf(String userId);
}
