package vn.edu.caitien.portal.db.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import vn.edu.caitien.portal.db.api.MigrationException;

/**
 * Finds the {@code *.sql} files directly under {@code db/<moduleId>/} next to an anchor class: through
 * {@link Bundle#findEntries} when the anchor lives in a bundle, otherwise by listing the folder on the anchor's
 * class loader ({@code file:} and {@code jar:} URLs), which is what unit tests see.
 */
final class ScriptLocator {

    private ScriptLocator() {
    }

    /** @return the URLs of the module's {@code .sql} files, in no particular order */
    static List<URL> find(String moduleId, Class<?> anchor) {
        String folder = "db/" + moduleId;
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle != null) {
            // findEntries looks in the bundle (and its fragments) only, never through imports or the TCCL.
            Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
            return entries == null ? List.of() : Collections.list(entries);
        }
        ClassLoader loader = anchor.getClassLoader();
        if (loader == null) {
            return List.of();
        }
        return find(folder, loader);
    }

    /** Lists {@code folder} on every class path root of {@code loader} that holds it. */
    static List<URL> find(String folder, ClassLoader loader) {
        List<URL> result = new ArrayList<>();
        try {
            for (URL dir : Collections.list(loader.getResources(folder + "/"))) {
                switch (dir.getProtocol()) {
                    case "file" -> listDirectory(dir, result);
                    case "jar" -> listJar(dir, result);
                    default -> throw new MigrationException(
                            "Cannot list migration scripts at " + dir + ": unsupported URL protocol", null);
                }
            }
        } catch (IOException e) {
            throw new MigrationException("Cannot list migration scripts in " + folder, e);
        }
        return result;
    }

    private static void listDirectory(URL dir, List<URL> result) throws IOException {
        Path path;
        try {
            path = Paths.get(dir.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Bad directory URL " + dir, e);
        }
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".sql")) {
                    result.add(file.toUri().toURL());
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void listJar(URL dir, List<URL> result) throws IOException {
        URLConnection connection = dir.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("Not a jar URL: " + dir);
        }
        // Do not let the JDK cache (and keep open) a jar that a test may delete afterwards.
        jarConnection.setUseCaches(false);
        String prefix = jarConnection.getEntryName();
        if (!prefix.endsWith("/")) {
            prefix = prefix + "/";
        }
        String jarUrl = jarConnection.getJarFileURL().toExternalForm();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                String rest = name.substring(Math.min(prefix.length(), name.length()));
                if (!entry.isDirectory() && name.startsWith(prefix) && rest.indexOf('/') < 0 && rest.endsWith(".sql")) {
                    result.add(new URL("jar:" + jarUrl + "!/" + name));
                }
            }
        }
    }
}
