package vn.edu.caitien.catalogue.impl;

import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalUser;

/** The two access rules of the catalogue: reads need a signed-in user, changes a system administrator. */
final class Guard {

    private Guard() {
    }

    static PortalUser signedIn(PortalUser user) {
        if (user == null) {
            throw new AccessDeniedException(CatalogueModule.VIEW, "not signed in");
        }
        return user;
    }

    static PortalUser admin(PortalUser user) {
        if (user == null || !user.systemAdmin()) {
            throw new AccessDeniedException(CatalogueModule.MANAGE,
                    user == null ? "not signed in" : "user " + user.id() + " is not a system administrator");
        }
        return user;
    }
}
