package vn.edu.caitien.sample.module.ui;

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

/** Message pairs have the same keys and no empty value; no plain .properties anywhere in the bundle's packages. */
class UiResourcesTest {

    private static Path root() throws Exception {
        return Path.of(NoticeBoardPanel.class.getResource("NoticeBoardPanel.html").toURI()).getParent().getParent();
    }

    @Test
    void everyEnglishFileHasAVietnameseTwinWithTheSameKeys() throws Exception {
        List<Path> bases;
        try (Stream<Path> files = Files.walk(root())) {
            bases = files.filter(p -> p.getFileName().toString().endsWith(".utf8.properties"))
                    .filter(p -> !p.getFileName().toString().contains("_vi.")).toList();
        }
        assertThat(bases).hasSize(2);
        for (Path base : bases) {
            Path vi = base.resolveSibling(base.getFileName().toString().replace(".utf8.properties", "_vi.utf8.properties"));
            Properties en = load(base);
            Properties viProps = load(vi);
            assertThat(viProps.stringPropertyNames()).as(vi.toString())
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            for (Properties props : List.of(en, viProps)) {
                props.forEach((k, v) -> assertThat(v.toString()).as("value of %s", k).isNotBlank());
            }
        }
    }

    @Test
    void noPlainProperties() throws Exception {
        try (Stream<Path> files = Files.walk(root())) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.endsWith(".utf8.properties"))).isEmpty();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        return props;
    }
}
