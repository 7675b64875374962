package vn.edu.caitien.portal.api.ui;

import java.io.Serializable;
import java.util.Map;

/**
 * The {@link PortalPanel} properties of one contribution, read back from its service properties. Used by hosts.
 *
 * @param module     module id
 * @param name       panel name within the module
 * @param slot       slot, one of {@link PortalSlots}
 * @param order      order within the slot
 * @param titleKey   message key of the title
 * @param permission permission key needed; empty for none
 */
public record PanelDescriptor(String module, String name, String slot, int order, String titleKey,
                              String permission) implements Serializable {

    /**
     * Reads the descriptor from service properties.
     *
     * @param properties the service properties of a {@link PanelContribution}
     * @return the descriptor
     * @throws IllegalArgumentException when a mandatory property is missing
     */
    public static PanelDescriptor of(Map<String, ?> properties) {
        return new PanelDescriptor(
                required(properties, "module"),
                required(properties, "name"),
                required(properties, "slot"),
                properties.get(PortalPanel.PREFIX_ + "order") instanceof Number n ? n.intValue() : 100,
                required(properties, "titleKey"),
                properties.get(PortalPanel.PREFIX_ + "permission") instanceof String s ? s : "");
    }

    private static String required(Map<String, ?> properties, String name) {
        Object value = properties.get(PortalPanel.PREFIX_ + name);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("missing service property " + PortalPanel.PREFIX_ + name);
        }
        return s;
    }

    /** @return the key that identifies the panel in URLs and lists: {@code module/name} */
    public String key() {
        return module + "/" + name;
    }
}
