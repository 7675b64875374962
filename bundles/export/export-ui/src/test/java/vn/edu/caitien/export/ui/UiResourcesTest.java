package vn.edu.caitien.export.ui;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.testsupport.wicket.UiResources;

/** Messages and markup of the ui bundle: key parity, no empty values, markup per panel, no plain .properties. */
class UiResourcesTest {

    private final UiResources resources = UiResources.of("vn/edu/caitien/export/ui");

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
        resources.checkPanelsHaveMarkup(3);
    }

    @Test
    void contributionTitleKeysExistInBothLanguages() throws IOException {
        resources.checkContributionTitleKeys();
    }
}
