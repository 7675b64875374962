/**
 * Import of existing plans: a DOCX, the plain text Word saves, or the XLSX plan-table template becomes a draft
 * {@link vn.edu.caitien.plan.api.PlanDocument} for a review screen, with every piece of the source and what it was
 * recognised as. Nothing is saved here.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package vn.edu.caitien.export.importer;
