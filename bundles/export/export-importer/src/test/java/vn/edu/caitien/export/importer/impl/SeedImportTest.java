package vn.edu.caitien.export.importer.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportFormat;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;

/** The two real plans of shared/seeds, as Word saves them as plain text; counts read off the seeds by hand. */
class SeedImportTest {

    private static final String THCS = "plan-thcs-thanh-xuong-2025-2026.txt";
    private static final String TH = "plan-th-bac-hung-2022-2025.txt";

    private static ImportResult importSeed(String name) {
        return ImporterFixtures.importer().importText(ImporterFixtures.USER, ImporterFixtures.seedBytes(name),
                ImportOptions.guess());
    }

    @Test
    void thcsPlanEveryCriterionAndAction() {
        ImportResult r = importSeed(THCS);
        PlanDocument p = r.plan();
        assertThat(r.format()).isEqualTo(ImportFormat.TEXT);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(p.getRegimeId()).isEqualTo("tt18-2018");
        assertThat(p.getPlanForm()).isEqualTo(PlanForm.TABLE_2018);
        // 10 + 4 + 6 + 2 + 6 criteria; 10 + 4 + 7 + 2 + 15 actions (3.5 and 5.1-5.6 have several).
        assertThat(p.getRows()).extracting(PlanRow::getCriterionCode).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10",
                "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2",
                "5.1", "5.2", "5.3", "5.4", "5.5", "5.6");
        assertThat(p.actions()).hasSize(38);
        assertThat(p.getRows()).extracting(row -> row.getActions().size()).containsExactly(
                1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 3, 2, 2, 3, 2);
        assertThat(p.getRows()).allSatisfy(row -> {
            assertThat(row.getStandardNo()).isBetween(1, 5);
            assertThat(row.getTargetLevel()).isIn(2, 3);
            assertThat(row.getActions()).allSatisfy(a -> assertThat(a.getDescription()).isNotBlank());
        });
        assertThat(p.getRows().get(8).getTargetLevel()).isEqualTo(2);
        // Header block.
        assertThat(p.getHeader().getNumber()).isEqualTo(166);
        assertThat(p.getHeader().getSymbol()).isEqualTo("KH-THCSTX");
        assertThat(p.getHeader().getPlace()).isEqualTo("Thanh Xương");
        assertThat(p.getHeader().getDate()).isEqualTo(LocalDate.of(2025, 9, 9));
        assertThat(p.getHeader().getPeriod()).isEqualTo(PlanPeriod.schoolYear(2025));
        assertThat(p.getHeader().getTitle()).startsWith("CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
        assertThat(p.getHeader().getSignerTitle()).isEqualTo("HIỆU TRƯỞNG");
        assertThat(p.getHeader().getSignerName()).isEqualTo("Nguyễn Duy Quảng");
        assertThat(p.getHeader().getRecipients()).extracting(rc -> rc.getName())
                .containsExactly("UBND phường", "Website nhà trường");
        assertThat(p.getHeader().getArchive()).isEqualTo("VT");
        // Sections.
        assertThat(p.getPurposes()).hasSize(4);
        assertThat(p.getLegalBases()).hasSize(5);
        assertThat(p.getLegalBases().get(0).getKind()).isEqualTo(LegalBasisKind.SELF_ASSESSMENT_REPORT);
        assertThat(p.getLegalBases().get(0).getPeriodFrom()).isEqualTo(2020);
        assertThat(p.getLegalBases().get(0).getPeriodTo()).isEqualTo(2024);
        assertThat(p.getLegalBases().get(2).getNumber()).isEqualTo("18/2018/TT-BGDĐT");
        assertThat(p.getLegalBases().get(2).getDate()).isEqualTo(LocalDate.of(2018, 8, 22));
        assertThat(p.getDuties()).extracting(d -> d.getRole()).containsExactly(
                "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", "Các thành viên của Hội đồng tự đánh giá",
                "Tổ Giám sát kế hoạch cải tiến chất lượng", "Cán bộ, giáo viên, nhân viên của trường");
        assertThat(p.getDuties().get(3).getText()).contains("Tham gia giám sát kế hoạch");
    }

