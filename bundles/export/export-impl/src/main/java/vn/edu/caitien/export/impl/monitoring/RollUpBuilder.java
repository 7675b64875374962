package vn.edu.caitien.export.impl.monitoring;

import static vn.edu.caitien.export.impl.Texts.nfc;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.bold;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.boldCount;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.centre;
import static vn.edu.caitien.export.impl.monitoring.ReportParts.count;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.ClosingBlock;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.api.SchoolRollUp;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.SupervisingBody;

/**
 * A supervising body's roll-up over its schools for a school year (Báo cáo tổng hợp kết quả thực hiện kế hoạch cải
 * tiến chất lượng giáo dục của các trường): the Nghị định 30 header with the body as issuing body (type code BC, the
 * body's usual symbol: UBND, SGDĐT, PGDĐT; the number left blank), I. the overall figures, II. one row per school
 * (plan state, actions, done, overdue, progress), III. one row per criterion with the number of schools behind on it,
 * each table with its column-number row and totals, and the closing with the body's signing authority. Portrait A4.
 */
public final class RollUpBuilder {

    /** Column titles of the per-school table. */
    public static final List<String> SCHOOL_COLUMNS = List.of("TT", "Trường", "Trạng thái kế hoạch", "Số công việc",
            "Hoàn thành", "Quá hạn", "Tiến độ (%)");
    private static final int[] SCHOOL_WEIGHTS = {5, 33, 20, 10, 10, 10, 12};
    /** Column titles of the per-criterion table. */
    public static final List<String> CRITERION_COLUMNS = List.of("TT", "Tiêu chí", "Số trường thực hiện",
            "Số trường chậm", "Số công việc", "Hoàn thành", "Quá hạn");
    private static final int[] CRITERION_WEIGHTS = {5, 25, 14, 14, 14, 14, 14};
    private static final Pattern PLACE = Pattern.compile(
            "(?iu)^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|TỈNH|THÀNH PHỐ|QUẬN|HUYỆN|THỊ XÃ)\\s+(.+)$"
                    + "|^(?:SỞ|PHÒNG)\\s+(?:GIÁO DỤC VÀ ĐÀO TẠO|GIÁO DỤC & ĐÀO TẠO|GD&ĐT|GD và ĐT|GDĐT)\\s+(.+)$");

    private RollUpBuilder() {
    }

    /** @return the Vietnamese label of a plan state name ({@link vn.edu.caitien.plan.api.PlanStatus}); null: no plan */
    public static String planStatus(String status) {
        if (status == null) {
            return "Chưa có kế hoạch";
        }
        return switch (status) {
            case "DRAFT" -> "Đang xây dựng";
            case "SUBMITTED" -> "Chờ phê duyệt";
            case "RETURNED" -> "Trả lại để chỉnh sửa";
            case "APPROVED" -> "Đã phê duyệt";
            case "PUBLISHED" -> "Đã ban hành";
            default -> status;
        };
    }

    /** @return the body's usual code in document symbols ("BC-UBND"), empty for other bodies */
    static String symbol(BodyKind kind) {
        return switch (kind) {
            case COMMUNE_COMMITTEE -> "UBND";
            case PROVINCIAL_DEPARTMENT -> "SGDĐT";
            case DISTRICT_OFFICE -> "PGDĐT";
            case OTHER -> "";
        };
    }

    /** @return the signing authority lines of the body's head */
    static List<String> authority(BodyKind kind) {
        return switch (kind) {
            case COMMUNE_COMMITTEE -> List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
            case PROVINCIAL_DEPARTMENT -> List.of("GIÁM ĐỐC");
            case DISTRICT_OFFICE -> List.of("TRƯỞNG PHÒNG");
            case OTHER -> List.of("THỦ TRƯỞNG ĐƠN VỊ");
        };
    }

