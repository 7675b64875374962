/**
 * The contract between a host portal and the Cải Tiến modules: who the current user is, which school is
 * current, which bodies supervise it, which permissions a module declares and who holds them, and whether a
 * module is switched on for a school.
 *
 * <p>A host implements the {@code @ProviderType} services ({@link vn.edu.caitien.portal.api.SchoolDirectory},
 * {@link vn.edu.caitien.portal.api.PermissionService}, {@link vn.edu.caitien.portal.api.ModuleSwitchService});
 * modules implement the {@code @ConsumerType} ones ({@link vn.edu.caitien.portal.api.PortalModule}). A host may
 * also register {@link vn.edu.caitien.portal.api.NotificationService} (how users are notified) and
 * {@link vn.edu.caitien.portal.api.MailAddressBook} (their e-mail addresses); modules work without them (1.2).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.edu.caitien.portal.api;