    @Test
    void thcsPlanSurvivesItsOwnProblems() {
        ImportResult r = importSeed(THCS);
        PlanDocument p = r.plan();
        // 1.6 is split by a page break: the second line is appended, its <p> markup removed.
        PlanAction a16 = p.getRows().get(5).getActions().get(0);
        assertThat(a16.getDescription()).isEqualTo("Tăng cường công tác quản lý hành chính. Ứng dụng công nghệ thông tin "
                + "trong công tác quản lý hành chính.\nTiếp tục thực hiện tốt các quy định về quản lý tài chính, tài sản "
                + "trong nhà trường, thực hiện thu chi đúng qui định. Xây dựng quy chế chi tiêu nội bộ rõ ràng, chi tiết "
                + "công khai tài chính theo định kỳ.");
        assertThat(a16.getTimeText()).isEqualTo("Trong năm học 2025-2026 và các năm tiếp theo");
        assertThat(a16.getSupport()).isEqualTo("BGH Phối hợp với các ban ngành đoàn thể trong nhà trường");
        assertThat(a16.getDescription()).doesNotContain("<p>");
        assertThat(r.flagged(ImportFlag.CONTINUATION)).hasSizeGreaterThanOrEqualTo(4);
        // Lead and partners.
        PlanAction a14 = p.getRows().get(3).getActions().get(0);
        assertThat(a14.getLeadText()).isEqualTo("Ban giám hiệu");
        assertThat(a14.getPartners()).isEqualTo("tổ chuyên môn, tổ văn phòng");
        assertThat(p.getRows().get(0).getActions().get(0).getLeadText()).isEqualTo("Nguyễn Thị Thu Hằng");
        // Values in the wrong column are kept and flagged.
        assertThat(p.getRows().get(17).getActions().get(0).getLeadText()).isEqualTo("Không");
        assertThat(r.flagged(ImportFlag.NOBODY_RESPONSIBLE)).extracting(x -> x.field())
                .containsExactly("rows[17].actions[0].leadText");
        assertThat(r.flagged(ImportFlag.NO_DATE_IN_TIME)).extracting(x -> x.text())
                .containsExactly("Ban giám hiệu xây dựng kế hoạch thực hiện");
        // Title 2025-2026 but the purposes speak of 2024-2025.
        assertThat(r.flagged(ImportFlag.YEAR_MISMATCH)).extracting(x -> x.field()).contains("purposes[0]");
        assertThat(r.warnings()).extracting(w -> w.key()).contains("warning.yearMismatch");
        // Budgets as written (parsed by the plan service on save).
        assertThat(p.getRows().get(14).getActions().get(0).getBudgetText()).isEqualTo("500 triệu đồng");
    }

