package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Messages and markup of the ui bundle: key parity, no empty values, markup per panel, no plain .properties. */
class UiResourcesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/vn/edu/caitien/plan/ui");
    private static final Path SOURCES = Path.of("src/main/java/vn/edu/caitien/plan/ui");

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

    @Test
    void everyBaseFileHasAVietnameseFileWithTheSameKeysAndNoEmptyValues() throws IOException {
        List<Path> bases = list(RESOURCES, ".utf8.properties").stream()
                .filter(p -> !p.getFileName().toString().contains("_vi.")).toList();
        assertThat(bases).isNotEmpty();
        for (Path base : bases) {
            Path vi = base.resolveSibling(base.getFileName().toString().replace(".utf8.properties", "_vi.utf8.properties"));
            assertThat(vi).as("Vietnamese messages for " + base).exists();
            Properties en = load(base);
            Properties vn = load(vi);
            assertThat(vn.stringPropertyNames()).as(vi.toString()).isEqualTo(en.stringPropertyNames());
            for (Properties p : List.of(en, vn)) {
                p.forEach((k, v) -> assertThat(v.toString()).as(base + " " + k).isNotBlank());
            }
            assertThat(vn).as("Vietnamese should not be copied English: " + vi).isNotEqualTo(en);
        }
    }

    @Test
    void noPlainPropertiesFiles() throws IOException {
        assertThat(list(RESOURCES, ".properties")).allMatch(p -> p.toString().endsWith(".utf8.properties"));
    }

    @Test
    void everyPanelHasMarkupAndMessages() throws IOException {
        List<Path> panels = list(SOURCES, "Panel.java");
        assertThat(panels).hasSize(5);
        for (Path panel : panels) {
            String name = panel.getFileName().toString().replace(".java", "");
            assertThat(RESOURCES.resolve(name + ".html")).exists();
            assertThat(RESOURCES.resolve(name + ".utf8.properties")).exists();
            String html = Files.readString(RESOURCES.resolve(name + ".html"), StandardCharsets.UTF_8);
            assertThat(html).contains("<wicket:panel>");
        }
    }

    @Test
    void contributionTitleKeysExistInBothLanguages() throws IOException {
        Properties en = load(RESOURCES.resolve("wicket-package.utf8.properties"));
        Properties vi = load(RESOURCES.resolve("wicket-package_vi.utf8.properties"));
        for (Path contribution : list(SOURCES, "Contribution.java")) {
            String source = Files.readString(contribution, StandardCharsets.UTF_8);
            String key = source.replaceAll("(?s).*titleKey = \"([^\"]+)\".*", "$1");
            assertThat(en).as(contribution.toString()).containsKey(key);
            assertThat(vi).as(contribution.toString()).containsKey(key);
        }
    }
}
