package vn.edu.caitien.export.impl;

import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.time.LocalDate;
import java.util.Map;
import vn.edu.caitien.catalogue.api.CatalogueService;
import vn.edu.caitien.export.api.DocumentRenderer;
import vn.edu.caitien.export.impl.render.DocxRenderer;
import vn.edu.caitien.export.impl.render.JsonRenderer;
import vn.edu.caitien.export.impl.render.PdfRenderer;
import vn.edu.caitien.export.impl.render.XlsxRenderer;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;

/**
 * A filled plan saved through the real plan service (so the service parses budgets and times), and the document
 * service with the four renderers registered as the framework would.
 */
public final class ExportFixtures {

    private ExportFixtures() {
    }

    /** @return the document service with DOCX, PDF, XLSX and JSON registered */
    public static DocumentServiceImpl service(PlanService plans, CatalogueService catalogue) {
        return service(plans, catalogue, vn.edu.caitien.plan.impl.PlanFixtures.directory());
    }

    /** @return the document service with DOCX, PDF, XLSX and JSON registered, over a directory of schools and bodies */
    public static DocumentServiceImpl service(PlanService plans, CatalogueService catalogue,
                                              vn.edu.caitien.portal.api.SchoolDirectory directory) {
        DocumentServiceImpl s = new DocumentServiceImpl(plans, catalogue, directory);
        register(s, new DocxRenderer(), "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        register(s, new PdfRenderer(), "pdf", "application/pdf");
        register(s, new XlsxRenderer(), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        register(s, new JsonRenderer(), "json", "application/json");
        return s;
    }

    static void register(DocumentServiceImpl s, DocumentRenderer r, String format, String mediaType) {
        s.addRenderer(r, Map.of(DocumentRenderer.FORMAT, format, DocumentRenderer.MEDIA_TYPE, mediaType,
                DocumentRenderer.EXTENSION, format));
    }

    /**
     * A plan of Trường THCS An Bình numbered {@code number}/KH-THCSAB, dated 09/09/2025 at Kinh Bắc: criterion 1.1 with two
     * actions (500 triệu đồng and 20.000.000 đồng), criterion 1.2 with one (15 triệu), both aiming at Mức 2, and
     * every section filled. With {@code extraActions} more actions spread over more criteria (for benchmarks).
     */
    public static PlanDocument plan(PlanService service, PlanPeriod period, int number, int extraActions) {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), period, "Cải tiến chất lượng giáo dục năm học "
                + period.years());
        plan.getHeader().setNumber(number);
        plan.getHeader().setPlace("Kinh Bắc");
        plan.getHeader().setDate(LocalDate.of(2025, 9, 9));
        plan.getHeader().setSignerAuthority("KT.");
        plan.getHeader().setSignerAuthorityTitle("HIỆU TRƯỞNG");
        plan.getHeader().setSignerTitle("PHÓ HIỆU TRƯỞNG");
        plan.getHeader().setSignerName("Trần Thị Mai");
        Recipient r = new Recipient();
        r.setName("UBND phường An Bình");
        r.setPurpose("để b/c");
        plan.getHeader().getRecipients().add(r);
        plan.getPurposes().add("Khắc phục các hạn chế đã nêu trong báo cáo tự đánh giá");
        LegalBasis b = new LegalBasis();
        b.setKind(LegalBasisKind.LEGAL_DOCUMENT);
        b.setNumber("18/2018/TT-BGDĐT");
        b.setDate(LocalDate.of(2018, 8, 22));
        b.setIssuer("Bộ GD&ĐT");
        plan.getLegalBases().add(b);
        BaselineEntry e1 = new BaselineEntry();
        e1.setCriterionCode("1.1");
        e1.setLevel(1);
        e1.setUnmet("Chưa rà soát phương hướng chiến lược hằng năm");
        plan.getBaseline().add(e1);
        BaselineEntry e2 = new BaselineEntry();
        e2.setCriterionCode("1.2");
        e2.setLevel(0);
        plan.getBaseline().add(e2);
        plan.setStrengths("Tập thể đoàn kết, đội ngũ giáo viên nhiệt tình");
        plan.setWeaknesses("Cơ sở vật chất còn thiếu phòng học bộ môn");
        plan.setOverallGoal("Duy trì và nâng cao chất lượng giáo dục, phấn đấu đạt kiểm định mức 2");
        plan.setSolutionDirection("Tuyên truyền sâu rộng trong cán bộ, giáo viên, nhân viên và cha mẹ học sinh");
        plan.setSolutionFunding("Huy động nguồn xã hội hóa đúng quy định");
        plan.setSolutionSupervision("Kiểm tra định kỳ theo học kỳ");
        Duty d = new Duty();
        d.setRole("Cán bộ, giáo viên, nhân viên");
        d.setText("Báo cáo kết quả thực hiện kèm minh chứng");
        d.setDeadline("trước 30/5 hàng năm");
        plan.getDuties().add(d);
        Proposal p = new Proposal();
        p.setBody("Ủy ban nhân dân phường");
        p.setText("Hỗ trợ kinh phí sửa chữa phòng học");
        plan.getProposals().add(p);
        PriorityProblem pp = new PriorityProblem();
        pp.setStandardNo(1);
        pp.setCriterionCode("1.1");
        pp.setWeakness("Thiếu phòng học bộ môn");
        plan.getPriorityProblems().add(pp);
        PlanRow row = row("1.1", 2);
        row.getActions().add(action("Rà soát, điều chỉnh phương hướng chiến lược", "Hiệu trưởng", "Tháng 9/2025",
                "500 triệu đồng"));
        row.getActions().add(action("Tổ chức hội nghị lấy ý kiến cha mẹ học sinh", "Phó hiệu trưởng", "Tháng 10/2025",
                "20.000.000 đồng"));
        plan.getRows().add(row);
        PlanRow row2 = row("1.2", 2);
        row2.getActions().add(action("Kiện toàn hội đồng trường, bổ sung quy chế hoạt động", "Hiệu trưởng",
                "Tháng 11/2025", "15 triệu đồng"));
        plan.getRows().add(row2);
        String[] codes = {"2.1", "2.2", "3.1", "3.2", "3.3", "4.1", "4.2", "5.1", "5.2", "5.3"};
        for (int i = 0; i < extraActions; i++) {
            String code = codes[i % codes.length];
            PlanRow target = plan.getRows().stream().filter(x -> x.getCriterionCode().equals(code)).findFirst()
                    .orElseGet(() -> {
                        PlanRow n = row(code, 2);
                        plan.getRows().add(n);
                        return n;
                    });
            target.getActions().add(action("Hoạt động cải tiến số " + (i + 1) + ": bồi dưỡng chuyên môn, đổi mới "
                    + "phương pháp dạy học, kiểm tra đánh giá học sinh theo hướng phát triển phẩm chất, năng lực",
                    "Tổ chuyên môn", "Học kỳ I năm học " + period.years(), (i + 1) + " triệu đồng"));
        }
        return service.save(PRINCIPAL, plan);
    }

    private static PlanRow row(String code, int level) {
        PlanRow row = new PlanRow();
        row.setCriterionCode(code);
        row.setTargetLevel(level);
        return row;
    }

    private static PlanAction action(String description, String lead, String time, String budget) {
        PlanAction a = new PlanAction();
        a.setDescription(description);
        a.setLeadText(lead);
        a.setPartners("các tổ chuyên môn");
        a.setTimeText(time);
        a.setBudgetText(budget);
        a.setSupport("Cơ sở vật chất hiện có");
        a.setResultIndicator("Có biên bản, nghị quyết");
        a.setExpectedEvidence("Biên bản họp");
        return a;
    }
}
