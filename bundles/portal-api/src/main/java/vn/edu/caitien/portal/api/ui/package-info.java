/**
 * The Wicket side of the contract: modules register {@link vn.edu.caitien.portal.api.ui.PanelContribution}
 * services annotated with {@link vn.edu.caitien.portal.api.ui.PortalPanel}; the host composes them into its
 * navigation and pages, and modules register {@link vn.edu.caitien.portal.api.ui.DownloadProvider} services
 * for files at stable URLs. Panels reach OSGi services only through {@link vn.edu.caitien.portal.api.ui.ServiceRef}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.edu.caitien.portal.api.ui;
