package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.SignaturesBlock;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.Column;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.PlanDocument;

/**
 * The inspection record (biên bản kiểm tra kế hoạch cải tiến chất lượng giáo dục) of a supervising body, in the
 * layout of the record schools receive (shared/seeds/inspection-th-tran-van-dang.txt) with the Nghị định 30 header of
 * the inspecting body: when and where, 1. the team and the school's participants, the basis, 2. the findings per
 * criterion, 3. the team's comments, 4. the conclusion, and the signatures of the school's representative and the
 * team leader side by side. Portrait A4 throughout.
 */
public final class InspectionRecordBuilder {

    private InspectionRecordBuilder() {
    }

    /**
     * @param inspection the inspection, as the user may see it
     * @param plan       the plan inspected, as the user may see it (school name, number, period)
     * @return the record
     */
    public static Document build(Inspection inspection, PlanDocument plan) {
        Locale vi = Locale.forLanguageTag("vi");
        LocalDateTime at = inspection.startsAt();
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock("", nfc(inspection.bodyName()).toUpperCase(vi), "Số:       /BB-KT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                Texts.placeDate(nfc(plan.getHeader().getPlace()), at == null ? null : at.toLocalDate())));
        String period = plan.getHeader().getPeriod() == null ? "" : (plan.getHeader().getPeriod().kind()
                == vn.edu.caitien.plan.api.PlanPeriod.Kind.STAGE ? "giai đoạn " : "năm học ")
                + plan.getHeader().getPeriod().years();
        b.add(new TitleBlock("BIÊN BẢN", ("Kiểm tra kế hoạch cải tiến chất lượng giáo dục " + period).strip()));
        String school = nfc(plan.getHeader().getIssuingBody()).strip();
        if (at != null) {
            b.add(Paragraph.text("Vào lúc " + at.getHour() + " giờ " + String.format("%02d", at.getMinute())
                    + " phút, " + Texts.placeDate("", at.toLocalDate()).replaceFirst("^……, ", "") + ", tại "
                    + school + ", đoàn kiểm tra tiến hành kiểm tra Kế hoạch cải tiến chất lượng giáo dục số "
                    + DocumentNumbers.format(plan.getHeader().getNumber(), plan.getHeader().getSymbol())
                    + " của nhà trường."));
        }
        b.add(new Heading(1, "1. Thành phần"));
        b.add(Paragraph.of(Run.bold("Đoàn kiểm tra:")));
        for (TeamMember m : inspection.team()) {
            b.add(Paragraph.text("- " + person(m.name(), m.position(), m.unit())
                    + (m.role() == TeamRole.LEADER ? " - Trưởng đoàn;" : " - Thành viên;")));
        }
        b.add(Paragraph.of(Run.bold("Phía nhà trường:")));
        for (Participant p : inspection.participants()) {
            b.add(Paragraph.text("- " + nfc(p.name()).strip()
                    + (p.position().isBlank() ? "" : ", chức vụ: " + nfc(p.position()).strip()) + ";"));
        }
        if (!inspection.basis().isBlank()) {
            b.add(Paragraph.of(Run.bold("Căn cứ: "), Run.plain(nfc(inspection.basis()).strip())));
        }
        b.add(new Heading(1, "2. Nội dung kiểm tra"));
        b.add(findings(inspection.findings()));
        b.add(new Heading(1, "3. Nhận xét của đoàn kiểm tra"));
        Texts.lines(inspection.comments()).forEach(l -> b.add(Paragraph.text(l)));
        b.add(new Heading(1, "4. Kết luận"));
        Texts.lines(inspection.conclusion()).forEach(l -> b.add(Paragraph.text(l)));
        b.add(Paragraph.text("Biên bản được lập thành hai bản, nhà trường giữ một bản, đoàn kiểm tra giữ một bản."));
        String leader = inspection.team().stream().filter(m -> m.role() == TeamRole.LEADER).map(TeamMember::name)
                .findFirst().orElse("");
        String head = inspection.participants().isEmpty() ? "" : inspection.participants().get(0).name();
        b.add(new SignaturesBlock(List.of(
                new SignaturesBlock.Signer(List.of("ĐẠI DIỆN NHÀ TRƯỜNG"), nfc(head).strip()),
                new SignaturesBlock.Signer(List.of("TRƯỞNG ĐOÀN KIỂM TRA"), nfc(leader).strip()))));
        String fileBase = "bien-ban-kiem-tra-" + inspection.id() + (at == null ? "" : "-" + at.toLocalDate());
        return new Document(DocumentKind.INSPECTION_RECORD, "Biên bản kiểm tra kế hoạch cải tiến chất lượng giáo dục "
                + school, fileBase, List.of(new Section(Orientation.PORTRAIT, b)), data(inspection));
    }

    private static String person(String name, String position, String unit) {
        StringBuilder s = new StringBuilder(nfc(name).strip());
        if (!position.isBlank()) {
            s.append(", ").append(nfc(position).strip());
        }
        if (!unit.isBlank()) {
            s.append(" ").append(nfc(unit).strip());
        }
        return s.toString();
    }

    private static Table findings(List<Finding> findings) {
        List<String> titles = List.of("TT", "Tiêu chí", "Nhận xét", "Cần khắc phục");
        int[] weights = {5, 12, 63, 20};
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            columns.add(new Column(titles.get(i), weights[i], ColumnType.TEXT));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, titles.stream().map(t -> Cell.of(Run.bold(t), Align.CENTER)).toList()));
        int n = 1;
        for (Finding f : findings) {
            String follow = !f.requiresFollowUp() ? "" : f.followUp() == null ? "Có"
                    : "Có: " + nfc(f.followUp().description()).strip();
            rows.add(new Row(RowKind.BODY, List.of(Cell.of(Run.plain(String.valueOf(n++)), Align.CENTER),
                    Cell.text(f.criterionCode().isBlank() ? "" : "Tiêu chí " + f.criterionCode()),
                    Cell.text(nfc(f.text()).strip()), Cell.text(follow))));
        }
        return new Table("Nội dung kiểm tra", columns, rows);
    }

    private static Map<String, Object> data(Inspection i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "INSPECTION_RECORD");
        m.put("id", i.id());
        m.put("planId", i.planId());
        m.put("schoolId", i.schoolId());
        m.put("bodyId", i.bodyId());
        m.put("bodyName", nfc(i.bodyName()));
        m.put("startsAt", i.startsAt() == null ? null : i.startsAt().toString());
        List<Object> team = new ArrayList<>();
        for (TeamMember t : i.team()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", nfc(t.name()));
            x.put("position", nfc(t.position()));
            x.put("unit", nfc(t.unit()));
            x.put("role", t.role() == null ? null : t.role().name());
            team.add(x);
        }
        m.put("team", team);
        List<Object> participants = new ArrayList<>();
        for (Participant p : i.participants()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", nfc(p.name()));
            x.put("position", nfc(p.position()));
            participants.add(x);
        }
        m.put("participants", participants);
        m.put("basis", nfc(i.basis()));
        List<Object> findings = new ArrayList<>();
        for (Finding f : i.findings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("actionKey", f.actionKey());
            x.put("criterionCode", f.criterionCode());
            x.put("text", nfc(f.text()));
            x.put("requiresFollowUp", f.requiresFollowUp());
            x.put("followUpActionKey", f.followUpActionKey());
            findings.add(x);
        }
        m.put("findings", findings);
        m.put("comments", nfc(i.comments()));
        m.put("conclusion", nfc(i.conclusion()));
        m.put("signatures", i.signatures().stream().map(s -> (Object) nfc(s)).toList());
        return m;
    }
}
