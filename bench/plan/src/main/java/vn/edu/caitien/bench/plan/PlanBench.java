package vn.edu.caitien.bench.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.serialize.java.JavaSerializer;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.impl.PlanFixtures;
import vn.edu.caitien.plan.ui.PlanEditorPanel;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.ui.ServiceLocator;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/**
 * Editor render time and throughput for a 100-action plan against a bare Wicket panel that renders the same table
 * as plain labels ({@link BareTablePanel}), in the same JVM and run, interleaved; save latency; and the serialized
 * size of the page after editing (what the session page store keeps). The goal: editor throughput at least 50 % of
 * the bare table's.
 */
public final class PlanBench {

    private static final Logger LOG = LoggerFactory.getLogger(PlanBench.class);
    private static final int ROUNDS = 200;

    private PlanBench() {
    }

    /** A Wicket application over a map of services. */
    static final class App extends WebApplication implements ServiceLocator.Provider {
        private final Map<Class<?>, Object> services;

        App(Map<Class<?>, Object> services) {
            this.services = services;
        }

        @Override
        protected void init() {
            super.init();
            getMarkupSettings().setDefaultMarkupEncoding("UTF-8");
        }

        @Override
        public Class<? extends Page> getHomePage() {
            return Home.class;
        }

        @Override
        public ServiceLocator serviceLocator() {
            return new ServiceLocator() {
                @Override
                public <T> Optional<T> find(Class<T> type) {
                    return Optional.ofNullable(services.get(type)).map(type::cast);
                }
            };
        }
    }

    /** Unused home page. */
    public static final class Home extends WebPage {
        private static final long serialVersionUID = 1L;
    }

