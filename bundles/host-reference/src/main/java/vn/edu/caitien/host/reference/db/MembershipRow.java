package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.MEMBERSHIP}: one role of one account in one school or body.
 *
 * @param login login name
 * @param orgId school or body id
 * @param body  true when {@code orgId} is a supervising body
 * @param role  a {@link vn.edu.caitien.portal.api.PortalRole} name
 */
public record MembershipRow(String login, String orgId, boolean body, String role) {
}
