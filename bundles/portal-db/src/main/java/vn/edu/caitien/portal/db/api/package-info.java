/**
 * Persistence for modules: the portal's {@link vn.edu.caitien.portal.db.api.PortalDatabase} (embedded Derby by
 * default, PostgreSQL by configuration), the per-module {@link vn.edu.caitien.portal.db.api.SchemaMigrator} and a
 * MyBatis factory that works under OSGi class loading.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package vn.edu.caitien.portal.db.api;
