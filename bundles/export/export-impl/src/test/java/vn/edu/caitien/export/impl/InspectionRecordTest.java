package vn.edu.caitien.export.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.OTHER_TEACHER;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.DocumentRequest;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;

/** The inspection record over a stand-in monitoring service that knows one inspection of the fixture plan. */
class InspectionRecordTest extends ExportTestSupport {

    private MonitoringService monitoring() {
        Inspection inspection = new Inspection(41, plan.getId(), plan.getSchoolId(), "ubnd-an-binh",
                "UBND phường An Bình", LocalDateTime.of(2026, 3, 5, 8, 5),
                List.of(new TeamMember("Vũ Quốc Huy", "Phó Chủ tịch", "UBND phường An Bình", TeamRole.LEADER),
                        new TeamMember("Nguyễn Thị Hằng", "Chuyên viên", "UBND phường An Bình", TeamRole.MEMBER)),
                List.of(new Participant("Lê Văn Hòa", "Hiệu trưởng"), new Participant("Trần Thị Mai", "Phó hiệu trưởng")),
                "Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018",
                List.of(new Finding("", "1.1", "Đã rà soát phương hướng chiến lược, có nghị quyết hội đồng trường", false,
                                null, ""),
                        new Finding("", "1.2", "Quy chế hoạt động chưa được bổ sung", true,
                                new FollowUp("1.2", "Bổ sung quy chế hoạt động của hội đồng trường", "Hiệu trưởng", "",
                                        "Tháng 4/2026", ""), "")),
                "Nhà trường triển khai kế hoạch nghiêm túc, đúng tiến độ.", "Kế hoạch được thực hiện đạt yêu cầu.",
                List.of(), "Vũ Quốc Huy", Instant.parse("2026-03-05T04:00:00Z"));
        return (MonitoringService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{MonitoringService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("inspection")) {
                        return (long) args[1] == 41 ? Optional.of(inspection) : Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void unbind() {
        documents.setMonitoring(null);
    }

    @Test
    void theRecordHasTheTeamTheFindingsAndBothSignatures() throws Exception {
        documents.setMonitoring(monitoring());
        DocumentRequest request = new DocumentRequest(DocumentKind.INSPECTION_RECORD, 41, null, "");
        byte[] docx = documents.export(PRINCIPAL, request, "docx").orElseThrow().content();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables().get(0).getText()).contains("UBND PHƯỜNG AN BÌNH", "Số:       /BB-KT",
                    "Kinh Bắc, ngày 05 tháng 3 năm 2026");
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).containsSubsequence("BIÊN BẢN", "Kiểm tra kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
                    "Vào lúc 8 giờ 05 phút, ngày 05 tháng 3 năm 2026, tại TRƯỜNG THCS AN BÌNH, đoàn kiểm tra tiến hành "
                            + "kiểm tra Kế hoạch cải tiến chất lượng giáo dục số 07/KH-THCSAB của nhà trường.",
                    "1. Thành phần", "- Vũ Quốc Huy, Phó Chủ tịch UBND phường An Bình - Trưởng đoàn;",
                    "- Nguyễn Thị Hằng, Chuyên viên UBND phường An Bình - Thành viên;",
                    "- Lê Văn Hòa, chức vụ: Hiệu trưởng;", "2. Nội dung kiểm tra", "3. Nhận xét của đoàn kiểm tra",
                    "Nhà trường triển khai kế hoạch nghiêm túc, đúng tiến độ.", "4. Kết luận");
            XWPFTable findings = doc.getTables().get(1);
            assertThat(findings.getRow(2).getCell(1).getText()).isEqualTo("Tiêu chí 1.2");
            assertThat(findings.getRow(2).getCell(3).getText()).isEqualTo("Có: Bổ sung quy chế hoạt động của hội đồng trường");
            XWPFTable signatures = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(signatures.getRow(0).getCell(0).getText()).contains("ĐẠI DIỆN NHÀ TRƯỜNG", "Lê Văn Hòa");
            assertThat(signatures.getRow(0).getCell(1).getText()).contains("TRƯỞNG ĐOÀN KIỂM TRA", "Vũ Quốc Huy");
        }
        byte[] pdf = documents.export(PRINCIPAL, request, "pdf").orElseThrow().content();
        try (PDDocument p = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(p), Normalizer.Form.NFC).replaceAll("\\s+", " ");
            assertThat(text).contains("BIÊN BẢN", "Quy chế hoạt động chưa được bổ sung", "TRƯỞNG ĐOÀN KIỂM TRA", "Vũ Quốc Huy");
        }
    }

    @Test
    void anInspectionTheUserMayNotSeeOrThatDoesNotExistIsNotFound() {
        documents.setMonitoring(monitoring());
        // The stand-in shows the inspection to anyone; the plan service still hides the plan of another school.
        assertThat(documents.export(OTHER_TEACHER, new DocumentRequest(DocumentKind.INSPECTION_RECORD, 41, null, ""), "pdf"))
                .isEmpty();
        assertThat(documents.export(PRINCIPAL, new DocumentRequest(DocumentKind.INSPECTION_RECORD, 42, null, ""), "pdf"))
                .isEmpty();
    }
}
