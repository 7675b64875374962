package vn.edu.caitien.export.ui;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportException;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportFormat;
import vn.edu.caitien.export.importer.ImportNotice;
import vn.edu.caitien.export.importer.ImportOptions;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.ImportResult;
import vn.edu.caitien.export.importer.PlanImporter;
import vn.edu.caitien.export.importer.SourcePosition;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * An importer that reads nothing: "BAD…" files are corrupt, "NOPLAN…" files hold no plan, anything else gives the
 * same small plan (one criterion row with two actions, two pieces not recognised, one warning).
 */
final class FakeImporter implements PlanImporter {

    private final long maxBytes;
    volatile ImportOptions lastOptions;

    FakeImporter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public ImportResult importFile(PortalUser user, String fileName, byte[] content, ImportOptions options) {
        lastOptions = options;
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("BAD")) {
            throw new ImportException(ImportException.CORRUPT);
        }
        if (text.startsWith("NOPLAN")) {
            throw new ImportException(ImportException.NO_PLAN);
        }
        return result(text.startsWith("NOPERIOD") ? null : PlanPeriod.schoolYear(2025));
    }

    static ImportResult result(PlanPeriod period) {
        PlanDocument plan = new PlanDocument();
        plan.getHeader().setTitle("Cải tiến chất lượng giáo dục năm học 2025-2026");
        plan.getHeader().setPeriod(period);
        plan.getHeader().setNumber(7);
        plan.getHeader().setDate(java.time.LocalDate.of(2025, 9, 9));
        plan.getHeader().setSignerName("Lê Văn Hòa");
        plan.getPurposes().add("Nâng cao chất lượng giáo dục toàn diện");
        plan.setStrengths("Đội ngũ giáo viên đủ về số lượng");
        PlanRow row = new PlanRow();
        row.setCriterionCode("1.4");
        row.setTargetLevel(2);
        PlanAction first = new PlanAction();
        first.setDescription("Rà soát, bổ sung kế hoạch bồi dưỡng tổ trưởng chuyên môn");
        first.setLeadText("Hiệu trưởng");
        first.setTimeText("Tháng 9/2025");
        PlanAction second = new PlanAction();
        second.setDescription("Tổ chức chuyên đề sinh hoạt chuyên môn theo nghiên cứu bài học");
        second.setLeadText("Tổ trưởng chuyên môn");
        second.setTimeText("Tháng 10/2025");
        row.getActions().add(first);
        row.getActions().add(second);
        plan.getRows().add(row);
        List<ImportPiece> pieces = List.of(
                new ImportPiece("KẾ HOẠCH", SourcePosition.line(3, 0), "structure", Confidence.HIGH, Set.of(ImportFlag.STRUCTURE)),
                new ImportPiece("Số: 07/KH-THCSAB", SourcePosition.line(2, 0), "header.number", Confidence.HIGH, Set.of()),
                new ImportPiece("Tiêu chí 1.4: Tổ chuyên môn", SourcePosition.cell(1, 3, 2), "rows[0].criterionCode",
                        Confidence.MEDIUM, EnumSet.of(ImportFlag.TITLE_MISMATCH)),
                new ImportPiece("Rà soát, bổ sung kế hoạch bồi dưỡng tổ trưởng chuyên môn", SourcePosition.cell(1, 3, 4),
                        "rows[0].actions[0].description", Confidence.HIGH, Set.of()));
        List<ImportPiece> unrecognised = List.of(
                new ImportPiece("<b>Ghi chú của tổ văn phòng</b>", SourcePosition.line(40, 0), "", Confidence.LOW,
                        EnumSet.of(ImportFlag.MARKUP_REMOVED, ImportFlag.NO_FIELD)),
                new ImportPiece("Không", SourcePosition.cell(1, 5, 6), "", Confidence.LOW, EnumSet.of(ImportFlag.NOBODY_RESPONSIBLE)));
        return new ImportResult(plan, ImportFormat.DOCX, "", pieces.size() + unrecognised.size(), pieces, unrecognised,
                List.of(new ImportNotice("warning.unrecognised", "2")));
    }

    @Override
    public ImportResult importDocx(PortalUser user, byte[] docx, ImportOptions options) {
        return importFile(user, "x.docx", docx, options);
    }

    @Override
    public ImportResult importText(PortalUser user, byte[] text, ImportOptions options) {
        return importFile(user, "x.txt", text, options);
    }

    @Override
    public ImportResult importXlsx(PortalUser user, byte[] xlsx, ImportOptions options) {
        return importFile(user, "x.xlsx", xlsx, options);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }
}
