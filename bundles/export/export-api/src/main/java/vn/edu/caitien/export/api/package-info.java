/**
 * Official documents of the school (Nghị định 30/2020 layout) from one data set, in every registered format.
 *
 * <p>{@link vn.edu.caitien.export.api.DocumentService} builds the format-neutral
 * {@link vn.edu.caitien.export.api.Document} of a {@link vn.edu.caitien.export.api.DocumentKind} from the module
 * services (which check who may see what) and hands it to the
 * {@link vn.edu.caitien.export.api.DocumentRenderer} registered for the format asked for. Renderers are a
 * whiteboard: any bundle may register one more format. The model is made of immutable, serializable records.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package vn.edu.caitien.export.api;
