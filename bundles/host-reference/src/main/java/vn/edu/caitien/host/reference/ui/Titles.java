package vn.edu.caitien.host.reference.ui;

import java.util.Locale;
import org.apache.wicket.resource.loader.PackageStringResourceLoader;

/**
 * Resolves a contribution's or module's title in the messages of its own bundle: the
 * {@code wicket-package*.utf8.properties} files in the package of the anchor class (and its parent packages),
 * loaded through that class's loader. The host's own messages are never consulted, so two modules cannot
 * shadow each other's keys.
 */
final class Titles {

    private Titles() {
    }

    /** @return the title, or the key itself when the bundle has no such message */
    static String resolve(Class<?> anchor, String key, Locale locale) {
        String value = new PackageStringResourceLoader().loadStringResource(anchor, key, locale, null, null);
        return value == null || value.isBlank() ? key : value;
    }
}
