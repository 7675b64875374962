package vn.edu.caitien.monitoring.ui;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.testsupport.wicket.UiResources;

/** Messages and markup of the ui bundle: key parity, no empty values, markup per panel, no plain .properties. */
class UiResourcesTest {

    private final UiResources resources = UiResources.of("vn/edu/caitien/monitoring/ui");

    @Test
    void everyBaseFileHasAVietnameseFileWithTheSameKeysAndNoEmptyValues() throws IOException {
        resources.checkMessageParity();
    }

    @Test
    void noPlainPropertiesFiles() throws IOException {
        resources.checkNoPlainProperties();
    }

    @Test
    void everyPanelHasMarkupAndMessages() throws IOException {
        resources.checkPanelsHaveMarkup(7);
    }

    /** Every refusal the service may give (a key of the API) is translated in both languages. */
    @Test
    void everyErrorKeyOfTheApiIsTranslated() throws Exception {
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (Class<?> c : java.util.List.of(vn.edu.caitien.monitoring.api.MonitoringValidationException.class,
                vn.edu.caitien.monitoring.api.MonitoringStateException.class)) {
            for (java.lang.reflect.Field f : c.getFields()) {
                if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    keys.add((String) f.get(null));
                }
            }
        }
        for (String what : java.util.List.of("action", "evidence", "review", "inspection", "school", "plan")) {
            keys.add("monitoring.notFound." + what);
        }
        org.assertj.core.api.Assertions.assertThat(keys).hasSizeGreaterThan(20);
        for (String file : java.util.List.of("wicket-package.utf8.properties", "wicket-package_vi.utf8.properties")) {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader r = java.nio.file.Files.newBufferedReader(
                    java.nio.file.Path.of("src/main/resources/vn/edu/caitien/monitoring/ui", file))) {
                p.load(r);
            }
            org.assertj.core.api.Assertions.assertThat(p.stringPropertyNames()).as(file).containsAll(keys);
        }
    }

    @Test
    void contributionTitleKeysExistInBothLanguages() throws IOException {
        resources.checkContributionTitleKeys();
    }
}
