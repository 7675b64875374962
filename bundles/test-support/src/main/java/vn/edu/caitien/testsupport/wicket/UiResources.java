package vn.edu.caitien.testsupport.wicket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The checks every ui bundle runs on its messages and markup (STYLE.md §9): the Vietnamese file of each message
 * file has the same keys, no value is empty and Vietnamese is not copied English; no plain {@code .properties};
 * each panel has its markup; each contribution's title key exists in both languages.
 *
 * @param resources the ui package's resource folder, e.g. {@code src/main/resources/vn/edu/caitien/plan/ui}
 * @param sources   the ui package's source folder, e.g. {@code src/main/java/vn/edu/caitien/plan/ui}
 */
public record UiResources(Path resources, Path sources) {

    /** @return the checks for the ui package {@code <base>.<ui>} given as a path, e.g. {@code vn/edu/caitien/plan/ui} */
    public static UiResources of(String packagePath) {
        return new UiResources(Path.of("src/main/resources", packagePath), Path.of("src/main/java", packagePath));
    }

    /** Key parity between each base file and its {@code _vi} file, no empty values, no copied English. */
    public void checkMessageParity() throws IOException {
        List<Path> bases = list(resources, ".utf8.properties").stream()
                .filter(p -> !p.getFileName().toString().contains("_vi.")).toList();
        assertFalse(bases.isEmpty(), "no message files in " + resources);
        for (Path base : bases) {
            Path vi = base.resolveSibling(base.getFileName().toString()
                    .replace(".utf8.properties", "_vi.utf8.properties"));
            assertTrue(Files.exists(vi), "Vietnamese messages for " + base);
            Properties en = load(base);
            Properties vn = load(vi);
            assertEquals(en.stringPropertyNames(), vn.stringPropertyNames(), "keys of " + vi);
            for (Properties p : List.of(en, vn)) {
                p.forEach((k, v) -> assertFalse(v.toString().isBlank(), base + " " + k));
            }
            assertNotEquals(en, vn, "Vietnamese should not be copied English: " + vi);
        }
    }

    /** Wicket reads plain {@code .properties} as ISO-8859-1, and one would shadow its {@code .utf8} twin. */
    public void checkNoPlainProperties() throws IOException {
        for (Path file : list(resources, ".properties")) {
            assertTrue(file.toString().endsWith(".utf8.properties"), "plain .properties file " + file);
        }
    }

    /** Each {@code *Panel.java} has its {@code .html} with a {@code <wicket:panel>} and its messages. */
    public void checkPanelsHaveMarkup(int expectedPanels) throws IOException {
        List<Path> panels = list(sources, "Panel.java");
        assertEquals(expectedPanels, panels.size(), "panels in " + sources);
        for (Path panel : panels) {
            String name = panel.getFileName().toString().replace(".java", "");
            assertTrue(Files.exists(resources.resolve(name + ".utf8.properties")), "messages of " + name);
            Path html = resources.resolve(name + ".html");
            assertTrue(Files.exists(html), "markup of " + name);
            assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("<wicket:panel>"), html.toString());
        }
    }

    /** The {@code titleKey} of each {@code *Contribution.java} is in {@code wicket-package} in both languages. */
    public void checkContributionTitleKeys() throws IOException {
        Properties en = load(resources.resolve("wicket-package.utf8.properties"));
        Properties vi = load(resources.resolve("wicket-package_vi.utf8.properties"));
        for (Path contribution : list(sources, "Contribution.java")) {
            String source = Files.readString(contribution, StandardCharsets.UTF_8);
            String key = source.replaceAll("(?s).*titleKey = \"([^\"]+)\".*", "$1");
            assertTrue(en.containsKey(key), contribution + ": " + key);
            assertTrue(vi.containsKey(key), contribution + ": " + key);
        }
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
