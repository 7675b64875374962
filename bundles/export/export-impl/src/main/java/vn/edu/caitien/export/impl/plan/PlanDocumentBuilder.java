package vn.edu.caitien.export.impl.plan;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.api.Align;
import vn.edu.caitien.export.api.Block;
import vn.edu.caitien.export.api.ClosingBlock;
import vn.edu.caitien.export.api.Document;
import vn.edu.caitien.export.api.DocumentKind;
import vn.edu.caitien.export.api.HeaderBlock;
import vn.edu.caitien.export.api.Heading;
import vn.edu.caitien.export.api.Orientation;
import vn.edu.caitien.export.api.Paragraph;
import vn.edu.caitien.export.api.Run;
import vn.edu.caitien.export.api.Section;
import vn.edu.caitien.export.api.Table;
import vn.edu.caitien.export.api.Table.Cell;
import vn.edu.caitien.export.api.Table.Column;
import vn.edu.caitien.export.api.Table.ColumnType;
import vn.edu.caitien.export.api.Table.Row;
import vn.edu.caitien.export.api.Table.RowKind;
import vn.edu.caitien.export.api.TitleBlock;
import vn.edu.caitien.export.impl.Texts;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanTotals;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.YearGoal;

/**
 * The improvement plan as a format-neutral document, in the order and wording of the printed view in plan-ui
 * ({@code PlanDocumentPanel}): the Nghị định 30 header, "KẾ HOẠCH" and the subject, the sections of the 2018 plan
 * (or of TT 57 Biểu 2), the plan table grouped by target level and standard with the criterion cells merged over its
 * actions, budget totals, "Nơi nhận" beside the signature. A 2018 plan is portrait with its table section on
 * landscape pages; a Biểu 2 plan is landscape throughout, as the form is. Official documents are in Vietnamese.
 */
public final class PlanDocumentBuilder {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String KIND = "KẾ HOẠCH";
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** Column titles of the 2018 9-column table. */
    public static final List<String> COLUMNS_2018 = List.of("TT", "Tiêu chuẩn, tiêu chí",
            "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện",
            "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện và hoàn thành", "Dự kiến kinh phí",
            "Điều kiện hỗ trợ khác", "Ghi chú");
    private static final int[] WEIGHTS_2018 = {4, 13, 13, 21, 12, 10, 12, 9, 6};
    /** Column titles of TT 57 Biểu 2. */
    public static final List<String> COLUMNS_BIEU2 = List.of("TT", "Nội dung cải tiến", "Mục tiêu",
            "Hoạt động, giải pháp", "Chỉ số đánh giá kết quả", "Thời gian", "Phụ trách", "Nguồn lực",
            "Minh chứng dự kiến", "Mức độ thực hiện");
    private static final int[] WEIGHTS_BIEU2 = {5, 13, 12, 17, 12, 9, 10, 10, 12, 8};

    private final PlanDocument plan;
    private final CatalogueFacts facts;
    private final boolean bieu2;
    private final List<PlannedReview> recorded;

    private PlanDocumentBuilder(PlanDocument plan, CatalogueFacts facts, List<PlannedReview> recorded) {
        this.plan = plan;
        this.facts = facts == null ? CatalogueFacts.NONE : facts;
        this.bieu2 = plan.getPlanForm() == PlanForm.BIEU_2;
        this.recorded = recorded == null ? List.of() : List.copyOf(recorded);
    }

    /** @return the document of a plan */
    public static Document build(PlanDocument plan, CatalogueFacts facts) {
        return build(plan, facts, List.of());
    }

    /**
     * @param recorded the reviews the monitoring module recorded, as lines of Biểu 2 section VI; printed when the plan
     *                 schedules none of its own (empty: the two reviews TT 57 requires, to be filled in)
     * @return the document of a plan
     */
    public static Document build(PlanDocument plan, CatalogueFacts facts, List<PlannedReview> recorded) {
        return new PlanDocumentBuilder(plan, facts, recorded).build();
    }

