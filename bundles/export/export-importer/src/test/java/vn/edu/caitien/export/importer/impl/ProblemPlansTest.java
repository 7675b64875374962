package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.portal.api.SchoolLevel;

/** Plans written for the test with every data-quality problem of domain notes §5.3. */
class ProblemPlansTest {

    /** A THCS plan: NFD, markup, page breaks, merged cells, typos, wrong years, wrong columns, copied titles. */
    static final String MESSY = String.join("\n",
            "PHÒNG GD&ĐT HUYỆN AN LÃO  ",
            "TRƯỜNG THCS AN BÌNH",
            "Số :  12 / KH - THCS AB",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập Tự do – Hạnh phúc",
            "An Bình, ngày 05 tháng 9 năm 2024",
            "**KẾ HOẠCH**",
            "**Cải tiến chất lượng giáo dục năm học 2024 – 2025**",
            "[bookmark: bookmark3]",
            "### I. MỤC ĐÍCH, YÊU CẦU",
            "- Khắc phục điểm yếu đã nêu trong báo cáo năm học 2023-2024.",
            "- Kế hoạch phải cụ thể,\u00A0khả thi.",
            "--------",
            "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
            "1. Báo cáo tự đánh giá giai đoạn 2019-2023 của trường.",
            "2. Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo.",
            "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
            "TT\tTiêu chuẩn, tiêu chí\tKết quả cần đạt (so với hiện trạng)\tCông việc/giải pháp cần thực hiện\t"
                    + "Chủ trì và phối hợp thực hiện\tThời gian thực hiện và hoàn thành\tDự kiến kinh phí\t"
                    + "Điều kiện hỗ trợ khác\tGhi chú",
            "(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)",
            "MỨC 2\t\t\t\t\t\t\t\t",
            "1\tTiêu chuẩn 1:\t\t\t\t\t\t\t",
            "1\tTiều chí 1.1<b></b>\tĐạt mức 3\t<p>Rà oát, điều chỉnh kế hoạch chiến lược</p>\tBGH, các tổ chuyên môn\t"
                    + "Từ 05/9/2024 đến 31/5/2025\tKhông\t\t",
            "\t\t\t- Công khai kế hoạch trên website\tTổ văn phòng\tTháng 9 năm 2024\t\t\t",
            "2\tTieu chi: 1.2 Hội đồng trường\tĐạt mức 2\tKiện toàn hội đồng trường, xây dựng quy chế hoạt\t"
                    + "Hiệu trưởng\tNăm học 2024-2025\t\t\t",
            "\t\t\tđộng của hội đồng.\tphối hợp Công đoàn\t\t\t\t",
            "3\tTiêu chí 1.3 Nhà trường có 1 chi bộ 15 đảng viên, công đoàn và đoàn thanh niên hoạt động đều đặn theo "
                    + "kế hoạch năm học nhưng hiệu quả phối hợp giữa các đoàn thể còn chưa cao, chưa có sơ kết định kỳ"
                    + "\tĐạt mức 3\tPhối hợp các đoàn thể\tChi bộ\t2024-2025\t\t\t",
            "4\tTiêu chí 1.4; Tiêu chí 2.3\tĐạt mức 2\tTham mưu bổ sung nhân viên\tKhông\tBan giám hiệu xây dựng kế hoạch\t\t\t",
            "2\tTiêu chuẩn 2: Cán bộ quản lý, giáo viên và nhân viên\t\t\t\t\t\t\t",
            "1\tTiêu chí 2.2 Đối với giáo viên\tGiảm tỉ lệ giáo viên chưa đạt chuẩn\tCử 02 GV đi học nâng chuẩn\t"
                    + "Hiệu trưởng\tNăm học 2024–2025 và năm học 2026-2027\t20 triệu đồng\tNgân sách cấp và XHH\t",
            "3\tTiêu chuẩn 3 Cơ sở vật chất\t\t\t\t\t\t\t",
            "1\tTiêu chí 3.1 Diện tích, khuôn viên và sân vườn\tĐạt mức 2\tTrồng thêm cây xanh\tTổ lao động\t"
                    + "Năm học 2024-2025\t5 triệu\t\t",
            "2\tTiêu chí 9.9 Không có trong thông tư\tĐạt mức 2\tViệc không rõ tiêu chí\tGV\tNăm 2025\t\t\t",
            "VI. TỔ CHỨC THỰC HIỆN",
            "1. Hiệu trưởng",
            "Chỉ đạo chung.",
            "Nơi nhận:",
            "- UBND xã An Bình (để b/c);",
            "- Lưu: VT.",
            "HIỆU TRƯỞNG",
            "Lê Văn Hòa");

