package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The export module in the real container: a signed-in principal downloads the plan in every format at its stable
 * URL; the principal of another school gets 404 for the same URLs, and someone not signed in gets the login page.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExportIT {

    private static final String THCS = "thcs-kinhbac";
    private static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void thePlanDownloadsInEveryFormatForItsSchoolOnly() throws Exception {
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);
        PlanDocument draft = plans.create(PRINCIPAL, THCS, PlanPeriod.schoolYear(2025), "");
        draft.getHeader().setNumber(7);
        draft.getHeader().setDate(LocalDate.of(2025, 9, 9));
        PlanAction action = new PlanAction();
        action.setDescription("Cải tạo sân chơi, bãi tập");
        action.setLeadText("Hiệu trưởng");
        action.setTimeText("Trong năm học 2025-2026");
        action.setBudgetText("500 triệu đồng");
        PlanRow row = new PlanRow();
        row.setCriterionCode("3.1");
        row.setTargetLevel(3);
        row.setActions(new ArrayList<>(List.of(action)));
        draft.getRows().add(row);
        long planId = plans.save(PRINCIPAL, draft).getId();

        WebClient anonymous = PortalConfiguration.webClient(context);
        WebClient.Page login = anonymous.get("/download/export/plan/" + planId + ".docx");
        assertTrue("someone not signed in is sent to the login page: " + login.uri(), login.uri().getPath().startsWith("/login"));

        WebClient web = PortalConfiguration.webClient(context);
        web.login("hieutruong", "demo");
        for (String format : List.of("docx", "xlsx")) {
            WebClient.File file = web.download("/download/export/plan/" + planId + "." + format);
            assertEquals(format + " status", 200, file.status());
            assertTrue(format + " is a zip package", file.content().length > 100 && file.content()[0] == 'P'
                    && file.content()[1] == 'K');
            assertTrue(format + " is an attachment: " + file.disposition(), file.disposition().startsWith("attachment"));
        }
        WebClient.File pdf = web.download("/download/export/plan/" + planId + ".pdf");
        assertEquals(200, pdf.status());
        assertTrue("a PDF", new String(pdf.content(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        WebClient.File json = web.download("/download/export/plan/" + planId + ".json");
        assertEquals(200, json.status());
        assertTrue("the JSON names the action", new String(json.content(), StandardCharsets.UTF_8)
                .contains("Cải tạo sân chơi, bãi tập"));
        WebClient.File report = web.download("/download/export/report/" + planId + "/semester-1-2025-2026.docx");
        assertEquals("the semester-I monitoring report", 200, report.status());
        assertTrue("the report is a zip package", report.content()[0] == 'P' && report.content()[1] == 'K');
        WebClient.File template = web.download("/download/export/template/plan-2018.xlsx");
        assertEquals("the empty 2018 plan table", 200, template.status());
        assertTrue("the template is a zip package", template.content()[0] == 'P' && template.content()[1] == 'K');
        WebClient.Page documents = web.get("/m/export/documents");
        assertEquals(200, documents.status());
        assertTrue("the documents page links the plan's PDF: " + documents.body(),
                documents.body().contains("download/export/plan/" + planId + ".pdf"));
        assertEquals("an unknown format is a bad request", 400,
                web.download("/download/export/plan/" + planId + ".exe").status());

        // The demo's 2025-2026 plan of THCS Kinh Bắc is closed: its year-end report; the ward's roll-up of 2026-2027.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(180);
        java.util.Optional<vn.edu.caitien.plan.api.PlanSummary> closed = java.util.Optional.empty();
        while (closed.isEmpty()) {
            assertTrue("the demo plans within 3 minutes", System.nanoTime() < deadline);
            Thread.sleep(500);
            closed = plans.plans(PRINCIPAL, THCS, vn.edu.caitien.plan.api.PlanQuery.ALL).stream()
                    .filter(p -> p.number() != null && p.number() == 15).findFirst();
        }
        long demoPlan = closed.get().id();
        WebClient.File yearEnd = null;
        while (yearEnd == null || yearEnd.status() != 200) {
            assertTrue("the year-end report of the demo plan within 3 minutes: "
                    + (yearEnd == null ? "" : yearEnd.status()), System.nanoTime() < deadline);
            Thread.sleep(500);
            yearEnd = web.download("/download/export/year-end/" + demoPlan + ".pdf");
        }
        assertTrue("the year-end report is a PDF", new String(yearEnd.content(), 0, 5, StandardCharsets.US_ASCII)
                .equals("%PDF-"));
        WebClient ward = PortalConfiguration.webClient(context);
        ward.login("phuong", "demo");
        WebClient.File rollUp = ward.download("/download/export/rollup/ubnd-kinhbac/2026-2027.xlsx");
        assertEquals("the ward's roll-up", 200, rollUp.status());
        assertEquals("a school's principal gets no roll-up of the ward", 404,
                web.download("/download/export/rollup/ubnd-kinhbac/2026-2027.xlsx").status());

        WebClient other = PortalConfiguration.webClient(context);
        other.login("hieutruong.th", "demo");
        for (String format : List.of("docx", "pdf", "xlsx", "json")) {
            assertEquals("another school's principal gets nothing as " + format, 404,
                    other.download("/download/export/plan/" + planId + "." + format).status());
        }
    }
}
