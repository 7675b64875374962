package vn.edu.caitien.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
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
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanStatus;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * The plan module in the real container with the demo data: a principal creates, fills, submits, approves and
 * publishes a plan; the ward officer then reads it (service and page); the principal of another school gets nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlanIT {

    private static final String THCS = "thcs-kinhbac";
    private static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));
    private static final PortalUser WARD = new PortalUser("phuong", "Lê Văn Hùng", false,
            List.of(Membership.body("ubnd-kinhbac", PortalRole.SUPERVISOR)));
    private static final PortalUser OTHER_PRINCIPAL = new PortalUser("hieutruong.th", "Hoàng Văn Bình", false,
            List.of(Membership.school("th-kinhbac", PortalRole.PRINCIPAL)));

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return PortalConfiguration.options(PortalConfiguration.freePort(), PortalConfiguration.freshDataDir());
    }

    @Test
    public void principalWritesAndPublishesThenTheWardReadsIt() throws Exception {
        PlanService plans = PortalConfiguration.service(context, PlanService.class, 60);

        PlanDocument draft = plans.create(PRINCIPAL, THCS, PlanPeriod.schoolYear(2025), "");
        assertEquals("the 2018 regime applies to 2025-2026", "tt18-2018", draft.getRegimeId());
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
        row.setActions(List.of(action));
        draft.getRows().add(row);
        PlanDocument saved = plans.save(PRINCIPAL, draft);
        assertEquals(500_000_000L, (long) saved.getRows().get(0).getActions().get(0).getAmount());

        PlanDocument submitted = plans.submit(PRINCIPAL, saved.getId(), saved.getVersion());
        PlanDocument approved = plans.approve(PRINCIPAL, saved.getId(), submitted.getVersion());
        PlanDocument published = plans.publish(PRINCIPAL, saved.getId(), approved.getVersion());
        assertEquals(PlanStatus.PUBLISHED, published.getStatus());

        assertTrue("the ward sees the published plan",
                plans.plans(WARD, THCS, PlanQuery.ALL).stream().anyMatch(p -> p.id() == saved.getId()));
        PlanDocument read = plans.plan(WARD, saved.getId()).orElseThrow();
        assertEquals("3.1", read.getRows().get(0).getCriterionCode());

        assertFalse("another school's principal gets nothing", plans.plan(OTHER_PRINCIPAL, saved.getId()).isPresent());
        try {
            plans.plans(OTHER_PRINCIPAL, THCS, PlanQuery.ALL);
            fail("another school's list must be refused");
        } catch (AccessDeniedException expected) {
            // refused without naming anything of the other school
        }

        WebClient web = PortalConfiguration.webClient(context);
        web.login("phuong", "demo");
        WebClient.Page list = web.get("/m/plan/plans?school=" + THCS);
        assertEquals(200, list.status());
        assertTrue("the ward officer's plan list shows the number: " + list.body(),
                list.body().contains("07/KH-THCSKB"));
    }
}
