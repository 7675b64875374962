package vn.edu.caitien.demo.data;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.ImplementationDegree;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.ProgressUpdate;
import vn.edu.caitien.monitoring.api.ReviewDraft;
import vn.edu.caitien.monitoring.api.ReviewPeriod;
import vn.edu.caitien.plan.api.CopyResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanValidationException;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;

/**
 * Demo plans, so that a first start shows the whole cycle: THCS Kinh Bắc's 2025-2026 plan (TT 18) published, followed
 * up and closed at the year end, and its 2026-2027 plan (TT 57) copied from it, published and under way; TH Kinh
 * Bắc's 2026-2027 plan published with no progress yet, so the ward's roll-up has a school behind. Created once, on a
 * thread of its own so the portal does not wait for it, only while THCS Kinh Bắc has no plan at all. The users are the
 * demo accounts of {@code db/demo/V001}, acting through the services with their own rights.
 */
@Component(service = {})
public final class DemoPlans {

    static final String THCS = "thcs-kinhbac";
    static final String TH = "th-kinhbac";
    static final String VN = "thcs-vuninh";

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlans.class);

    static final PortalUser PRINCIPAL = new PortalUser("hieutruong", "Nguyễn Văn An", false,
            List.of(Membership.school(THCS, PortalRole.PRINCIPAL)));
    static final PortalUser TEACHER = new PortalUser("giaovien", "Đỗ Minh Tuấn", false,
            List.of(Membership.school(THCS, PortalRole.TEACHER)));
    static final PortalUser MONITOR = new PortalUser("giamsat", "Vũ Thị Mai", false,
            List.of(Membership.school(THCS, PortalRole.MONITORING_TEAM), Membership.school(THCS, PortalRole.TEACHER)));
    static final PortalUser TH_PRINCIPAL = new PortalUser("hieutruong.th", "Hoàng Văn Bình", false,
            List.of(Membership.school(TH, PortalRole.PRINCIPAL)));
    static final PortalUser VN_PRINCIPAL = new PortalUser("hieutruong.vn", "Bùi Quang Huy", false,
            List.of(Membership.school(VN, PortalRole.PRINCIPAL)));

    /** How long the worker waits for the demo schools before it gives up. */
    static final Duration SCHOOLS_TIMEOUT = Duration.ofMinutes(5);

    private final Thread worker;
    private volatile boolean stopping;

    /**
     * @param plans      creates the plans
     * @param monitoring records progress, the review and the close
     * @param directory  the worker waits until it knows the demo schools
     */
    @Activate
    public DemoPlans(@Reference PlanService plans, @Reference MonitoringService monitoring,
                     @Reference SchoolDirectory directory) {
        worker = new Thread(() -> {
            try {
                // DemoDataLoader inserts the schools when its own references are satisfied, which may be after this
                // component starts (on a busy machine, seconds after): acting for a school the directory does not
                // know yet would be refused, and the demo would have no plans.
                if (!awaitSchools(directory, SCHOOLS_TIMEOUT, () -> stopping, THCS, TH, VN)) {
                    LOG.warn("Demo plans not created: the demo schools did not appear within {}", SCHOOLS_TIMEOUT);
                    return;
                }
                if (plans.plans(PRINCIPAL, THCS, PlanQuery.ALL).isEmpty()) {
                    create(plans, monitoring);
                } else {
                    LOG.info("Demo plans of Kinh Bắc already there");
                }
                // The second ward came with demo data V002: a portal started before it gets this plan on its own.
                if (plans.plans(VN_PRINCIPAL, VN, PlanQuery.ALL).isEmpty()) {
                    createVuNinh(plans);
                }
            } catch (PlanValidationException e) {
                LOG.warn("Demo plans could not be created: {}", e.issues());
            } catch (RuntimeException e) {
                // Demo data must never stop the portal; a user can still create plans by hand.
                LOG.warn("Demo plans could not be created: {}", e.toString(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "caitien-demo-plans");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        worker.join(10_000);
    }

    /**
     * Polls the directory every 200 ms until it knows every one of the schools. Package-private for the test.
     *
     * @return true when they are all there; false when the time ran out or {@code stop} said to give up first
     */
    static boolean awaitSchools(SchoolDirectory directory, Duration timeout, BooleanSupplier stop, String... ids)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Arrays.stream(ids).allMatch(id -> directory.school(id).isPresent())) {
            if (stop.getAsBoolean() || System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /** Creates the demo plans; package-private for the test. */
    static void create(PlanService plans, MonitoringService monitoring) {
        PlanDocument last = plans.create(PRINCIPAL, THCS, PlanPeriod.schoolYear(2025), "");
        last.getHeader().setNumber(15);
        last.getHeader().setDate(LocalDate.of(2025, 9, 15));
        last.getHeader().setPlace("Kinh Bắc");
        last.getHeader().setSignerTitle("HIỆU TRƯỞNG");
        last.getHeader().setSignerName("Nguyễn Văn An");
        last.setPurposes(List.of("Khắc phục những điểm yếu đã nêu trong báo cáo tự đánh giá năm 2025",
                "Duy trì và nâng cao các tiêu chí đã đạt, hướng tới đạt kiểm định chất lượng giáo dục cấp độ 3"));
        last.getRows().addAll(List.of(
                row("1.7", 2, action("Xây dựng và triển khai kế hoạch phát triển đội ngũ; tạo điều kiện cho giáo viên "
                        + "học bồi dưỡng lấy chứng chỉ các môn Khoa học tự nhiên", "Ban giám hiệu", "", "Tổ chuyên môn",
                        "Trong năm học 2025-2026", "Không")),
                row("3.1", 3, action("Tham mưu với chính quyền địa phương tiếp tục đầu tư tu sửa sân chơi, bãi tập",
                        "Hiệu trưởng", "", "Kế toán", "Từ tháng 10/2025 đến tháng 5/2026", "500 triệu đồng"),
                        action("Trồng thêm cây bóng mát ở khu sân chơi", "Đỗ Minh Tuấn", "giaovien", "Tổ văn phòng",
                                "Học kỳ II năm học 2025-2026", "15 triệu đồng (XHH)")),
                row("3.6", 3, action("Bổ sung sách tham khảo, tài liệu nâng cao cho giáo viên và học sinh",
                        "Đỗ Minh Tuấn", "giaovien", "Nhân viên thư viện, kế toán", "Học kỳ I năm học 2025-2026",
                        "30 triệu đồng")),
                row("5.4", 2, action("Xây dựng và tổ chức kế hoạch hoạt động trải nghiệm, hướng nghiệp theo quy định",
                        "Phó hiệu trưởng", "", "Giáo viên chủ nhiệm", "Trong năm học 2025-2026 và các năm tiếp theo",
                        "Không"))));
        last = plans.save(PRINCIPAL, last);
        long lastId = publish(plans, last);
        List<PlanAction> a = plans.plan(PRINCIPAL, lastId).orElseThrow().actions();
        progress(monitoring, TEACHER, lastId, a.get(2).getKey(), LocalDate.of(2025, 12, 20), ActionStatus.DONE, 100,
                28_500_000L, "Đã bổ sung 320 đầu sách tham khảo");
        progress(monitoring, PRINCIPAL, lastId, a.get(0).getKey(), LocalDate.of(2026, 1, 10), ActionStatus.IN_PROGRESS,
                60, null, "3/5 giáo viên đã có chứng chỉ");
        progress(monitoring, PRINCIPAL, lastId, a.get(1).getKey(), LocalDate.of(2026, 1, 10), ActionStatus.IN_PROGRESS,
                30, 120_000_000L, "Đã lát lại một nửa sân");
        progress(monitoring, TEACHER, lastId, a.get(3).getKey(), LocalDate.of(2026, 4, 20), ActionStatus.DONE, 100,
                14_000_000L, "Đã trồng 20 cây sấu, cây bàng");
        monitoring.recordReview(MONITOR, new ReviewDraft(lastId, ReviewPeriod.SEMESTER_1, null, 2025,
                LocalDate.of(2026, 1, 15), "Rà soát tiến độ thực hiện kế hoạch học kỳ I",
                "Hoàn thành 1/5 công việc; sân chơi đang tu sửa", List.of(), List.of("Vũ Thị Mai"),
                "Đẩy nhanh tu sửa sân chơi trước tháng 5/2026"));
        progress(monitoring, PRINCIPAL, lastId, a.get(0).getKey(), LocalDate.of(2026, 5, 25), ActionStatus.DONE, 100,
                null, "5/5 giáo viên đã có chứng chỉ");
        progress(monitoring, PRINCIPAL, lastId, a.get(1).getKey(), LocalDate.of(2026, 5, 25), ActionStatus.IN_PROGRESS,
                70, 350_000_000L, "Còn hạng mục mái che");
        monitoring.closeYear(PRINCIPAL, lastId, 2025);

        // 2026-2027 falls under TT 57: the copy moves the unfinished actions to the mapped criteria.
        CopyResult copy = plans.copyToNextPeriod(PRINCIPAL, lastId, PlanPeriod.schoolYear(2026));
        PlanDocument now = copy.plan();
        now.getHeader().setNumber(9);
        now.getHeader().setDate(LocalDate.of(2026, 9, 12));
        now.getHeader().setPlace("Kinh Bắc");
        now.actions().forEach(x -> x.setTimeText("Trong năm học 2026-2027"));
        // Criteria whose actions were all finished last year need no row this year.
        now.getRows().removeIf(r -> r.getActions().isEmpty());
        now.getRows().stream().filter(r -> r.getCriterionCode().equals("4.1")).findFirst().ifPresent(r -> {
            List<PlanAction> actions = new ArrayList<>(r.getActions());
            actions.add(action("Xây dựng tủ sách lớp học cho các lớp khối 6", "Đỗ Minh Tuấn", "giaovien",
                    "Giáo viên chủ nhiệm, Ban đại diện cha mẹ học sinh", "Học kỳ I năm học 2026-2027",
                    "5 triệu đồng (XHH)"));
            r.setActions(actions);
        });
        now = plans.save(PRINCIPAL, now);
        long nowId = publish(plans, now);
        List<PlanAction> b = plans.plan(PRINCIPAL, nowId).orElseThrow().actions();
        if (!b.isEmpty()) {
            progress(monitoring, PRINCIPAL, nowId, b.get(0).getKey(), LocalDate.of(2026, 11, 10),
                    ActionStatus.IN_PROGRESS, 40, 30_000_000L, "Đã khảo sát, đang lập dự toán hạng mục mái che");
        }

        PlanDocument th = plans.create(TH_PRINCIPAL, TH, PlanPeriod.schoolYear(2026), "");
        th.getHeader().setNumber(4);
        th.getHeader().setDate(LocalDate.of(2026, 9, 20));
        th.getHeader().setPlace("Kinh Bắc");
        th.getHeader().setSignerTitle("HIỆU TRƯỞNG");
        th.getHeader().setSignerName("Hoàng Văn Bình");
        th.getRows().addAll(List.of(
                row("2.2", 2, action("Bồi dưỡng giáo viên dạy học theo Chương trình giáo dục phổ thông 2018",
                        "Hiệu trưởng", "", "Tổ chuyên môn", "Từ tháng 10/2026 đến tháng 11/2026", "10 triệu đồng")),
                row("4.1", 2, action("Sửa chữa phòng học, bổ sung bàn ghế đúng quy cách", "Hiệu trưởng", "",
                        "Kế toán, Ban đại diện cha mẹ học sinh", "Học kỳ I năm học 2026-2027",
                        "Ngân sách cấp và XHH"))));
        th = plans.save(TH_PRINCIPAL, th);
        publish(plans, th);
        LOG.info("Demo plans created: THCS Kinh Bắc 2025-2026 (closed) and 2026-2027, TH Kinh Bắc 2026-2027");
    }

    /** THCS Vũ Ninh's 2026-2027 plan (TT 57), published: a school under another ward. Package-private for tests. */
    static long createVuNinh(PlanService plans) {
        PlanDocument vn = plans.create(VN_PRINCIPAL, VN, PlanPeriod.schoolYear(2026), "");
        vn.getHeader().setNumber(21);
        vn.getHeader().setDate(LocalDate.of(2026, 9, 25));
        vn.getHeader().setPlace("Vũ Ninh");
        vn.getHeader().setSignerTitle("HIỆU TRƯỞNG");
        vn.getHeader().setSignerName("Bùi Quang Huy");
        vn.getRows().addAll(List.of(
                row("1.4", 2, action("Kiện toàn tổ chuyên môn, xây dựng kế hoạch sinh hoạt chuyên môn theo nghiên cứu "
                        + "bài học", "Hiệu trưởng", "", "Tổ trưởng chuyên môn", "Học kỳ I năm học 2026-2027", "Không")),
                row("4.1", 2, action("Cải tạo khu vệ sinh học sinh, bảo đảm nước sạch", "Bùi Quang Huy",
                        "hieutruong.vn", "Kế toán, Ban đại diện cha mẹ học sinh", "Từ tháng 11/2026 đến tháng 3/2027",
                        "120 triệu đồng"))));
        vn = plans.save(VN_PRINCIPAL, vn);
        long id = publish(plans, vn);
        LOG.info("Demo plan created: THCS Vũ Ninh 2026-2027");
        return id;
    }

    private static long publish(PlanService plans, PlanDocument d) {
        long id = d.getId();
        PlanDocument submitted = plans.submit(principalOf(d), id, d.getVersion());
        PlanDocument approved = plans.approve(principalOf(d), id, submitted.getVersion());
        plans.publish(principalOf(d), id, approved.getVersion());
        return id;
    }

    private static PortalUser principalOf(PlanDocument d) {
        return switch (d.getSchoolId()) {
            case TH -> TH_PRINCIPAL;
            case VN -> VN_PRINCIPAL;
            default -> PRINCIPAL;
        };
    }

    private static void progress(MonitoringService monitoring, PortalUser user, long planId, String actionKey,
                                 LocalDate asOf, ActionStatus status, int percent, Long spent, String comment) {
        monitoring.update(user, new ProgressUpdate(planId, actionKey, asOf, status, percent, spent,
                status == ActionStatus.DONE ? ImplementationDegree.COMPLETED : ImplementationDegree.IN_PROGRESS, "",
                comment));
    }

    private static PlanRow row(String code, int target, PlanAction... actions) {
        PlanRow r = new PlanRow();
        r.setCriterionCode(code);
        r.setTargetLevel(target);
        r.setActions(new ArrayList<>(List.of(actions)));
        return r;
    }

    private static PlanAction action(String description, String lead, String leadUserId, String partners, String time,
                                     String budget) {
        PlanAction a = new PlanAction();
        a.setDescription(description);
        a.setLeadText(lead);
        a.setLeadUserId(leadUserId);
        a.setPartners(partners);
        a.setTimeText(time);
        a.setBudgetText(budget);
        return a;
    }
}