    /**
     * @return the place name read from the body's name ("UBND PHƯỜNG AN BÌNH" → "An Bình", "SỞ GIÁO DỤC VÀ ĐÀO TẠO
     *         BẮC NINH" → "Bắc Ninh"); empty when it cannot be read (the date line then leaves dots to fill in)
     */
    static String place(String bodyName) {
        Matcher m = PLACE.matcher(nfc(bodyName).strip().replaceAll("\\s+", " "));
        if (!m.matches()) {
            return "";
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        Locale vi = Locale.forLanguageTag("vi");
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(vi).split(" ")) {
            if (!word.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(word.substring(0, 1).toUpperCase(vi)).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /**
     * @param body the body as the directory knows it
     * @param r    its roll-up, as the user may see it
     * @return the report
     */
    public static Document build(SupervisingBody body, RollUp r) {
        Locale vi = Locale.forLanguageTag("vi");
        String years = DueRules.schoolYearLabel(r.schoolYearStart());
        String code = symbol(body.kind());
        List<Block> b = new ArrayList<>();
        b.add(new HeaderBlock("", nfc(body.name()).toUpperCase(vi), "Số:       /BC" + (code.isEmpty() ? "" : "-" + code),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                Texts.placeDate(place(body.name()), r.asOf())));
        b.add(new TitleBlock("BÁO CÁO", "Tổng hợp kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục\ncủa các "
                + "trường năm học " + years + "\n(số liệu đến ngày " + Texts.date(r.asOf()) + ")"));
        ProgressTotals t = r.totals();
        long withPlan = r.schools().stream().filter(s -> s.planId() != null || s.planStatus() != null).count();
        long published = r.schools().stream().filter(s -> "PUBLISHED".equals(s.planStatus())).count();
        long closed = r.schools().stream().filter(SchoolRollUp::closed).count();
        b.add(new Heading(1, "I. TÌNH HÌNH CHUNG"));
        b.add(Paragraph.text("Số trường được tổng hợp: " + r.schools().size() + "; trong đó " + withPlan
                + " trường đã có kế hoạch (" + published + " trường đã ban hành), " + (r.schools().size() - withPlan)
                + " trường chưa có kế hoạch; " + closed + " trường đã tổng kết năm học."));
        b.add(Paragraph.text("Tổng số công việc/giải pháp: " + t.actions() + "; hoàn thành " + t.done()
                + "; đang thực hiện " + t.inProgress() + "; chưa bắt đầu " + t.notStarted() + "; đã hủy "
                + t.cancelled() + "; quá hạn " + t.overdue() + "; sắp đến hạn " + t.dueSoon() + "."));
        b.add(ReportParts.meanPercent(t));
        b.add(ReportParts.budget(t));
        long behind = r.criteria().stream().filter(c -> c.schoolsBehind() > 0).count();
        b.add(Paragraph.text("Số tiêu chí có trường chậm tiến độ: " + behind + "."));
        b.add(new Heading(1, "II. KẾT QUẢ THEO TỪNG TRƯỜNG"));
        b.add(schools(r));
        b.add(new Heading(1, "III. KẾT QUẢ THEO TIÊU CHÍ"));
        b.add(criteria(r));
        b.add(new ClosingBlock("Nơi nhận:", List.of("- Các trường trực thuộc;", "- Lưu: VT."), authority(body.kind()),
                ""));
        String fileBase = "bao-cao-tong-hop-" + Texts.slug(body.id()) + "-" + years;
        return new Document(DocumentKind.ROLLUP, "Báo cáo tổng hợp kết quả thực hiện kế hoạch cải tiến chất lượng "
                + "giáo dục năm học " + years, fileBase, List.of(new Section(Orientation.PORTRAIT, b)), data(body, r));
    }

    private static Table schools(RollUp r) {
        List<Row> rows = ReportParts.head(SCHOOL_COLUMNS);
        int n = 0;
        for (SchoolRollUp s : r.schools()) {
            ProgressTotals x = s.totals();
            String state = planStatus(s.planStatus()) + (s.closed() ? "; đã tổng kết năm học" : "");
            rows.add(new Row(RowKind.BODY, List.of(centre(++n), Cell.text(nfc(s.schoolName()).strip()),
                    Cell.text(state), count(x.actions()), count(x.done()), count(x.overdue()),
                    centre(x.percent() + "%"))));
        }
        ProgressTotals t = r.totals();
        rows.add(new Row(RowKind.TOTAL, List.of(ReportParts.totalLabel(3),
                boldCount(t.actions()), boldCount(t.done()), boldCount(t.overdue()), bold(t.percent() + "%"))));
        return new Table("Theo trường", ReportParts.columns(SCHOOL_COLUMNS, SCHOOL_WEIGHTS, ColumnType.NUMBER, 3, 4, 5),
                rows);
    }

    private static Table criteria(RollUp r) {
        List<Row> rows = ReportParts.head(CRITERION_COLUMNS);
        int n = 0;
        int actions = 0;
        int done = 0;
        int overdue = 0;
        int standard = -1;
        for (CriterionRollUp c : r.criteria()) {
            if (c.standardNo() != standard) {
                standard = c.standardNo();
                rows.add(ReportParts.standardRow(standard, CRITERION_COLUMNS.size()));
            }
            rows.add(new Row(RowKind.BODY, List.of(centre(++n), Cell.text("Tiêu chí " + c.criterionCode()),
                    count(c.schools()), count(c.schoolsBehind()), count(c.actions()), count(c.done()),
                    count(c.overdue()))));
            actions += c.actions();
            done += c.done();
            overdue += c.overdue();
        }
        // Schools are not added up across criteria (a school works on several); actions are.
        rows.add(new Row(RowKind.TOTAL, List.of(ReportParts.totalLabel(4),
                boldCount(actions), boldCount(done), boldCount(overdue))));
        return new Table("Theo tiêu chí", ReportParts.columns(CRITERION_COLUMNS, CRITERION_WEIGHTS, ColumnType.NUMBER,
                2, 3, 4, 5, 6), rows);
    }

    private static Map<String, Object> data(SupervisingBody body, RollUp r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "ROLLUP");
        m.put("bodyId", body.id());
        m.put("bodyName", nfc(body.name()));
        m.put("schoolYear", DueRules.schoolYearLabel(r.schoolYearStart()));
        m.put("asOf", r.asOf() == null ? null : r.asOf().toString());
        m.put("totals", ReportParts.totals(r.totals()));
        List<Object> schools = new ArrayList<>();
        for (SchoolRollUp s : r.schools()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("schoolId", s.schoolId());
            x.put("schoolName", nfc(s.schoolName()));
            x.put("planId", s.planId());
            x.put("planStatus", s.planStatus());
            x.put("closed", s.closed());
            x.put("totals", ReportParts.totals(s.totals()));
            schools.add(x);
        }
        m.put("schools", schools);
        List<Object> criteria = new ArrayList<>();
        for (CriterionRollUp c : r.criteria()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("criterionCode", c.criterionCode());
            x.put("standardNo", c.standardNo());
            x.put("schools", c.schools());
            x.put("schoolsBehind", c.schoolsBehind());
            x.put("actions", c.actions());
            x.put("overdue", c.overdue());
            x.put("done", c.done());
            criteria.add(x);
        }
        m.put("criteria", criteria);
        return m;
    }
}
