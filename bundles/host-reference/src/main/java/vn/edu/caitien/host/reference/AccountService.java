package vn.edu.caitien.host.reference;

import java.util.Optional;
import vn.edu.caitien.portal.api.PortalUser;

/** Sign-in for the reference portal. Internal to host-reference. Thread-safe. */
public interface AccountService {

    /**
     * @param login    the login name as typed
     * @param password the password as typed; not kept
     * @return the user when the account exists, is active and the password matches; empty otherwise, without
     *         saying which of these failed
     */
    Optional<PortalUser> authenticate(String login, char[] password);

    /** @return the active user with that login, with current memberships; empty when unknown or inactive */
    Optional<PortalUser> user(String login);
}