    public static void main(String[] args) {
        try (DerbyTestDatabase db = DerbyTestDatabase.open("plan-bench")) {
            CatalogueService catalogue = PlanFixtures.catalogue(db);
            PlanService service = PlanFixtures.service(db, catalogue);
            PlanDocument plan = service.create(PlanFixtures.PRINCIPAL, PlanFixtures.THCS.id(), PlanPeriod.schoolYear(2025), "");
            String[] codes = {"1.1", "1.3", "1.4", "1.5", "1.6", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.5",
                "3.6", "4.1", "4.2", "5.1", "5.2", "5.5", "5.6"};
            for (String code : codes) {
                PlanRow row = new PlanRow();
                row.setCriterionCode(code);
                row.setTargetLevel(3);
                for (int i = 0; i < 5; i++) {
                    PlanAction a = new PlanAction();
                    a.setDescription("Công việc " + i + " của tiêu chí " + code + ": rà soát, bổ sung, tổ chức thực hiện và đánh giá định kỳ.");
                    a.setLeadText("Ban giám hiệu");
                    a.setPartners("Tổ chuyên môn, tổ văn phòng");
                    a.setTimeText("Trong năm học 2025-2026 và các năm tiếp theo");
                    a.setBudgetText(i % 2 == 0 ? "50 triệu đồng" : "Không");
                    a.setSupport("Phối hợp với các đoàn thể");
                    row.getActions().add(a);
                }
                plan.getRows().add(row);
            }
            plan = service.save(PlanFixtures.PRINCIPAL, plan);
            long planId = plan.getId();

            List<Long> saves = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                PlanDocument p = service.plan(PlanFixtures.PRINCIPAL, planId).orElseThrow();
                p.getRows().get(i % codes.length).getActions().get(0).setNotes("Ghi chú " + i);
                long t0 = System.nanoTime();
                service.save(PlanFixtures.PRINCIPAL, p);
                saves.add(System.nanoTime() - t0);
            }

            WicketTester tester = new WicketTester(new App(Map.of(PlanService.class, service, CatalogueService.class, catalogue,
                    SchoolDirectory.class, PlanFixtures.directory())));
            tester.getSession().setLocale(Locale.forLanguageTag("vi"));
            PortalContext ctx = new PortalContext(PlanFixtures.PRINCIPAL, PlanFixtures.THCS,
                    PlanFixtures.permissions().grantedPermissions(PlanFixtures.PRINCIPAL, PlanFixtures.THCS.id()), null);
            List<BareTablePanel.Cells> bareLines = BareTablePanel.cells(service.plan(PlanFixtures.PRINCIPAL, planId).orElseThrow());
            if (bareLines.size() != codes.length * 6) {
                throw new IllegalStateException("the bare table has " + bareLines.size() + " lines");
            }
            for (int i = 0; i < 20; i++) {
                tester.startComponentInPage(new PlanEditorPanel("panel", ctx, planId));
                tester.startComponentInPage(new BareTablePanel("panel", bareLines));
            }
            // What every editor render asks the services for (reload by id, validation), to split its time.
            List<Long> reads = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                service.plan(PlanFixtures.PRINCIPAL, planId).orElseThrow();
                service.validate(PlanFixtures.PRINCIPAL, planId);
                reads.add(System.nanoTime() - t0);
            }
            List<Long> editor = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                long t0 = System.nanoTime();
                tester.startComponentInPage(new PlanEditorPanel("panel", ctx, planId));
                editor.add(System.nanoTime() - t0);
                long t1 = System.nanoTime();
                tester.startComponentInPage(new BareTablePanel("panel", bareLines));
                bare.add(System.nanoTime() - t1);
            }
            tester.startComponentInPage(new BareTablePanel("panel", bareLines));
            int bareBytes = tester.getLastResponseAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            tester.startComponentInPage(new PlanEditorPanel("panel", ctx, planId));
            int htmlBytes = tester.getLastResponseAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            // Open the first action (the table's "Sửa" button posts op=editAction:<key>), change a field, save.
            String firstAction = service.plan(PlanFixtures.PRINCIPAL, planId).orElseThrow().actions().get(0).getKey();
            FormTester table = tester.newFormTester("panel:" + PlanEditorPanel.TABLE);
            tester.getRequest().getPostParameters().setParameterValue(PlanEditorPanel.OP,
                    PlanEditorPanel.op(PlanEditorPanel.EDIT_ACTION, firstAction));
            table.submit();
            byte[] open = new JavaSerializer("bench").serialize(tester.getLastRenderedPage());
            FormTester form = tester.newFormTester("panel:" + PlanEditorPanel.TABLE + ":" + PlanEditorPanel.EDITOR + ":"
                    + PlanEditorPanel.ACTION_FORM);
            form.setValue("only2018:notes", "Đã sửa trong bench");
            long t0 = System.nanoTime();
            form.submit(PlanEditorPanel.SAVE_ACTION);
            long uiSave = System.nanoTime() - t0;
            if (!"Đã sửa trong bench".equals(service.plan(PlanFixtures.PRINCIPAL, planId).orElseThrow().actions().get(0).getNotes())) {
                throw new IllegalStateException("the editor did not save the action");
            }
            byte[] page = new JavaSerializer("bench").serialize(tester.getLastRenderedPage());
            LOG.info("Editor render, 100 actions: p50 {} ms, p95 {} ms, {} renders/s; HTML {} KB",
                    ms(pct(editor, 50)), ms(pct(editor, 95)), String.format(Locale.ROOT, "%.0f", 1e9 / pct(editor, 50)),
                    htmlBytes / 1024);
            LOG.info("Bare table render (same 100 actions, plain labels): p50 {} ms, p95 {} ms, {} renders/s; HTML {} KB",
                    ms(pct(bare, 50)), ms(pct(bare, 95)), String.format(Locale.ROOT, "%.0f", 1e9 / pct(bare, 50)),
                    bareBytes / 1024);
            LOG.info("Editor throughput / bare table throughput (p50): {} % (goal >= 50 %)",
                    String.format(Locale.ROOT, "%.0f", 100.0 * pct(bare, 50) / pct(editor, 50)));
            LOG.info("Of the editor render, service reads (plan by id + validation): p50 {} ms, p95 {} ms",
                    ms(pct(reads, 50)), ms(pct(reads, 95)));
            LOG.info("Service save (100 actions, one field changed): p50 {} ms, p95 {} ms; editor save round trip {} ms",
                    ms(pct(saves, 50)), ms(pct(saves, 95)), ms(uiSave));
            LOG.info("Serialized editor page with one action open: {} KB; after saving it: {} KB (goal <= 50 KB)",
                    open.length / 1024, page.length / 1024);
            tester.destroy();
        }
    }

    private static long pct(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
