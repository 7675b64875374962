package vn.edu.caitien.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    private final Path home = Path.of("/opt/caitien-portal");

    @Test
    void defaultsLiveUnderTheHomeFolder() {
        LaunchOptions options = LaunchOptions.parse(new String[0], home);

        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.bundles()).isEqualTo(home.resolve("bundle"));
        assertThat(options.etc()).isEqualTo(home.resolve("etc"));
        assertThat(options.data()).isEqualTo(home.resolve("data"));
    }

    @Test
    void commandLineSetsPortDataAndFrameworkProperties() {
        LaunchOptions options = LaunchOptions.parse(
                new String[] {"--port", "9090", "--data", "/srv/ct", "-Ffoo.bar=baz"}, home);

        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.data()).isEqualTo(Path.of("/srv/ct"));
        assertThat(Main.frameworkProperties(options)).containsEntry("org.osgi.service.http.port", "9090")
                .containsEntry("caitien.data.dir", "/srv/ct").containsEntry("foo.bar", "baz")
                .containsEntry("org.osgi.framework.system.packages.extra", "jakarta.xml.parsers");
        assertThat(options.extra()).isEqualTo(Map.of("foo.bar", "baz"));
    }

    @Test
    void badInputGetsAClearMessage() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--port", "http"}, home))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--port", "70000"}, home))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--colour"}, home))
                .hasMessageContaining("unknown option --colour").hasMessageContaining("usage");
    }
}
