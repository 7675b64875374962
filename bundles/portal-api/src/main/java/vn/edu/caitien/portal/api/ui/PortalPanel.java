package vn.edu.caitien.portal.api.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link PanelContribution}, written as a typed annotation so that no contributor
 * writes property strings. Put it on the {@code @Component} class:
 *
 * <pre>
 * &#64;Component(service = PanelContribution.class)
 * &#64;PortalPanel(module = "plan", name = "editor", slot = PortalSlots.NAVIGATION, order = 20,
 *              titleKey = "plan.title", permission = "plan.view")
 * </pre>
 *
 * The resulting properties are {@code portal.panel.module}, {@code portal.panel.name},
 * {@code portal.panel.slot}, {@code portal.panel.order}, {@code portal.panel.titleKey} and
 * {@code portal.panel.permission}; {@link PanelDescriptor#of} reads them back.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PortalPanel {

    /** Prefix of every property name. */
    String PREFIX_ = "portal.panel.";

    /** @return id of the module the panel belongs to; the panel is hidden where that module is switched off */
    String module();

    /** @return name of the panel, unique within the module; part of the page URL */
    String name();

    /** @return one of the constants in {@link PortalSlots} */
    String slot();

    /** @return lower values come first within a slot */
    int order() default 100;

    /**
     * @return message key of the title, looked up in {@code wicket-package*.utf8.properties} in the package of
     *         the contribution class, so in the contributing bundle
     */
    String titleKey();

    /** @return permission key needed to see the panel; empty means every signed-in user of the school */
    String permission() default "";
}
