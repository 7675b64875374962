/** Liberation Serif, the metric-compatible stand-in for Times New Roman, as bundle resources. */
@Version("1.0.0")
@Export
package vn.edu.caitien.fonts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
