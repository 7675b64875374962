package vn.edu.caitien.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.PRINCIPAL;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.SUPERVISOR;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.TEACHER;
import static vn.edu.caitien.monitoring.ui.FakeMonitoring.THCS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.wicket.markup.html.panel.Panel;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.portal.api.ui.PanelContribution;

/**
 * The navigation entries as the host sees them (the DS descriptors bnd generated from {@code @PortalPanel}): module,
 * Vietnamese titles, and the permission that hides each entry from users who lack it.
 */
class ContributionsTest extends PanelTestSupport {

    /** @return panel name → permission, read from the generated component descriptors */
    private static Map<String, String> permissions() throws Exception {
        Map<String, String> byName = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("target/classes/OSGI-INF"))) {
            for (Path file : files.toList()) {
                String xml = Files.readString(file);
                if (xml.contains("DownloadProvider")) {
                    continue; // the evidence downloads, not a panel
                }
                assertThat(xml).contains("value=\"monitoring\"").contains("PanelContribution");
                byName.put(value(xml, "name"), value(xml, "permission"));
            }
        }
        return byName;
    }

    private static String value(String xml, String property) {
        Matcher m = Pattern.compile("name=\"portal\\.panel\\." + property + "\" type=\"String\" value=\"([^\"]*)\"")
                .matcher(xml);
        assertThat(m.find()).as(property).isTrue();
        return m.group(1);
    }

    @Test
    void sevenEntriesEachWithAPermission() throws Exception {
        assertThat(permissions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "my-actions", "monitoring.update", "progress", "monitoring.view", "dashboard", "monitoring.view",
                "reviews", "monitoring.view", "inspections", "monitoring.view", "close", "monitoring.close",
                "rollup", "monitoring.inspect"));
    }

    @Test
    void entriesAreHiddenFromUsersWithoutThePermission() throws Exception {
        Map<String, String> p = permissions();
        Set<String> teacher = FakeMonitoring.permissions(TEACHER, THCS.id());
        Set<String> supervisor = FakeMonitoring.permissions(SUPERVISOR, THCS.id());
        Set<String> principal = FakeMonitoring.permissions(PRINCIPAL, THCS.id());
        assertThat(teacher).doesNotContain(p.get("rollup"), p.get("close")).contains(p.get("my-actions"));
        assertThat(supervisor).contains(p.get("rollup"), p.get("inspections")).doesNotContain(p.get("my-actions"));
        assertThat(principal).contains(p.get("close"), p.get("progress")).doesNotContain(p.get("rollup"));
    }

    @Test
    void eachContributionCreatesItsPanel() {
        for (PanelContribution c : new PanelContribution[] {new MyActionsContribution(), new PlanProgressContribution(),
                new SchoolDashboardContribution(), new ReviewsContribution(), new InspectionsContribution(),
                new YearCloseContribution(), new RollUpContribution()}) {
            Panel panel = c.newPanel("panel", context(PRINCIPAL, THCS, "vi"));
            assertThat(panel.getId()).isEqualTo("panel");
            tester.startComponentInPage(panel);
            tester.assertNoErrorMessage();
        }
    }

    @Test
    void titlesAreVietnameseFirstWithEnglish() {
        tester.startComponentInPage(new MyActionsPanel("panel", context(PRINCIPAL, THCS, "vi")));
        Panel panel = (Panel) tester.getComponentFromLastRenderedPage("panel");
        assertThat(panel.getString("monitoring.myActions.title")).isEqualTo("Việc của tôi");
        assertThat(panel.getString("monitoring.rollup.title")).isEqualTo("Tổng hợp các trường");
        tester.getSession().setLocale(java.util.Locale.ENGLISH);
        assertThat(panel.getString("monitoring.myActions.title")).isEqualTo("My actions");
    }
}
