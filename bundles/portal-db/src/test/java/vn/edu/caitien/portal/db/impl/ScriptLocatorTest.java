package vn.edu.caitien.portal.db.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptLocatorTest {

    @TempDir
    Path tempDir;

    @Test
    void listsADirectoryOnTheClassPath() {
        List<URL> urls = ScriptLocator.find("mig_basic", getClass());

        assertThat(urls).extracting(URL::getProtocol).containsOnly("file");
        assertThat(urls).extracting(ScriptLocatorTest::fileName)
                .containsExactlyInAnyOrder("V1__create_school.sql", "V2__add_schools.sql");
    }

    @Test
    void listsAFolderInsideAJarAndReadsItsScripts() throws IOException {
        Path jar = tempDir.resolve("module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/jarmodule/"));
            write(out, "db/jarmodule/V1__create.sql", "CREATE TABLE J (N VARCHAR(10));\n");
            write(out, "db/jarmodule/readme.txt", "not a script");
            out.putNextEntry(new JarEntry("db/jarmodule/nested/"));
            write(out, "db/jarmodule/nested/V9__ignored.sql", "VALUES 1;\n");
            write(out, "db/jarmodule2/V1__other_module.sql", "VALUES 1;\n");
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<URL> urls = ScriptLocator.find("db/jarmodule", loader);

            assertThat(urls).extracting(URL::getProtocol).containsExactly("jar");
            assertThat(urls).extracting(ScriptLocatorTest::fileName).containsExactly("V1__create.sql");
            assertThat(SqlScript.read(urls.get(0))).containsExactly("CREATE TABLE J (N VARCHAR(10))");
        }
    }

    @Test
    void unknownFolderHasNoScripts() {
        assertThat(ScriptLocator.find("no_such_module", getClass())).isEmpty();
    }

    private static void write(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream entry = out;
        entry.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static String fileName(URL url) {
        String path = url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
