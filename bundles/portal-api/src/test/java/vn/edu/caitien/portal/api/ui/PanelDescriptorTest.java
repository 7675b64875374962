package vn.edu.caitien.portal.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PanelDescriptorTest {

    @Test
    void readsTheTypedPropertiesBack() {
        PanelDescriptor d = PanelDescriptor.of(Map.of(
                "portal.panel.module", "plan", "portal.panel.name", "editor",
                "portal.panel.slot", PortalSlots.NAVIGATION, "portal.panel.order", 20,
                "portal.panel.titleKey", "plan.title", "portal.panel.permission", "plan.view"));
        assertThat(d).isEqualTo(new PanelDescriptor("plan", "editor", "navigation", 20, "plan.title", "plan.view"));
        assertThat(d.key()).isEqualTo("plan/editor");
    }

    @Test
    void defaultsOrderAndPermission() {
        PanelDescriptor d = PanelDescriptor.of(Map.of("portal.panel.module", "m", "portal.panel.name", "n",
                "portal.panel.slot", PortalSlots.HOME, "portal.panel.titleKey", "m.t"));
        assertThat(d.order()).isEqualTo(100);
        assertThat(d.permission()).isEmpty();
    }

    @Test
    void refusesAContributionWithoutModule() {
        assertThatThrownBy(() -> PanelDescriptor.of(Map.of("portal.panel.name", "n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("portal.panel.module");
    }
}
