/**
 * Follow-up of schools' improvement plans for the UI and export: progress of each plan action, due dates,
 * evidence (minh chứng), reviews by the monitoring team, inspections by supervising bodies, the year-end close,
 * dashboards and the roll-up over the schools of a body.
 *
 * <p>{@link vn.edu.caitien.monitoring.api.MonitoringService} and {@link vn.edu.caitien.monitoring.api.EvidenceService}
 * are provided by the module (the host may provide {@code NotificationService} and {@code MailAddressBook}, now in
 * portal-api 1.2, for the reminders). Every value type is an
 * immutable {@link java.io.Serializable} record, safe to keep in Wicket models; inputs are records too.
 * {@link vn.edu.caitien.monitoring.api.DueRules} holds the pure due-date rules shared by the service and the UI.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.edu.caitien.monitoring.api;
