package vn.edu.caitien.host.reference.db;

/** One role of an active account in a school, with the account's name: a row of {@code DirectoryMapper.findStaff}. */
public record StaffRow(String login, String displayName, String role) {
}
