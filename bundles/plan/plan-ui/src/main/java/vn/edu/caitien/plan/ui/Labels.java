package vn.edu.caitien.plan.ui;

import org.apache.wicket.Component;
import vn.edu.caitien.plan.api.PlanPeriod;

/** Translated labels shared by the panels (keys in wicket-package*.utf8.properties). */
final class Labels {

    private Labels() {
    }

    /** @return "Năm học 2025-2026" or "Giai đoạn 2022-2025" in the component's locale */
    static String period(Component c, PlanPeriod period) {
        if (period == null) {
            return "";
        }
        return c.getString(period.kind() == PlanPeriod.Kind.STAGE ? "plan.period.stage" : "plan.period.schoolYear")
                + " " + period.years();
    }

    /** @return "Đạt mức 2", or the free text when no level */
    static String target(Component c, Integer level, String text) {
        return target(level == null ? "" : c.getString("plan.target.level"), level, text);
    }

    /** @param reach the translated "Đạt mức" ({@code plan.target.level}) */
    static String target(String reach, Integer level, String text) {
        String head = level == null ? "" : reach + " " + level;
        return text == null || text.isBlank() ? head : head.isEmpty() ? text : head + ": " + text;
    }
}
