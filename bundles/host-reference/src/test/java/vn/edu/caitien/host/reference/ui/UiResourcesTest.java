package vn.edu.caitien.host.reference.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message file pair has the same keys and no empty value; the ui package has no plain .properties. */
class UiResourcesTest {

    private static Path uiFolder() throws URISyntaxException {
        return Path.of(PortalPage.class.getResource("PortalPage.html").toURI()).getParent();
    }

    @Test
    void everyEnglishFileHasAVietnameseTwinWithTheSameKeysAndNoEmptyValue() throws Exception {
        List<Path> bases;
        try (Stream<Path> files = Files.list(uiFolder())) {
            bases = files.filter(p -> p.getFileName().toString().endsWith(".utf8.properties"))
                    .filter(p -> !p.getFileName().toString().contains("_vi.")).toList();
        }
        assertThat(bases).isNotEmpty();
        for (Path base : bases) {
            Path vi = base.resolveSibling(base.getFileName().toString().replace(".utf8.properties", "_vi.utf8.properties"));
            assertThat(vi).as("Vietnamese twin of %s", base.getFileName()).exists();
            Properties en = load(base);
            Properties viProps = load(vi);
            assertThat(viProps.stringPropertyNames()).as("keys of %s", vi.getFileName())
                    .containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
            for (Properties props : List.of(en, viProps)) {
                props.forEach((k, v) -> assertThat(v.toString()).as("value of %s", k).isNotBlank());
            }
        }
    }

    @Test
    void noVietnameseFileWithoutAnEnglishBase() throws Exception {
        try (Stream<Path> files = Files.list(uiFolder())) {
            files.filter(p -> p.getFileName().toString().endsWith("_vi.utf8.properties"))
                    .forEach(vi -> assertThat(vi.resolveSibling(
                            vi.getFileName().toString().replace("_vi.utf8.properties", ".utf8.properties")))
                            .exists());
        }
    }

    @Test
    void noPlainPropertiesInTheUiPackage() throws Exception {
        try (Stream<Path> files = Files.list(uiFolder())) {
            assertThat(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.endsWith(".utf8.properties")))
                    .isEmpty();
        }
    }

    @Test
    void everyPageWithMarkupHasItsFile() throws Exception {
        for (Class<?> page : List.of(PortalPage.class, LoginPage.class, HomePage.class, ModulePage.class,
                AdminModulesPage.class, AdminBackupPage.class, MessagePage.class)) {
            assertThat(page.getResource(page.getSimpleName() + ".html")).as(page.getSimpleName()).isNotNull();
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