    private Document build() {
        DocumentHeader h = plan.getHeader();
        List<Section> sections = new ArrayList<>();
        List<Block> current = new ArrayList<>();
        current.add(header(h));
        current.add(new TitleBlock(KIND, nfc(h.getTitle())));
        List<String> names = sectionNames(plan);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String heading = (i < ROMAN.length ? ROMAN[i] : String.valueOf(i + 1)) + ". " + sectionTitle(name);
            if (name.equals("table") && !bieu2) {
                // The wide table gets landscape pages of its own, between the portrait parts.
                sections.add(new Section(Orientation.PORTRAIT, current));
                List<Block> table = new ArrayList<>();
                table.add(new Heading(1, heading));
                table(table);
                sections.add(new Section(Orientation.LANDSCAPE, table));
                current = new ArrayList<>();
                continue;
            }
            current.add(new Heading(1, heading));
            section(name, current);
        }
        current.add(closing(h));
        sections.add(new Section(bieu2 ? Orientation.LANDSCAPE : Orientation.PORTRAIT, current));
        String title = (KIND.charAt(0) + KIND.substring(1).toLowerCase(java.util.Locale.forLanguageTag("vi")) + " "
                + nfc(h.getTitle())).strip();
        String number = DocumentNumbers.format(h.getNumber(), h.getSymbol());
        String fileBase = "ke-hoach-" + (h.getNumber() == null ? "plan-" + plan.getId() : Texts.slug(number));
        return new Document(DocumentKind.PLAN, title, fileBase, sections, PlanData.of(plan));
    }

    // ------------------------------------------------------------------------------------------- header, closing

    private HeaderBlock header(DocumentHeader h) {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        return new HeaderBlock(nfc(h.getParentBody()).toUpperCase(vi), nfc(h.getIssuingBody()).toUpperCase(vi),
                "Số: " + DocumentNumbers.format(h.getNumber(), h.getSymbol()), NATION, MOTTO,
                Texts.placeDate(nfc(h.getPlace()), h.getDate()));
    }

    private ClosingBlock closing(DocumentHeader h) {
        return closing(h, PlanDocumentBuilder::recipient);
    }

    /**
     * "Nơi nhận" (the plan's recipients, each as {@code line} writes it, and the archive) beside the signature of the
     * plan's signer: the end of the plan and of the reports made from it.
     */
    public static ClosingBlock closing(DocumentHeader h, Function<Recipient, String> line) {
        List<String> recipients = new ArrayList<>();
        for (Recipient r : h.getRecipients()) {
            recipients.add(line.apply(r));
        }
        recipients.add("- Lưu: " + (h.getArchive().isBlank() ? "VT" : nfc(h.getArchive()).strip()) + ".");
        List<String> authority = new ArrayList<>();
        String head = (nfc(h.getSignerAuthority()).strip() + " " + nfc(h.getSignerAuthorityTitle()).strip()).strip();
        if (!head.isEmpty()) {
            authority.add(head);
        }
        if (!h.getSignerTitle().isBlank()) {
            authority.add(nfc(h.getSignerTitle()).strip());
        }
        return new ClosingBlock("Nơi nhận:", recipients, authority, nfc(h.getSignerName()).strip());
    }

    /** "- Sở GD&ĐT (để b/c);" */
    static String recipient(Recipient r) {
        String purpose = nfc(r.getPurpose()).strip();
        if (!purpose.isEmpty() && !purpose.startsWith("(")) {
            purpose = "(" + purpose + ")";
        }
        return "- " + nfc(r.getName()).strip() + (purpose.isEmpty() ? "" : " " + purpose) + ";";
    }

    // ------------------------------------------------------------------------------------------- sections

    /** The sections printed, in document order: the 2018 plan as schools write it, or TT 57 Biểu 2. */
    static List<String> sectionNames(PlanDocument d) {
        List<String> names = new ArrayList<>();
        boolean results = !d.getBaseline().isEmpty() || !d.getLevel4().isEmpty() || !d.getStrengths().isBlank()
                || !d.getWeaknesses().isBlank() || !d.getStatedSchoolLevel().isBlank()
                || !d.getStatedAccreditation().isBlank() || !d.getStatedNationalStandard().isBlank();
        boolean goals = !d.getOverallGoal().isBlank() || !d.getYearGoals().isEmpty();
        if (d.getPlanForm() == PlanForm.BIEU_2) {
            names.addAll(List.of("general", "bases", "purposes", "problems", "table", "monitoring", "organisation",
                    "mechanism"));
        } else {
            names.add("purposes");
            names.add("bases");
            if (results) {
                names.add("results");
            }
            if (goals) {
                names.add("goals");
            }
            names.add("table");
            if (!d.getSolutionDirection().isBlank() || !d.getSolutionFunding().isBlank()
                    || !d.getSolutionSupervision().isBlank()) {
                names.add("solutions");
            }
            names.add("organisation");
        }
        if (!d.getProposals().isEmpty()) {
            names.add("proposals");
        }
        return names;
    }

    private String sectionTitle(String name) {
        return switch (name) {
            case "general" -> "THÔNG TIN CHUNG";
            case "purposes" -> "MỤC ĐÍCH, YÊU CẦU";
            case "bases" -> "CĂN CỨ XÂY DỰNG KẾ HOẠCH";
            case "results" -> "KẾT QUẢ TỰ ĐÁNH GIÁ";
            case "goals" -> "MỤC TIÊU";
            case "problems" -> "CÁC VẤN ĐỀ TRỌNG TÂM CẦN CẢI TIẾN";
            case "table" -> bieu2 ? "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG" : "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC";
            case "solutions" -> "GIẢI PHÁP";
            case "monitoring" -> "THEO DÕI, ĐÁNH GIÁ";
            case "organisation" -> "TỔ CHỨC THỰC HIỆN";
            case "mechanism" -> "CƠ CHẾ THEO DÕI, ĐÁNH GIÁ";
            case "proposals" -> "ĐỀ XUẤT, KIẾN NGHỊ";
            default -> throw new IllegalArgumentException(name);
        };
    }

    private void section(String name, List<Block> out) {
        PlanDocument d = plan;
        switch (name) {
            case "general" -> {
                out.add(Paragraph.of(Run.plain("Tên trường: " + nfc(d.getHeader().getIssuingBody()) + "; "
                        + period(d.getHeader().getPeriod()))));
                text(out, d.getGeneralInformation());
                int n = results(out, 1);
                // Numbered like the results above it, so that it reads (and imports) as a part of its own.
                numbered(out, n, "Mục tiêu", d.getOverallGoal());
            }
            case "purposes" -> d.getPurposes().forEach(p -> out.add(Paragraph.text("- " + nfc(p).strip())));
            case "bases" -> d.getLegalBases().forEach(b -> out.add(Paragraph.text("- " + basis(b))));
            case "results" -> results(out, 1);
            case "goals" -> {
                text(out, d.getOverallGoal());
                for (YearGoal g : d.getYearGoals()) {
                    out.add(Paragraph.of(Run.bold("Năm học " + nfc(g.getSchoolYear()))));
                    text(out, g.getText());
                }
            }
            case "problems" -> out.add(problems());
            case "table" -> table(out);
            case "solutions" -> {
                numbered(out, 1, "Công tác chỉ đạo, tuyên truyền", d.getSolutionDirection());
                out.add(Paragraph.of(Run.bold("2. Giải pháp cụ thể cho từng tiêu chí: "),
                        Run.plain("như trong bảng kế hoạch ở trên.")));
                numbered(out, 3, "Chính sách, nguồn kinh phí", d.getSolutionFunding());
                numbered(out, 4, "Kiểm tra, giám sát", d.getSolutionSupervision());
            }
            case "monitoring" -> out.add(monitoring());
            case "organisation" -> {
                int n = 1;
                if (bieu2 && !d.getSolutionDirection().isBlank()) {
                    numbered(out, n++, "Công tác chỉ đạo, tuyên truyền", d.getSolutionDirection());
                }
                if (bieu2 && !d.getSolutionFunding().isBlank()) {
                    numbered(out, n++, "Chính sách, nguồn kinh phí", d.getSolutionFunding());
                }
                for (Duty duty : d.getDuties()) {
                    out.add(Paragraph.of(Run.bold(n++ + ". " + nfc(duty.getRole()).strip())));
                    List<String> lines = Texts.lines(duty.getText());
                    for (int i = 0; i < lines.size(); i++) {
                        boolean last = i == lines.size() - 1;
                        out.add(last && !duty.getDeadline().isBlank()
                                ? Paragraph.of(Run.plain(lines.get(i) + " "),
                                        Run.italic("(thời hạn: " + nfc(duty.getDeadline()).strip() + ")"))
                                : Paragraph.text(lines.get(i)));
                    }
                    if (lines.isEmpty() && !duty.getDeadline().isBlank()) {
                        out.add(Paragraph.of(Run.italic("(thời hạn: " + nfc(duty.getDeadline()).strip() + ")")));
                    }
                }
                text(out, d.getImplementationNotes());
            }
            case "mechanism" -> text(out, d.getSolutionSupervision());
            case "proposals" -> {
                for (Proposal p : d.getProposals()) {
                    out.add(Paragraph.of(Run.bold(nfc(p.getBody()).strip())));
                    text(out, p.getText());
                }
            }
            default -> throw new IllegalArgumentException(name);
        }
    }

    private static void text(List<Block> out, String text) {
        Texts.lines(text).forEach(l -> out.add(Paragraph.text(l)));
    }

    private static void numbered(List<Block> out, int n, String title, String text) {
        if (text.isBlank()) {
            return;
        }
        out.add(Paragraph.of(Run.bold(n + ". " + title)));
        text(out, text);
    }

    static String period(PlanPeriod period) {
        if (period == null) {
            return "";
        }
        return (period.kind() == PlanPeriod.Kind.STAGE ? "Giai đoạn " : "Năm học ") + period.years();
    }

    /** A legal basis as printed: its text, or what is known of it when the text is empty. */
    static String basis(LegalBasis b) {
        if (!b.getText().isBlank()) {
            return nfc(b.getText()).strip();
        }
        StringBuilder s = new StringBuilder(switch (b.getKind()) {
            case SELF_ASSESSMENT_REPORT -> "Báo cáo tự đánh giá";
            case EXTERNAL_ASSESSMENT_REPORT -> "Báo cáo đánh giá ngoài";
            case LEGAL_DOCUMENT -> "Văn bản quy phạm pháp luật, hướng dẫn";
            case PREVIOUS_RESULTS -> "Kết quả cải tiến chất lượng năm học trước";
            default -> "Chủ trương, định hướng của địa phương, ngành và nhà trường";
        });
        if (!b.getNumber().isBlank()) {
            s.append(" số ").append(nfc(b.getNumber()).strip());
        }
        if (b.getDate() != null) {
            s.append(" ngày ").append(Texts.date(b.getDate()));
        }
        if (!b.getIssuer().isBlank()) {
            s.append(" của ").append(nfc(b.getIssuer()).strip());
        }
        if (b.getPeriodFrom() != null && b.getPeriodTo() != null) {
            s.append(" (giai đoạn ").append(b.getPeriodFrom()).append("-").append(b.getPeriodTo()).append(")");
        }
        return s.toString();
    }

    /**
     * Self-assessment results: per criterion, Mức 4, the levels stated, strengths and weaknesses.
     *
     * @return the number of the next numbered part
     */
    private int results(List<Block> out, int first) {
        PlanDocument d = plan;
        int n = first;
        if (!d.getBaseline().isEmpty()) {
            out.add(Paragraph.of(Run.bold(n++ + ". Kết quả tự đánh giá các tiêu chí")));
            out.add(baseline());
        }
        if (!d.getLevel4().isEmpty()) {
            out.add(Paragraph.of(Run.bold(n++ + ". Đánh giá tiêu chí Mức 4")));
            out.add(level4());
        }
        statement(out, "Mức đạt của nhà trường", d.getStatedSchoolLevel());
        statement(out, "Kiểm định chất lượng giáo dục", d.getStatedAccreditation());
        statement(out, "Chuẩn quốc gia", d.getStatedNationalStandard());
        if (!d.getStrengths().isBlank()) {
            out.add(Paragraph.of(Run.bold(n++ + ". Điểm mạnh")));
            text(out, d.getStrengths());
        }
        if (!d.getWeaknesses().isBlank()) {
            out.add(Paragraph.of(Run.bold(n++ + ". Hạn chế")));
            text(out, d.getWeaknesses());
        }
        return n;
    }

    private static void statement(List<Block> out, String label, String text) {
        if (!text.isBlank()) {
            out.add(Paragraph.of(Run.plain(label + ": " + nfc(text).strip())));
        }
    }

    private Table baseline() {
        int max = Math.max(1, facts.maxLevel());
        List<Column> columns = new ArrayList<>();
        List<Cell> head = new ArrayList<>();
        columns.add(new Column("Tiêu chuẩn, tiêu chí", 30, ColumnType.TEXT));
        head.add(headCell("Tiêu chuẩn, tiêu chí"));
        columns.add(new Column("Không đạt", 6, ColumnType.TEXT));
        head.add(headCell("Không đạt"));
        for (int level = 1; level <= max; level++) {
            columns.add(new Column("Mức " + level, 6, ColumnType.TEXT));
            head.add(headCell("Mức " + level));
        }
        columns.add(new Column("Nội dung không đạt", 24, ColumnType.TEXT));
        head.add(headCell("Nội dung không đạt"));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, head));
        List<BaselineEntry> entries = new ArrayList<>(plan.getBaseline());
        entries.sort(Comparator.comparingInt(e -> facts.criterionOrder().getOrDefault(e.getCriterionCode(), Integer.MAX_VALUE)));
        for (BaselineEntry e : entries) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(("Tiêu chí " + e.getCriterionCode() + " "
                    + facts.criterionTitles().getOrDefault(e.getCriterionCode(), "")).strip()));
            cells.add(mark(Objects.equals(e.getLevel(), 0)));
            for (int level = 1; level <= max; level++) {
                cells.add(mark(e.getLevel() != null && e.getLevel() >= level));
            }
            cells.add(Cell.text(nfc(e.getUnmet())));
            rows.add(new Row(RowKind.BODY, cells));
        }
        return new Table("Tự đánh giá", columns, rows);
    }

    private Table level4() {
        List<Column> columns = List.of(new Column("Tiêu chí", 30, ColumnType.TEXT),
                new Column("Không đạt", 8, ColumnType.TEXT), new Column("Đạt", 8, ColumnType.TEXT),
                new Column("Nội dung đã đạt", 30, ColumnType.TEXT));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, columns.stream().map(c -> headCell(c.title())).toList()));
        for (Level4Entry e : plan.getLevel4()) {
            rows.add(new Row(RowKind.BODY, List.of(
                    Cell.text((nfc(e.getCode()) + " " + facts.level4Summaries().getOrDefault(e.getCode(), "")).strip()),
                    mark(!e.isMet()), mark(e.isMet()), Cell.text(nfc(e.getAchieved())))));
        }
        return new Table("Mức 4", columns, rows);
    }

    private Table problems() {
        List<String> titles = List.of("TT", "Tiêu chuẩn", "Tiêu chí (nếu có)", "Đánh giá hiện trạng", "Điểm hạn chế",
                "Nguyên nhân");
        int[] weights = {4, 8, 8, 24, 24, 24};
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            columns.add(new Column(titles.get(i), weights[i], ColumnType.TEXT));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, titles.stream().map(PlanDocumentBuilder::headCell).toList()));
        int n = 1;
        for (PriorityProblem p : plan.getPriorityProblems()) {
            rows.add(new Row(RowKind.BODY, List.of(Cell.of(Run.plain(String.valueOf(n++)), Align.CENTER),
                    Cell.of(Run.plain(p.getStandardNo() == null ? "" : String.valueOf(p.getStandardNo())), Align.CENTER),
                    Cell.of(Run.plain(nfc(p.getCriterionCode())), Align.CENTER), Cell.text(nfc(p.getCurrentState())),
                    Cell.text(nfc(p.getWeakness())), Cell.text(nfc(p.getCause())))));
        }
        return new Table("Vấn đề trọng tâm", columns, rows);
    }

    private Table monitoring() {
        List<String> titles = List.of("TT", "Thời điểm", "Nội dung", "Kết quả", "Điều chỉnh", "Người đánh giá");
        int[] weights = {4, 14, 24, 20, 20, 14};
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            columns.add(new Column(titles.get(i), weights[i], ColumnType.TEXT));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, titles.stream().map(PlanDocumentBuilder::headCell).toList()));
        // The plan's own schedule; else the reviews monitoring recorded; else the two reviews TT 57 requires, empty,
        // for the school to fill in at its reviews.
        List<PlannedReview> lines = !plan.getPlannedReviews().isEmpty() ? plan.getPlannedReviews() : recorded;
        if (lines.isEmpty()) {
            rows.add(new Row(RowKind.BODY, List.of(Cell.of(Run.plain("1"), Align.CENTER), Cell.text("Cuối học kỳ I"),
                    Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""))));
            rows.add(new Row(RowKind.BODY, List.of(Cell.of(Run.plain("2"), Align.CENTER), Cell.text("Cuối năm học"),
                    Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""))));
        }
        int n = 1;
        for (PlannedReview r : lines) {
            rows.add(new Row(RowKind.BODY, List.of(Cell.of(Run.plain(String.valueOf(n++)), Align.CENTER),
                    Cell.text(nfc(r.getTime()).strip()), Cell.text(nfc(r.getContent()).strip()),
                    Cell.text(nfc(r.getResult()).strip()), Cell.text(nfc(r.getAdjustment()).strip()),
                    Cell.text(nfc(r.getReviewer()).strip()))));
        }
        return new Table("Theo dõi, đánh giá", columns, rows);
    }

    private static Cell headCell(String title) {
        return Cell.of(Run.bold(title), Align.CENTER);
    }

    private static Cell mark(boolean on) {
        return Cell.of(Run.plain(on ? "x" : ""), Align.CENTER);
    }

    // ------------------------------------------------------------------------------------------- plan table

    private void table(List<Block> out) {
        out.add(planTable());
        PlanTotals totals = PlanTotals.of(plan);
        out.add(Paragraph.of(Run.plain("Tổng dự kiến kinh phí: "), Run.bold(Texts.money(totals.total()))));
        for (Map.Entry<FundingSource, Long> e : totals.bySource().entrySet()) {
            out.add(Paragraph.text("- " + source(e.getKey()) + ": " + Texts.money(e.getValue())));
        }
    }

    static String source(FundingSource s) {
        return switch (s) {
            case STATE_BUDGET -> "Ngân sách";
            case SOCIALISATION -> "Xã hội hóa";
            case SPONSORSHIP -> "Tài trợ";
            default -> "Nguồn khác";
        };
    }

    /** The plan table: header, column numbers, groups, one line per action with the criterion cells merged. */
    Table planTable() {
        List<String> titles = bieu2 ? COLUMNS_BIEU2 : COLUMNS_2018;
        int[] weights = bieu2 ? WEIGHTS_BIEU2 : WEIGHTS_2018;
        int width = titles.size();
        int budgetColumn = bieu2 ? -1 : 6;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            columns.add(new Column(titles.get(i), weights[i], i == budgetColumn ? ColumnType.BUDGET : ColumnType.TEXT));
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.HEADER, titles.stream().map(PlanDocumentBuilder::headCell).toList()));
        List<Cell> numbers = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            numbers.add(Cell.of(Run.italic("(" + i + ")"), Align.CENTER));
        }
        rows.add(new Row(RowKind.COLUMN_NUMBERS, numbers));
        Integer group = -1;
        int standard = -1;
        int number = 0;
        for (PlanRow row : plan.getRows()) {
            Integer g = bieu2 ? null : row.getTargetLevel();
            if (!Objects.equals(g, group)) {
                group = g;
                standard = -1;
                if (g != null) {
                    rows.add(new Row(RowKind.GROUP, List.of(Cell.of(Run.bold("MỨC " + g), Align.LEFT).columns(width))));
                }
            }
            if (row.getStandardNo() != standard) {
                standard = row.getStandardNo();
                number = 0;
                rows.add(new Row(RowKind.GROUP, List.of(Cell.of(Run.bold("Tiêu chuẩn " + standard), Align.LEFT)
                        .columns(width))));
            }
            number++;
            List<PlanAction> actions = row.getActions().isEmpty() ? Collections.singletonList(null) : row.getActions();
            int span = actions.size();
            boolean first = true;
            for (PlanAction a : actions) {
                List<Cell> cells = new ArrayList<>();
                if (first) {
                    cells.add(Cell.of(Run.plain(String.valueOf(number)), Align.CENTER).rows(span));
                    cells.add(criterionCell(row).rows(span));
                    cells.add(Cell.text(bieu2 && !row.getObjective().isBlank() ? nfc(row.getObjective())
                            : target(row)).rows(span));
                } else {
                    cells.add(Cell.continuation());
                    cells.add(Cell.continuation());
                    cells.add(Cell.continuation());
                }
                first = false;
                if (bieu2) {
                    cells.add(Cell.text(a == null ? "" : nfc(a.getDescription())));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getResultIndicator())));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getTimeText())));
                    cells.add(Cell.text(a == null ? "" : lead(a)));
                    cells.add(Cell.text(a == null ? "" : String.join("; ", Stream.of(a.getBudgetText(), a.getSupport())
                            .filter(s -> !s.isBlank()).map(Texts::nfc).toList())).withAmount(a == null ? null : a.getAmount()));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getExpectedEvidence())));
                    cells.add(Cell.text(a == null ? "" : !a.getDegreeOfImplementation().isBlank()
                            ? nfc(a.getDegreeOfImplementation()) : a.isCompleted() ? "Đã hoàn thành" : ""));
                } else {
                    cells.add(Cell.text(a == null ? "" : nfc(a.getDescription())));
                    cells.add(Cell.text(a == null ? "" : lead(a)));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getTimeText())));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getBudgetText())).withAmount(a == null ? null : a.getAmount()));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getSupport())));
                    cells.add(Cell.text(a == null ? "" : nfc(a.getNotes())));
                }
                rows.add(new Row(RowKind.BODY, cells));
            }
        }
        long total = PlanTotals.of(plan).total();
        List<Cell> totalCells = new ArrayList<>();
        if (bieu2) {
            // The total spans (8)-(10): column (8) alone is too narrow for "505.000.000 đ" in bold.
            totalCells.add(Cell.of(Run.bold("Tổng dự kiến kinh phí"), Align.CENTER).columns(7));
            totalCells.add(Cell.of(Run.bold(Texts.money(total)), Align.LEFT).withAmount(total).columns(3));
        } else {
            totalCells.add(Cell.of(Run.bold("Tổng cộng"), Align.CENTER).columns(6));
            totalCells.add(Cell.of(Run.bold(Texts.money(total)), Align.RIGHT).withAmount(total));
            totalCells.add(Cell.text(""));
            totalCells.add(Cell.text(""));
        }
        rows.add(new Row(RowKind.TOTAL, totalCells));
        return new Table("Kế hoạch", columns, rows);
    }

    private Cell criterionCell(PlanRow row) {
        String title = nfc(row.getCriterionTitle()).isBlank()
                ? facts.criterionTitles().getOrDefault(row.getCriterionCode(), "") : nfc(row.getCriterionTitle());
        List<Run> runs = new ArrayList<>();
        runs.add(Run.bold("Tiêu chí " + row.getCriterionCode()));
        if (!title.isBlank()) {
            runs.add(Run.plain(" " + title.strip()));
        }
        if (bieu2 && !row.getCurrentState().isBlank()) {
            runs.add(Run.plain("\n" + nfc(row.getCurrentState()).strip()));
        }
        return new Cell(runs, Align.LEFT, 1, 1, false, null);
    }

    /** "Đạt mức 2", or the free text when no level, or both. */
    static String target(PlanRow r) {
        String head = r.getTargetLevel() == null ? "" : "Đạt mức " + r.getTargetLevel();
        String text = nfc(r.getTargetText()).strip();
        return text.isEmpty() ? head : head.isEmpty() ? text : head + ": " + text;
    }

    static String lead(PlanAction a) {
        return nfc(a.getLeadText()).strip() + (a.getPartners().isBlank() ? "" : "; " + nfc(a.getPartners()).strip());
    }
}
