package vn.edu.caitien.host.reference.db;

/**
 * One row of {@code PORTAL.ACCOUNT}.
 *
 * @param login        login name, the user id
 * @param displayName  name shown in the portal
 * @param passwordHash Base64 PBKDF2 key
 * @param salt         Base64 salt
 * @param iterations   PBKDF2 iterations
 * @param systemAdmin  whether the account administers the portal
 * @param active       whether the account may sign in
 */
public record AccountRow(String login, String displayName, String passwordHash, String salt, int iterations,
                         boolean systemAdmin, boolean active) {
}
