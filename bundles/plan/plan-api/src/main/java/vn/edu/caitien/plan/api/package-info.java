/**
 * The school's improvement plan (Kế hoạch cải tiến chất lượng giáo dục) for the UI, monitoring and export.
 *
 * <p>{@link vn.edu.caitien.plan.api.PlanService} reads and changes plans; every method checks a {@code plan.*}
 * permission for the plan's school and treats a plan of a school the user may not see as not found.
 * {@link vn.edu.caitien.plan.api.PlanDocument} is the editable working copy of one revision: get it, change it,
 * save it (optimistic locking through {@link vn.edu.caitien.plan.api.PlanDocument#getVersion()}). Everything else
 * is an immutable {@link java.io.Serializable} record, safe to keep in Wicket models.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package vn.edu.caitien.plan.api;