    @Test
    void thPlanEveryCriterionAndAction() {
        ImportResult r = importSeed(TH);
        PlanDocument p = r.plan();
        assertThat(p.getRegimeId()).isEqualTo("tt17-2018");
        // The multi-year plan's own 5-column table "Giải pháp cụ thể".
        assertThat(p.getRows()).extracting(PlanRow::getCriterionCode).containsExactly("1.4", "2.2", "3.3", "3.6");
        assertThat(p.actions()).hasSize(4);
        PlanAction first = p.getRows().get(0).getActions().get(0);
        assertThat(first.getAlsoServes()).isEqualTo("2.3");
        assertThat(first.getLeadText()).isEqualTo("Hiệu trưởng");
        assertThat(first.getTimeText()).isEqualTo("Năm 2023");
        assertThat(p.getRows().get(2).getActions().get(0).getBudgetText()).isEqualTo("4 tỷ đồng");
        assertThat(p.getRows().get(3).getActions().get(0).getLeadText()).isEqualTo("CB");
        assertThat(p.getRows().get(3).getActions().get(0).getPartners()).isEqualTo("GV, NV");
        // Self-assessment baseline: 27 criteria of TT 17, 3 not met, 2 at Mức 1, the rest at Mức 2.
        assertThat(p.getBaseline()).hasSize(27);
        assertThat(p.getBaseline()).filteredOn(b -> b.getLevel() == 0).extracting(b -> b.getCriterionCode())
                .containsExactly("1.4", "2.2", "3.3");
        assertThat(p.getBaseline()).filteredOn(b -> b.getLevel() == 1).extracting(b -> b.getCriterionCode())
                .containsExactly("2.3", "3.6");
        assertThat(p.getBaseline()).filteredOn(b -> b.getLevel() == 2).hasSize(22);
        assertThat(p.getBaseline().get(11).getUnmet()).isEqualTo("01 GV chưa đạt chuẩn theo Luật GD 2019");
        assertThat(p.getLevel4()).hasSize(5).allSatisfy(e -> assertThat(e.isMet()).isFalse());
        assertThat(p.getLevel4().get(0).getCode()).isEqualTo("Điều 22.1");
        assertThat(p.getStatedAccreditation()).isEqualTo("Chưa đạt mức độ 1");
        assertThat(p.getStatedNationalStandard()).isEqualTo("Chưa đạt mức độ 1");
        // Header and sections.
        assertThat(p.getHeader().getParentBody()).isEqualTo("UBND HUYỆN TIỀN LÃNG");
        assertThat(p.getHeader().getIssuingBody()).isEqualTo("TRƯỜNG TIỂU HỌC BẮC HƯNG");
        assertThat(p.getHeader().getNumber()).isEqualTo(13);
        assertThat(p.getHeader().getSymbol()).isEqualTo("KH-THBH");
        assertThat(p.getHeader().getPlace()).isEqualTo("Tiên Lãng");
        assertThat(p.getHeader().getDate()).isEqualTo(LocalDate.of(2022, 3, 7));
        assertThat(p.getHeader().getPeriod()).isEqualTo(PlanPeriod.stage(2022, 2025));
        assertThat(p.getHeader().getSignerName()).isEqualTo("Nguyễn Thị Kim Chi");
        assertThat(p.getHeader().getRecipients()).hasSize(4);
        assertThat(p.getPurposes()).hasSize(4);
        assertThat(p.getStrengths()).startsWith("Trường Tiểu học Bắc Hưng có đủ cơ cấu tổ chức")
                .contains("Xây dựng kế hoạch, tổ chức thực hiện nghiêm túc");
        assertThat(p.getWeaknesses()).contains("Thư viện chưa đạt chuẩn");
        assertThat(p.getOverallGoal()).contains("mức độ 2, chuẩn quốc gia mức độ 1");
        assertThat(p.getYearGoals()).extracting(g -> g.getSchoolYear()).containsExactly("2022-2023", "2023-2024", "2024-2025");
        assertThat(p.getSolutionDirection()).startsWith("Tăng cường nâng cao nhận thức");
        assertThat(p.getSolutionFunding()).contains("Kế toán lập dự toán");
        assertThat(p.getSolutionSupervision()).contains("Tổ chuyên môn:");
        assertThat(p.getDuties()).hasSize(3);
        assertThat(p.getDuties().get(2).getRole()).isEqualTo("Phân công thực hiện kế hoạch");
        assertThat(p.getDuties().get(2).getDeadline()).isEqualTo("trước 30/5 hàng năm");
        assertThat(p.getProposals()).extracting(x -> x.getBody()).containsExactly("Ủy ban nhân dân quận/huyện",
                "Sở Giáo dục và Đào tạo", "Phòng giáo dục và Đào tạo", "Ủy ban nhân dân xã");
    }

    @Test
    void nothingIsLostInEitherSeed() {
        for (String name : List.of(THCS, TH)) {
            ImportResult r = importSeed(name);
            int cells = nonEmptyCells(ImporterFixtures.seed(name));
            assertThat(r.sourceUnits()).as(name).isEqualTo(cells);
            assertThat(r.pieces().size() + r.unrecognised().size()).as(name).isEqualTo(cells);
            assertThat(r.pieces()).allSatisfy(p -> assertThat(p.field()).isNotEmpty());
            assertThat(r.unrecognised()).allSatisfy(p -> {
                assertThat(p.field()).isEmpty();
                assertThat(p.flags()).contains(ImportFlag.NO_FIELD);
            });
        }
        assertThat(importSeed(THCS).sourceUnits()).isEqualTo(330);
        assertThat(importSeed(TH).sourceUnits()).isEqualTo(208);
        // Every piece of the plan tables is placed.
        assertThat(importSeed(THCS).unrecognised()).isEmpty();
        assertThat(importSeed(TH).unrecognised()).isEmpty();
    }

    /** Counted here, independently of the reader: every non-empty tab-separated field of every line. */
    private static int nonEmptyCells(String text) {
        int n = 0;
        for (String line : text.split("\\R", -1)) {
            for (String field : line.split("\t", -1)) {
                if (!field.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void criteriaKeepTheCatalogueTitleAndTheOriginalIsInThePiece() {
        ImportResult r = importSeed(THCS);
        PlanRow r12 = r.plan().getRows().get(1);
        assertThat(r12.getCriterionTitle()).startsWith("Hội đồng trường");
        assertThat(r.piecesFor("rows[1].criterionCode")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Tiêu chí 1.2 Hội đồng trường và các hội đồng khác"));
        assertThat(r.piecesFor("rows[14].criterionCode")).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("Tiêu chí 3.1.Khuôn viên, khu sân chơi, bãi tập"));
    }
}
