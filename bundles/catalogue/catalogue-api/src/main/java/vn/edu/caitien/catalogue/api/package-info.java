/**
 * The criteria catalogue for other modules: regimes (the accreditation circulars), their published versions,
 * standards and criteria, which regime applies to a school in a school year, the mapping between regimes and
 * the level rules that turn criterion results into a school's level.
 *
 * <p>The catalogue is shared reference data, not school data. Read methods need a signed-in user
 * ({@link vn.edu.caitien.portal.api.PortalUser}); every method that changes something needs a system
 * administrator (permission {@code catalogue.manage}) and throws
 * {@link vn.edu.caitien.portal.api.AccessDeniedException} otherwise. All value types are immutable
 * {@link java.io.Serializable} records, safe to keep in Wicket models.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.edu.caitien.catalogue.api;