    private static ImportResult importText(String text, ImportOptions options) {
        return ImporterFixtures.importer().importText(ImporterFixtures.USER, text.getBytes(StandardCharsets.UTF_8), options);
    }

    @Test
    void messyPlanIsReadDecomposedAsWellAsComposed() {
        ImportResult nfc = importText(MESSY, ImportOptions.guess());
        ImportResult nfd = importText(Normalizer.normalize(MESSY, Normalizer.Form.NFD), ImportOptions.guess());
        for (ImportResult r : new ImportResult[] {nfc, nfd}) {
            PlanDocument p = r.plan();
            assertThat(p.getRegimeId()).isEqualTo("tt18-2018");
            assertThat(p.getRows()).extracting(PlanRow::getCriterionCode)
                    .containsExactly("1.1", "1.2", "1.3", "1.4", "2.2", "3.1", "9.9");
            assertThat(p.getHeader().getIssuingBody()).isEqualTo("TRƯỜNG THCS AN BÌNH");
            assertThat(p.getHeader().getParentBody()).isEqualTo("PHÒNG GD&ĐT HUYỆN AN LÃO");
            assertThat(p.getHeader().getNumber()).isEqualTo(12);
            assertThat(p.getHeader().getSymbol()).isEqualTo("KH-THCSAB");
            assertThat(p.getHeader().getDate()).isEqualTo(LocalDate.of(2024, 9, 5));
            assertThat(p.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2024));
            assertThat(p.getHeader().getTitle()).isEqualTo("Cải tiến chất lượng giáo dục năm học 2024 – 2025");
            assertThat(p.getHeader().getSignerName()).isEqualTo("Lê Văn Hòa");
            assertThat(p.getHeader().getRecipients()).singleElement().satisfies(rc -> {
                assertThat(rc.getName()).isEqualTo("UBND xã An Bình");
                assertThat(rc.getPurpose()).isEqualTo("để b/c");
            });
            assertThat(p.getPurposes()).containsExactly("Khắc phục điểm yếu đã nêu trong báo cáo năm học 2023-2024.",
                    "Kế hoạch phải cụ thể, khả thi.");
            assertThat(p.getLegalBases().get(0).getPeriodFrom()).isEqualTo(2019);
            assertThat(p.getTargetLevel()).isEqualTo(2);
            // Everything NFC, no markup left in the plan.
            assertThat(p.getRows()).allSatisfy(row -> row.getActions().forEach(a -> {
                assertThat(Normalizer.isNormalized(a.getDescription(), Normalizer.Form.NFC)).isTrue();
                assertThat(a.getDescription()).doesNotContain("<p>", "</p>", "**");
            }));
            assertThat(r.pieces()).allSatisfy(x -> assertThat(Normalizer.isNormalized(x.text(), Normalizer.Form.NFC)).isTrue());
            // Nothing lost.
            assertThat(r.sourceUnits()).isEqualTo(r.pieces().size() + r.unrecognised().size());
        }
        assertThat(nfd.flagged(ImportFlag.NORMALISED).size()).isGreaterThan(nfc.flagged(ImportFlag.NORMALISED).size());
        assertThat(nfd.plan().actions()).extracting(PlanAction::getDescription)
                .containsExactlyElementsOf(nfc.plan().actions().stream().map(PlanAction::getDescription).toList());
    }

    @Test
    void messyPlanRowsAndFlags() {
        ImportResult r = importText(MESSY, ImportOptions.guess());
        PlanDocument p = r.plan();
        // Typo in "Tiều chí", HTML in the cell, merged cells giving a second action.
        PlanRow r11 = p.getRows().get(0);
        assertThat(r11.getTargetLevel()).isEqualTo(3);
        assertThat(r11.getActions()).extracting(PlanAction::getDescription)
                .containsExactly("Rà oát, điều chỉnh kế hoạch chiến lược", "Công khai kế hoạch trên website");
        assertThat(r11.getActions().get(0).getLeadText()).isEqualTo("BGH");
        assertThat(r11.getActions().get(0).getPartners()).isEqualTo("các tổ chuyên môn");
        assertThat(r11.getActions().get(1).getLeadText()).isEqualTo("Tổ văn phòng");
        assertThat(r11.getActions().get(1).getTimeText()).isEqualTo("Tháng 9 năm 2024");
        // A row split by a page break is joined; "phối hợp Công đoàn" becomes a partner.
        PlanAction a12 = p.getRows().get(1).getActions().get(0);
        assertThat(p.getRows().get(1).getActions()).hasSize(1);
        assertThat(a12.getDescription()).isEqualTo("Kiện toàn hội đồng trường, xây dựng quy chế hoạt động của hội đồng.");
        assertThat(a12.getLeadText()).isEqualTo("Hiệu trưởng");
        assertThat(a12.getPartners()).isEqualTo("Công đoàn");
        // The criterion cell holds the current state.
        PlanRow r13 = p.getRows().get(2);
        assertThat(r13.getCurrentState()).startsWith("Nhà trường có 1 chi bộ 15 đảng viên");
        assertThat(pieceOf(r, "rows[2].criterionCode").flags()).contains(ImportFlag.CURRENT_STATE_IN_CRITERION);
        // One action for two criteria; "Không" as responsible and an actor in the time column.
        PlanAction a14 = p.getRows().get(3).getActions().get(0);
        assertThat(a14.getAlsoServes()).isEqualTo("2.3");
        assertThat(pieceOf(r, "rows[3].criterionCode").flags()).contains(ImportFlag.SEVERAL_CRITERIA);
        assertThat(pieceOf(r, "rows[3].actions[0].leadText").flags()).contains(ImportFlag.NOBODY_RESPONSIBLE);
        assertThat(pieceOf(r, "rows[3].actions[0].timeText").flags()).contains(ImportFlag.NO_DATE_IN_TIME);
        assertThat(pieceOf(r, "rows[3].actions[0].timeText").confidence()).isEqualTo(Confidence.LOW);
        // Free-text target; a year after the plan's period.
        PlanRow r22 = p.getRows().get(4);
        assertThat(r22.getTargetLevel()).isNull();
        assertThat(r22.getTargetText()).isEqualTo("Giảm tỉ lệ giáo viên chưa đạt chuẩn");
        assertThat(pieceOf(r, "rows[4].targetText").flags()).contains(ImportFlag.FREE_TEXT_TARGET);
        assertThat(pieceOf(r, "rows[4].actions[0].timeText").flags()).contains(ImportFlag.YEAR_MISMATCH);
        assertThat(r22.getActions().get(0).getSupport()).isEqualTo("Ngân sách cấp và XHH");
        // The MN (TT 19) title of 3.1 in a THCS plan: recognised by code, title from TT 18, flagged.
        PlanRow r31 = p.getRows().get(5);
        assertThat(r31.getCriterionTitle()).isEqualTo("Khuôn viên, khu sân chơi, bãi tập");
        assertThat(pieceOf(r, "rows[5].criterionCode").flags()).contains(ImportFlag.TITLE_MISMATCH);
        // An unknown code stays, flagged LOW.
        assertThat(pieceOf(r, "rows[6].criterionCode").flags()).contains(ImportFlag.UNKNOWN_CRITERION);
        assertThat(pieceOf(r, "rows[6].criterionCode").confidence()).isEqualTo(Confidence.LOW);
        // Purposes mention the previous year.
        assertThat(pieceOf(r, "purposes[0]").flags()).contains(ImportFlag.YEAR_MISMATCH);
        // Markup-only lines are structure, not lost and not in the plan.
        assertThat(r.pieces()).filteredOn(x -> x.text().equals("--------") || x.text().startsWith("[bookmark"))
                .hasSize(2).allSatisfy(x -> assertThat(x.field()).isEqualTo("structure"));
        assertThat(pieceOf(r, "rows[0].actions[0].description").flags()).contains(ImportFlag.MARKUP_REMOVED);
        assertThat(r.unrecognised()).isEmpty();
    }

    @Test
    void markdownPipeTableAndAPlanWithoutHeader() {
        String text = String.join("\n",
                "# KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026",
                "| TT | Tiêu chuẩn, tiêu chí | Kết quả cần đạt | Công việc/giải pháp cần thực hiện | Chủ trì và phối hợp | Thời gian | Dự kiến kinh phí | Điều kiện hỗ trợ khác | Ghi chú |",
                "|----|----|----|----|----|----|----|----|----|",
                "| 1 | Tiêu chí 4.1 Ban đại diện cha mẹ học sinh | Đạt mức 3 | Họp ban đại diện mỗi học kỳ | Hiệu trưởng | Năm học 2025-2026 | Không | | |",
                "| | | | Lập nhóm liên lạc với phụ huynh | GVCN | Tháng 10/2025 | | | |",
                "Một đoạn văn không thuộc mục nào.");
        ImportResult r = importText(text, ImportOptions.forLevel(SchoolLevel.THCS));
        assertThat(r.plan().getRegimeId()).isEqualTo("tt18-2018");
        assertThat(r.warnings()).extracting(w -> w.key()).contains("warning.regimeGuessed");
        assertThat(r.plan().getRows()).singleElement().satisfies(row -> {
            assertThat(row.getCriterionCode()).isEqualTo("4.1");
            assertThat(row.getActions()).extracting(PlanAction::getLeadText).containsExactly("Hiệu trưởng", "GVCN");
        });
        assertThat(r.plan().getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2025));
        assertThat(r.sourceUnits()).isEqualTo(r.pieces().size() + r.unrecognised().size());
        assertThat(r.unrecognised()).extracting(ImportPiece::text).containsExactly("Một đoạn văn không thuộc mục nào.");
        assertThat(r.warnings()).extracting(w -> w.key()).contains("warning.unrecognised");
    }

    @Test
    void tt57Bieu2Table() {
        String text = String.join("\n",
                "TRƯỜNG THCS AN BÌNH",
                "Số: 3/KH-THCSAB",
                "KẾ HOẠCH",
                "Cải tiến chất lượng giáo dục năm học 2026-2027",
                "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
                "- Thông tư số 57/2026/TT-BGDĐT ngày 07/7/2026 của Bộ Giáo dục và Đào tạo.",
                "IV. CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN",
                "TT\tTiêu chuẩn\tTiêu chí (nếu có)\tĐánh giá hiện trạng\tĐiểm hạn chế\tNguyên nhân",
                "1\tTiêu chuẩn 1\tTiêu chí 1.3\tHồ sơ còn lưu bản giấy\tChưa số hóa dữ liệu\tThiếu phần mềm",
                "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
                "TT (1)\tNội dung cải tiến (2)\tMục tiêu (3)\tHoạt động, giải pháp (4)\tChỉ số đánh giá kết quả (5)\t"
                        + "Thời gian (6)\tPhụ trách (7)\tNguồn lực (8)\tMinh chứng dự kiến (9)\tMức độ thực hiện (10)",
                "1\tTiêu chí 1.3 Quản lý kế hoạch, nguồn lực, thông tin và dữ liệu\tCó kế hoạch và dữ liệu đầy đủ\t"
                        + "Số hóa hồ sơ quản lý\t100% hồ sơ được số hóa\tHọc kỳ I năm học 2026-2027\tPhó hiệu trưởng, văn thư\t"
                        + "10 triệu đồng\tPhần mềm quản lý hồ sơ\tĐang thực hiện");
        ImportResult r = importText(text, ImportOptions.guess());
        PlanDocument p = r.plan();
        assertThat(p.getRegimeId()).isEqualTo("tt57-2026");
        assertThat(p.getAppendix()).isEqualTo("II");
        assertThat(p.getPlanForm()).isEqualTo(PlanForm.BIEU_2);
        assertThat(p.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getCriterionCode()).isEqualTo("1.3");
            assertThat(row.getObjective()).isEqualTo("Có kế hoạch và dữ liệu đầy đủ");
            PlanAction a = row.getActions().get(0);
            assertThat(a.getDescription()).isEqualTo("Số hóa hồ sơ quản lý");
            assertThat(a.getResultIndicator()).isEqualTo("100% hồ sơ được số hóa");
            assertThat(a.getLeadText()).isEqualTo("Phó hiệu trưởng");
            assertThat(a.getPartners()).isEqualTo("văn thư");
            assertThat(a.getBudgetText()).isEqualTo("10 triệu đồng");
            assertThat(a.getExpectedEvidence()).isEqualTo("Phần mềm quản lý hồ sơ");
            assertThat(a.getDegreeOfImplementation()).isEqualTo("Đang thực hiện");
        });
        assertThat(p.getPriorityProblems()).singleElement().satisfies(x -> {
            assertThat(x.getStandardNo()).isEqualTo(1);
            assertThat(x.getCriterionCode()).isEqualTo("1.3");
            assertThat(x.getCurrentState()).isEqualTo("Hồ sơ còn lưu bản giấy");
            assertThat(x.getWeakness()).isEqualTo("Chưa số hóa dữ liệu");
            assertThat(x.getCause()).isEqualTo("Thiếu phần mềm");
        });
        assertThat(r.unrecognised()).isEmpty();
    }

    @Test
    void callerCanNameTheRegime() {
        ImportResult r = importText(MESSY, new ImportOptions("tt19-2018", null, SchoolLevel.MN));
        assertThat(r.plan().getRegimeId()).isEqualTo("tt19-2018");
        // 3.1 has the TT 19 title now; no mismatch for it.
        assertThat(pieceOf(r, "rows[5].criterionCode").flags()).doesNotContain(ImportFlag.TITLE_MISMATCH);
    }

    private static ImportPiece pieceOf(ImportResult r, String field) {
        return r.pieces().stream().filter(x -> x.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no piece for " + field));
    }
}
