package vn.edu.caitien.export.importer.impl;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.catalogue.api.Criterion;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportException;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportNotice;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.YearGoal;

/**
 * Reads the blocks of a plan (domain notes §2.2, §5.1) into a draft {@link PlanDocument}, placing every unit: the
 * header block, the sections (purposes, legal bases, self-assessment baseline and Mức 4, strengths and weaknesses,
 * goals, solutions, duties, proposals, recipients, signer) and the plan table, whose columns are found from its
 * header row. It survives the problems of §5.3: markup, rows split by page breaks, merged cells, typos in
 * criterion references, values in the wrong column. One parser per document; not thread-safe.
 */
final class PlanParser {

    private enum Zone { HEADER, TITLE, GENERAL, PURPOSES, LEGAL, ASSESSMENT, PRIORITY, GOALS, TABLE, SOLUTIONS, MONITORING,
        DUTIES, MECHANISM, PROPOSALS, RECIPIENTS, SIGNATURE, OTHER }

    private enum Sub { NONE, BASELINE, LEVEL4, STRENGTHS, WEAKNESSES, OVERALL, YEAR, DIRECTION, SPECIFIC, FUNDING, SUPERVISION }

    private static final String STRUCTURE = "structure";
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,4})\\s*[.:)/]\\s*(\\S.{1,150})$");
    private static final Pattern ARABIC = Pattern.compile("^[-+]?\\s*(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\s*[.)]?\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("^S[ốoóồổ]\\s*[:.]?\\s*([0-9]*)[\\s.…]*/\\s*(.*)$", CI);
    private static final Pattern DATE_WORDS = Pattern.compile(
            "^(.*?)[,\\s]*ng[àa]y[\\s.…]*(\\d{1,2})[\\s.…]*th[áa]ng[\\s.…]*(\\d{1,2})[\\s.…]*n[ăa]m[\\s.…]*(\\d{4})", CI);
    private static final Pattern DATE_SLASH = Pattern.compile("^(.*?)[,\\s]*ng[àa]y\\s*(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})", CI);
    private static final Pattern REF = Pattern.compile(
            "\\G\\s*(?:(?:[;,&+]|và)\\s*)?(?:ti\\p{L}u\\s*ch\\p{L}\\s*(?:s[ốo]\\s*)?[:.]?\\s*)?(\\d)\\s*\\.\\s*(\\d{1,2})(?![\\d])\\s*[.:;,)\\-–]?\\s*", CI);
    private static final Pattern LEVEL = Pattern.compile("(?:m[ứu]c|c[ấa]p)(?:\\s*đ[ộo])?\\s*(\\d)", CI);
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)\\s*[-–—]\\s*(20\\d\\d)");
    private static final Pattern YEARS_RANGE = Pattern.compile("(?:năm\\s*)?(\\d{4})\\s*(?:-|–|đến)\\s*(?:năm\\s*)?(\\d{4})", CI);
    private static final Pattern DOC_NUMBER = Pattern.compile("số\\s*:?\\s*([0-9][\\p{L}0-9/.&\\-]*[\\p{L}0-9])", CI);
    private static final Pattern DEADLINE = Pattern.compile("(trước\\s+(?:ngày\\s+)?\\d{1,2}/\\d{1,2}(?:/\\d{4})?(?:\\s+hàng năm)?)", CI);
    private static final Pattern LEAD_SPLIT = Pattern.compile(
            "\\s*(?:[,;\\n]|\\s+phối hợp(?: với)?\\s+|\\s+cùng(?: với)?(?: các)?\\s+)\\s*", CI);

    private final CatalogueView catalogue;
    private final PlanDocument plan = new PlanDocument();
    private final List<ImportNotice> warnings = new ArrayList<>();
    private final Map<PlanAction, String> responsible = new IdentityHashMap<>();

    private Zone zone = Zone.HEADER;
    private Sub sub = Sub.NONE;
    private int titleLines = 0;
    private boolean sawTitle = false;
    private boolean inspection = false;
    private Map<Col, Integer> columns;
    private int columnsTable = -1;
    private PlanRow row;
    private PlanAction action;
    private Block lastRow;
    private Duty duty;
    private Proposal proposal;
    private YearGoal yearGoal;
    private boolean bieu2 = false;
    private boolean nextIsRow = false;
    /** Columns of the TT 57 section VI table (Thời điểm, Nội dung, …) once its header row was read. */
    private Map<String, Integer> reviewColumns;
    private PlannedReview review;
    private String reviewField;

    PlanParser(CatalogueView catalogue) {
        this.catalogue = catalogue;
    }

    PlanDocument plan() {
        return plan;
    }

    List<ImportNotice> warnings() {
        return warnings;
    }

    /** Reads every block; @throws ImportException NOT_A_PLAN or NO_PLAN */
    PlanDocument parse(List<Block> blocks) {
        plan.setRegimeId(catalogue.regimeId);
        plan.setAppendix(catalogue.appendix);
        plan.setCatalogueVersion(catalogue.version);
        plan.setPlanForm(catalogue.form);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            nextIsRow = i + 1 < blocks.size() && blocks.get(i + 1).isRow();
            if (b.isRow()) {
                row(b);
            } else {
                line(b.line);
            }
        }
        if (inspection) {
            throw new ImportException(ImportException.NOT_A_PLAN);
        }
        if (plan.getRows().isEmpty() && plan.getPurposes().isEmpty() && plan.getLegalBases().isEmpty()
                && plan.getBaseline().isEmpty() && plan.getDuties().isEmpty() && !sawTitle) {
            throw new ImportException(ImportException.NO_PLAN);
        }
        if (bieu2) {
            plan.setPlanForm(PlanForm.BIEU_2);
        }
        checkYears(blocks);
        return plan;
    }

    // ------------------------------------------------------------------ lines

    private void line(Unit u) {
        String t = u.text;
        String f = u.folded();
        if (t.isEmpty()) {
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        if (f.contains("kiem tra ke hoach") && zone.ordinal() <= Zone.TITLE.ordinal() || f.startsWith("nhan xet cua doan kiem tra")
                || f.startsWith("bien ban kiem tra")) {
            inspection = true;
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        Matcher roman = ROMAN.matcher(t);
        if (roman.matches() && isSectionTitle(roman.group(2))) {
            enterSection(Texts.fold(roman.group(2)));
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        if (f.startsWith("noi nhan")) {
            zone = Zone.RECIPIENTS;
            endTable();
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        if (zone.ordinal() > Zone.TITLE.ordinal() && isSignerTitle(f)) {
            Matcher prefix = AUTHORITY.matcher(t);
            if (prefix.find()) {
                plan.getHeader().setSignerAuthority(prefix.group(1).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s", "") + ".");
                plan.getHeader().setSignerAuthorityTitle(t.substring(prefix.end()).strip());
                u.assign("header.signerAuthority", Confidence.HIGH);
            } else {
                plan.getHeader().setSignerTitle(t);
                u.assign("header.signerTitle", Confidence.HIGH);
            }
            zone = Zone.SIGNATURE;
            endTable();
            return;
        }
        if (f.startsWith("tong du kien kinh phi") || f.startsWith("tong kinh phi") || f.startsWith("tong cong")) {
            // A total the exporter computes from the actions: structure, not content.
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        if (f.startsWith("tren day la")) {
            plan.setImplementationNotes(Texts.join(plan.getImplementationNotes(), t));
            u.assign("implementationNotes", Confidence.HIGH);
            return;
        }
        if (zone.ordinal() <= Zone.TITLE.ordinal() && headerLine(u, t, f)) {
            return;
        }
        if (zone.ordinal() <= Zone.TITLE.ordinal() && f.startsWith("can cu")) {
            zone = Zone.LEGAL;
        }
        switch (zone) {
            case HEADER -> { }
            case TITLE -> titleLine(u, t);
            case PURPOSES -> {
                plan.getPurposes().add(Texts.unbullet(stripNumber(t)));
                u.assign("purposes[" + (plan.getPurposes().size() - 1) + "]", Confidence.HIGH);
            }
            case LEGAL -> {
                plan.getLegalBases().add(legalBasis(t));
                u.assign("legalBases[" + (plan.getLegalBases().size() - 1) + "]", Confidence.HIGH);
            }
            case GENERAL -> generalLine(u, t, f);
            case ASSESSMENT -> assessmentLine(u, t, f);
            case MONITORING -> monitoringLine(u, t);
            case MECHANISM -> {
                plan.setSolutionSupervision(appendParagraph(plan.getSolutionSupervision(), t));
                u.assign("solutionSupervision", Confidence.HIGH);
            }
            case GOALS -> goalLine(u, t, f);
            case SOLUTIONS -> solutionLine(u, t, f);
            case DUTIES -> dutyLine(u, t);
            case PROPOSALS -> proposalLine(u, t);
            case RECIPIENTS -> recipientLine(u, t, f);
            case SIGNATURE -> signatureLine(u, t, f);
            case TABLE -> tableLine(u);
            default -> { }
        }
    }

    private static boolean isSectionTitle(String rest) {
        String f = Texts.fold(rest);
        return rest.length() <= 150 && !f.isEmpty() && Character.isLetter(f.charAt(0));
    }

    private void enterSection(String f) {
        endTable();
        sub = Sub.NONE;
        reviewColumns = null;
        review = null;
        if (f.startsWith("thong tin chung")) {
            // TT 57 Biểu 2 I: the school's own text, and often its self-assessment results and goals.
            zone = Zone.GENERAL;
        } else if (f.startsWith("co che theo doi")) {
            // TT 57 Biểu 2 VIII "Cơ chế theo dõi, đánh giá": the 2018 plan's "Kiểm tra, giám sát".
            zone = Zone.MECHANISM;
        } else if (f.startsWith("theo doi")) {
            // TT 57 Biểu 2 VI "Theo dõi, đánh giá": TT | Thời điểm | Nội dung | Kết quả | Điều chỉnh | Người đánh giá.
            zone = Zone.MONITORING;
        } else if (f.contains("muc dich")) {
            zone = Zone.PURPOSES;
        } else if (f.startsWith("can cu")) {
            zone = Zone.LEGAL;
        } else if (f.contains("thuc trang") || f.contains("tu danh gia")) {
            zone = Zone.ASSESSMENT;
        } else if (f.contains("trong tam")) {
            zone = Zone.PRIORITY;
        } else if (f.contains("noi dung ke hoach") || f.contains("noi dung cai tien")) {
            zone = Zone.TABLE;
        } else if (f.contains("ke hoach cai tien") || f.contains("muc tieu")) {
            zone = Zone.GOALS;
        } else if (f.contains("giai phap")) {
            zone = Zone.SOLUTIONS;
            sub = Sub.DIRECTION;
        } else if (f.contains("to chuc thuc hien")) {
            zone = Zone.DUTIES;
            duty = null;
        } else if (f.contains("de xuat") || f.contains("kien nghi")) {
            zone = Zone.PROPOSALS;
            proposal = null;
        } else {
            zone = Zone.OTHER;
        }
    }

    private static final Pattern SIGNER = Pattern.compile("^(?:(?:kt|tm|q|ttl)\\.?\\s*)?(?:pho )?(?:hieu truong|chu tich hoi dong(?: tu danh gia)?|giam doc)\\.?$");
    private static final Pattern AUTHORITY = Pattern.compile("^\\s*(KT|TM|Q|TTL)\\s*\\.?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL = Pattern.compile("^(?:tong cong|cong|tong so|tong kinh phi|tong du kien kinh phi|tong)\\s*:?$");
    private static final Pattern GROUP = Pattern.compile("^(?:muc|cap do|muc do)\\s*[\\d,\\s]+$");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:\\d{1,2}|[a-zđ])[.)]\\s+");

    private static boolean isSignerTitle(String f) {
        return SIGNER.matcher(f).matches();
    }

    /** @return whether the line was one of the header block's fields */
    private boolean headerLine(Unit u, String t, String f) {
        if (f.contains("cong hoa xa hoi chu nghia") || f.startsWith("doc lap")) {
            u.assign("header.motto", Confidence.HIGH, ImportFlag.STRUCTURE);
            return true;
        }
        Matcher n = NUMBER.matcher(t);
        if (n.matches()) {
            if (!n.group(1).isEmpty()) {
                plan.getHeader().setNumber(Integer.valueOf(n.group(1)));
            }
            plan.getHeader().setSymbol(n.group(2).replaceAll("\\s+", "").replaceAll("[.;]+$", ""));
            u.assign("header.number", Confidence.HIGH);
            return true;
        }
        Matcher d = DATE_WORDS.matcher(t);
        if (!d.find()) {
            d = DATE_SLASH.matcher(t);
            if (!d.find()) {
                d = null;
            }
        }
        if (d != null) {
            String place = d.group(1).replaceAll("[.…,\\s]+$", "").strip();
            if (!place.isEmpty() && !place.matches("[.…\\s]*")) {
                plan.getHeader().setPlace(place);
            }
            try {
                plan.getHeader().setDate(LocalDate.of(Integer.parseInt(d.group(4)), Integer.parseInt(d.group(3)),
                        Integer.parseInt(d.group(2))));
                u.assign("header.date", Confidence.HIGH);
            } catch (DateTimeException e) {
                u.assign("header.date", Confidence.LOW);
            }
            return true;
        }
        if (zone == Zone.HEADER && f.equals("ke hoach")) {
            zone = Zone.TITLE;
            sawTitle = true;
            u.assign("header.title", Confidence.HIGH, ImportFlag.STRUCTURE);
            return true;
        }
        if (zone == Zone.HEADER && f.startsWith("ke hoach ")) {
            zone = Zone.TITLE;
            sawTitle = true;
            titleLine(u, afterKeHoach(t));
            return true;
        }
        if (zone == Zone.HEADER && isUpper(t)) {
            if (f.startsWith("truong") || (!plan.getHeader().getParentBody().isEmpty() && plan.getHeader().getIssuingBody().isEmpty())) {
                plan.getHeader().setIssuingBody(Texts.join(plan.getHeader().getIssuingBody(), t));
                u.assign("header.issuingBody", Confidence.HIGH);
            } else if (plan.getHeader().getParentBody().isEmpty()) {
                plan.getHeader().setParentBody(t);
                u.assign("header.parentBody", Confidence.HIGH);
            } else {
                return false;
            }
            return true;
        }
        return false;
    }

    private static String afterKeHoach(String t) {
        String[] words = t.split("\\s+", 3);
        return words.length == 3 ? words[2] : t;
    }

    private static boolean isUpper(String t) {
        int letters = 0;
        int upper = 0;
        for (char c : t.toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 3 && upper >= letters * 0.8 && t.length() <= 120;
    }

    private void titleLine(Unit u, String t) {
        if (titleLines >= 3) {
            zone = Zone.OTHER;
            return;
        }
        titleLines++;
        plan.getHeader().setTitle(Texts.join(plan.getHeader().getTitle(), t.replace('\n', ' ')));
        if (plan.getHeader().getPeriod() == null && SCHOOL_YEAR.matcher(t).find()) {
            try {
                plan.getHeader().setPeriod(PlanPeriod.parse(t));
            } catch (IllegalArgumentException e) {
                u.flag(ImportFlag.YEAR_MISMATCH, Confidence.LOW);
            }
        }
        u.assign("header.title", Confidence.HIGH);
    }

    private LegalBasis legalBasis(String t) {
        String text = Texts.unbullet(stripNumber(t));
        String f = Texts.fold(text);
        LegalBasis b = new LegalBasis();
        b.setText(text);
        if (f.contains("tu danh gia")) {
            b.setKind(LegalBasisKind.SELF_ASSESSMENT_REPORT);
        } else if (f.contains("danh gia ngoai")) {
            b.setKind(LegalBasisKind.EXTERNAL_ASSESSMENT_REPORT);
        } else if (f.contains("ket qua thuc hien")) {
            b.setKind(LegalBasisKind.PREVIOUS_RESULTS);
        } else if (f.contains("chu truong") || f.contains("dinh huong") || f.contains("tinh hinh")) {
            b.setKind(LegalBasisKind.LOCAL_DIRECTION);
        } else {
            b.setKind(LegalBasisKind.LEGAL_DOCUMENT);
        }
        if (b.getKind() == LegalBasisKind.SELF_ASSESSMENT_REPORT) {
            Matcher m = YEARS_RANGE.matcher(text);
            if (m.find()) {
                b.setPeriodFrom(Integer.valueOf(m.group(1)));
                b.setPeriodTo(Integer.valueOf(m.group(2)));
            }
        }
        if (b.getKind() == LegalBasisKind.LEGAL_DOCUMENT) {
            Matcher m = DOC_NUMBER.matcher(text);
            if (m.find()) {
                b.setNumber(m.group(1));
            }
            Matcher d = Pattern.compile("ngày\\s*(\\d{1,2})\\s*(?:/|tháng)\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})", CI).matcher(text);
            if (d.find()) {
                try {
                    b.setDate(LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1))));
                } catch (DateTimeException e) {
                    // an impossible date stays in the text only
                }
            }
            Matcher i = Pattern.compile("của\\s+(.+?)(?:\\s+(?:ban hành|về việc|V/v|hướng dẫn)\\b|[;.]|$)", CI).matcher(text);
            if (i.find()) {
                b.setIssuer(i.group(1).strip());
            }
        }
        return b;
    }

    private void assessmentLine(Unit u, String t, String f) {
        if (f.startsWith("muc dat cua nha truong") && t.contains(":")) {
            plan.setStatedSchoolLevel(afterColon(t));
            u.assign("statedSchoolLevel", Confidence.HIGH);
            return;
        }
        if (f.startsWith("kiem dinh chat luong") && t.contains(":")) {
            plan.setStatedAccreditation(afterColon(t));
            u.assign("statedAccreditation", Confidence.HIGH);
            return;
        }
        if (f.contains("chuan quoc gia") && t.contains(":")) {
            plan.setStatedNationalStandard(afterColon(t));
            u.assign("statedNationalStandard", Confidence.HIGH);
            return;
        }
        if (f.startsWith("ket luan") && t.contains(":")) {
            plan.setStatedAccreditation(afterColon(t));
            u.assign("statedAccreditation", Confidence.HIGH);
            return;
        }
        Matcher a = ARABIC.matcher(t);
        if (a.matches() && a.group(2).length() <= 120) {
            String h = Texts.fold(a.group(2));
            if (h.contains("muc 4")) {
                sub = Sub.LEVEL4;
            } else if (h.contains("diem manh")) {
                sub = Sub.STRENGTHS;
            } else if (h.contains("han che") || h.contains("diem yeu") || h.contains("ton tai")) {
                sub = Sub.WEAKNESSES;
            } else if (h.contains("muc 1") || h.contains("ket qua tu danh gia") || h.contains("ket qua danh gia")) {
                sub = Sub.BASELINE;
            } else if (sub == Sub.STRENGTHS || sub == Sub.WEAKNESSES) {
                appendAssessment(u, t);
                return;
            }
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            return;
        }
        if (sub == Sub.STRENGTHS || sub == Sub.WEAKNESSES) {
            appendAssessment(u, t);
        } else if ((t.endsWith(":") || Texts.fold(Texts.unbullet(t)).startsWith("danh gia")) && t.length() <= 120) {
            u.assign(STRUCTURE, Confidence.MEDIUM, ImportFlag.STRUCTURE);
        }
    }

    private void appendAssessment(Unit u, String t) {
        if (sub == Sub.STRENGTHS) {
            plan.setStrengths(appendParagraph(plan.getStrengths(), t));
            u.assign("strengths", Confidence.HIGH);
        } else {
            plan.setWeaknesses(appendParagraph(plan.getWeaknesses(), t));
            u.assign("weaknesses", Confidence.HIGH);
        }
        if (Texts.startsLower(t)) {
            u.flag(ImportFlag.CONTINUATION, Confidence.MEDIUM);
        }
    }

    private static String appendParagraph(String existing, String t) {
        if (existing.isEmpty()) {
            return t;
        }
        return existing + (Texts.startsLower(t) ? " " : "\n") + t;
    }

    /**
     * A numbered "Mục tiêu…" heading: what follows its colon is the overall goal, otherwise it only opens the part
     * where the goals follow.
     */
    private void goalsHeading(Unit u, String heading) {
        sub = Sub.OVERALL;
        String rest = heading.contains(":") ? afterColon(heading) : "";
        if (!rest.isEmpty()) {
            plan.setOverallGoal(appendParagraph(plan.getOverallGoal(), rest));
            u.assign("overallGoal", Confidence.HIGH);
        } else {
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
        }
    }

    private static String afterColon(String t) {
        return t.substring(t.lastIndexOf(':') + 1).strip().replaceAll("[.;]+$", "");
    }

    /**
     * TT 57 Biểu 2 I "Thông tin chung": the line with the school's name and period (printed from the header, so
     * structure), the school's own text, and numbered parts for the self-assessment results and the goals as the
     * export writes them.
     */
    private void generalLine(Unit u, String t, String f) {
        if (sub == Sub.NONE && f.startsWith("ten truong") && t.contains(":")) {
            if (plan.getHeader().getIssuingBody().isEmpty()) {
                String name = t.substring(t.indexOf(':') + 1).split(";")[0].strip();
                plan.getHeader().setIssuingBody(name);
                u.assign("header.issuingBody", Confidence.MEDIUM);
            } else {
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            }
            return;
        }
        Matcher a = ARABIC.matcher(t);
        if (a.matches() && a.group(2).length() <= 120) {
            String h = Texts.fold(a.group(2));
            if (h.startsWith("muc tieu")) {
                goalsHeading(u, a.group(2));
                return;
            }
            if (h.contains("muc 4") || h.contains("diem manh") || h.contains("han che") || h.contains("diem yeu")
                    || h.contains("ket qua tu danh gia") || h.contains("ket qua danh gia")) {
                assessmentLine(u, t, f);
                return;
            }
        }
        switch (sub) {
            case NONE -> {
                if (f.startsWith("muc dat cua nha truong") || f.startsWith("kiem dinh chat luong")
                        || f.startsWith("chuan quoc gia")) {
                    assessmentLine(u, t, f);
                    if (u.assigned()) {
                        return;
                    }
                }
                plan.setGeneralInformation(appendParagraph(plan.getGeneralInformation(), t));
                u.assign("generalInformation", Confidence.HIGH);
            }
            case OVERALL -> {
                plan.setOverallGoal(appendParagraph(plan.getOverallGoal(), t));
                u.assign("overallGoal", Confidence.HIGH);
            }
            default -> {
                assessmentLine(u, t, f);
                if (!u.assigned()) {
                    // Prose about the results that is none of their parts: kept with the general information.
                    plan.setGeneralInformation(appendParagraph(plan.getGeneralInformation(), t));
                    u.assign("generalInformation", Confidence.MEDIUM);
                }
            }
        }
    }

    /**
     * Text in TT 57 Biểu 2 VI outside its table: a cell's further paragraph between two rows of Word's text goes to
     * the cell above; other prose describes how the plan is followed up, which is the monitoring mechanism (VIII).
     */
    private void monitoringLine(Unit u, String t) {
        if (review != null && reviewField != null && nextIsRow) {
            String path = "plannedReviews[" + (plan.getPlannedReviews().size() - 1) + "]." + reviewField;
            setReviewField(review, reviewField, Texts.join(reviewValue(review, reviewField), t));
            u.assign(path, Confidence.MEDIUM, ImportFlag.CONTINUATION);
            return;
        }
        plan.setSolutionSupervision(appendParagraph(plan.getSolutionSupervision(), t));
        u.assign("solutionSupervision", Confidence.MEDIUM);
    }

    /** TT 57 Biểu 2 VI: TT | Thời điểm | Nội dung | Kết quả | Điều chỉnh | Người đánh giá, header and lines. */
    private boolean monitoringRow(Block b, List<Unit> units) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int c = 0; c < b.cells.size(); c++) {
            Unit u = b.cell(c);
            if (u == null || u.text.length() > 40) {
                continue;
            }
            String f = u.folded().replaceAll("\\(.*\\)", "").strip();
            String key = f.equals("tt") || f.equals("stt") ? "tt" : f.startsWith("thoi diem") || f.startsWith("thoi gian") ? "time"
                    : f.startsWith("noi dung") ? "content" : f.startsWith("ket qua") ? "result"
                    : f.startsWith("dieu chinh") ? "adjustment"
                    : f.startsWith("nguoi danh gia") || f.startsWith("nguoi thuc hien") || f.startsWith("chu tri") ? "reviewer"
                    : null;
            if (key != null) {
                m.putIfAbsent(key, c);
            }
        }
        if (m.size() >= 3 && m.containsKey("time") && m.containsKey("content")) {
            reviewColumns = m;
            review = null;
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return true;
        }
        if (reviewColumns == null) {
            return false;
        }
        if (isColumnNumberRow(units)) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return true;
        }
        // A line without its own number and time, starting in lower case, is the line above split by a page break.
        Integer ttColumn = reviewColumns.get("tt");
        Integer timeColumn = reviewColumns.get("time");
        boolean continuation = review != null && (ttColumn == null || b.text(ttColumn).isEmpty())
                && (timeColumn == null || b.text(timeColumn).isEmpty())
                && units.stream().allMatch(x -> Texts.startsLower(x.text));
        if (!continuation) {
            review = new PlannedReview();
            plan.getPlannedReviews().add(review);
        }
        String path = "plannedReviews[" + (plan.getPlannedReviews().size() - 1) + "].";
        for (int c = 0; c < b.cells.size(); c++) {
            Unit u = b.cell(c);
            if (u == null) {
                continue;
            }
            int column = c;
            String role = reviewColumns.entrySet().stream().filter(e -> e.getValue() == column)
                    .map(Map.Entry::getKey).findFirst().orElse("");
            if (role.equals("tt")) {
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            } else if (!role.isEmpty()) {
                setReviewField(review, role, continuation ? Texts.join(reviewValue(review, role), u.text) : u.text);
                reviewField = role;
                if (continuation) {
                    u.assign(path + role, Confidence.MEDIUM, ImportFlag.CONTINUATION);
                } else {
                    u.assign(path + role, Confidence.HIGH);
                }
            } else {
                // A column the form does not have: kept with the content, flagged for the reviewer.
                review.setContent(Texts.join(review.getContent(), u.text));
                u.assign(path + "content", Confidence.LOW);
            }
        }
        return true;
    }

    private static String reviewValue(PlannedReview r, String field) {
        return switch (field) {
            case "time" -> r.getTime();
            case "content" -> r.getContent();
            case "result" -> r.getResult();
            case "adjustment" -> r.getAdjustment();
            default -> r.getReviewer();
        };
    }

    private static void setReviewField(PlannedReview r, String field, String value) {
        switch (field) {
            case "time" -> r.setTime(value);
            case "content" -> r.setContent(value);
            case "result" -> r.setResult(value);
            case "adjustment" -> r.setAdjustment(value);
            default -> r.setReviewer(value);
        }
    }

    private void goalLine(Unit u, String t, String f) {
        Matcher a = ARABIC.matcher(t);
        if (a.matches() && a.group(2).length() <= 120) {
            String h = Texts.fold(a.group(2));
            Matcher sy = SCHOOL_YEAR.matcher(a.group(2));
            if (sy.find() && h.contains("nam hoc")) {
                yearGoal = new YearGoal();
                yearGoal.setSchoolYear(sy.group(1) + "-" + sy.group(2));
                plan.getYearGoals().add(yearGoal);
                sub = Sub.YEAR;
                u.assign("yearGoals[" + (plan.getYearGoals().size() - 1) + "].schoolYear", Confidence.HIGH);
                return;
            }
            if (h.startsWith("muc tieu")) {
                goalsHeading(u, a.group(2));
                return;
            }
            if (h.startsWith("ke hoach")) {
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
                return;
            }
        }
        if (sub == Sub.YEAR && yearGoal != null) {
            yearGoal.setText(appendParagraph(yearGoal.getText(), t));
            u.assign("yearGoals[" + (plan.getYearGoals().size() - 1) + "].text", Confidence.HIGH);
        } else {
            plan.setOverallGoal(appendParagraph(plan.getOverallGoal(), t));
            u.assign("overallGoal", sub == Sub.OVERALL ? Confidence.HIGH : Confidence.MEDIUM);
        }
    }

    private void solutionLine(Unit u, String t, String f) {
        Matcher a = ARABIC.matcher(t);
        if (a.matches() && a.group(2).length() <= 150) {
            String h = Texts.fold(a.group(2));
            Sub next = h.contains("cu the") ? Sub.SPECIFIC
                    : h.contains("chinh sach") || h.contains("kinh phi") || h.contains("tai chinh") ? Sub.FUNDING
                    : h.contains("kiem tra") || h.contains("giam sat") ? Sub.SUPERVISION
                    : h.contains("chi dao") || h.contains("tuyen truyen") ? Sub.DIRECTION : null;
            if (next != null) {
                sub = next;
                endTable();
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
                return;
            }
        }
        switch (sub) {
            case FUNDING -> {
                plan.setSolutionFunding(appendParagraph(plan.getSolutionFunding(), t));
                u.assign("solutionFunding", Confidence.HIGH);
            }
            case SUPERVISION -> {
                plan.setSolutionSupervision(appendParagraph(plan.getSolutionSupervision(), t));
                u.assign("solutionSupervision", Confidence.HIGH);
            }
            case SPECIFIC -> tableLine(u);
            default -> {
                plan.setSolutionDirection(appendParagraph(plan.getSolutionDirection(), t));
                u.assign("solutionDirection", Confidence.HIGH);
            }
        }
    }

    private void dutyLine(Unit u, String t) {
        Matcher a = ARABIC.matcher(t);
        int index;
        if (a.matches() && !a.group(1).contains(".")) {
            // TT 57 Biểu 2 VII opens with the direction and funding parts the 2018 plan has under "Giải pháp".
            String h = Texts.fold(a.group(2));
            if (h.startsWith("cong tac chi dao") || h.startsWith("chinh sach, nguon kinh phi")) {
                sub = h.startsWith("cong tac") ? Sub.DIRECTION : Sub.FUNDING;
                duty = null;
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
                return;
            }
            sub = Sub.NONE;
        } else if (sub == Sub.DIRECTION || sub == Sub.FUNDING) {
            if (sub == Sub.DIRECTION) {
                plan.setSolutionDirection(appendParagraph(plan.getSolutionDirection(), t));
                u.assign("solutionDirection", Confidence.HIGH);
            } else {
                plan.setSolutionFunding(appendParagraph(plan.getSolutionFunding(), t));
                u.assign("solutionFunding", Confidence.HIGH);
            }
            return;
        }
        if (a.matches() && !a.group(1).contains(".")) {
            duty = new Duty();
            plan.getDuties().add(duty);
            index = plan.getDuties().size() - 1;
            String rest = a.group(2).strip();
            if (rest.length() <= 90 && !rest.endsWith(".")) {
                duty.setRole(rest);
                u.assign("duties[" + index + "].role", Confidence.HIGH);
                return;
            }
            duty.setText(rest);
        } else {
            if (duty == null) {
                duty = new Duty();
                plan.getDuties().add(duty);
            }
            index = plan.getDuties().size() - 1;
            duty.setText(appendParagraph(duty.getText(), t));
        }
        Matcher dl = DEADLINE.matcher(t);
        if (dl.find() && duty.getDeadline().isEmpty()) {
            duty.setDeadline(dl.group(1));
        }
        u.assign("duties[" + index + "].text", Confidence.HIGH);
    }

    private void proposalLine(Unit u, String t) {
        Matcher a = ARABIC.matcher(t);
        if (a.matches() && a.group(2).length() <= 100 && !a.group(2).endsWith(".")) {
            proposal = new Proposal();
            proposal.setBody(a.group(2).strip());
            plan.getProposals().add(proposal);
            u.assign("proposals[" + (plan.getProposals().size() - 1) + "].body", Confidence.HIGH);
            return;
        }
        String f = u.folded();
        if (t.length() <= 80 && !t.endsWith(".") && (proposal == null || !proposal.getText().isEmpty())
                && f.matches("^(?:uy ban|ubnd|so |phong |bo |hoi dong|cong an|truong ).*")) {
            proposal = new Proposal();
            proposal.setBody(t);
            plan.getProposals().add(proposal);
            u.assign("proposals[" + (plan.getProposals().size() - 1) + "].body", Confidence.MEDIUM);
            return;
        }
        if (proposal == null) {
            proposal = new Proposal();
            plan.getProposals().add(proposal);
        }
        proposal.setText(appendParagraph(proposal.getText(), t));
        u.assign("proposals[" + (plan.getProposals().size() - 1) + "].text", Confidence.HIGH);
    }

    private void recipientLine(Unit u, String t, String f) {
        if (Texts.fold(Texts.unbullet(t)).startsWith("luu")) {
            plan.getHeader().setArchive(afterColon(t));
            u.assign("header.archive", Confidence.HIGH);
            return;
        }
        if (looksLikeName(t)) {
            plan.getHeader().setSignerName(t);
            u.assign("header.signerName", Confidence.MEDIUM);
            return;
        }
        String name = Texts.unbullet(t).replaceAll("[;.,]+$", "").strip();
        Recipient r = new Recipient();
        Matcher m = Pattern.compile("^(.*?)\\s*\\(?\\s*(để\\s.*?)\\)?$", CI).matcher(name);
        if (m.matches() && !m.group(1).isEmpty()) {
            r.setName(m.group(1).replaceAll("[;,]+$", "").strip());
            r.setPurpose(m.group(2).strip());
        } else {
            r.setName(name);
        }
        plan.getHeader().getRecipients().add(r);
        u.assign("header.recipients[" + (plan.getHeader().getRecipients().size() - 1) + "]", Confidence.HIGH);
    }

    private void signatureLine(Unit u, String t, String f) {
        if (looksLikeName(t) && plan.getHeader().getSignerName().isEmpty()) {
            plan.getHeader().setSignerName(t);
            u.assign("header.signerName", Confidence.HIGH);
        } else if (f.startsWith("(") || f.startsWith("da ky")) {
            u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
        }
    }

    private static boolean looksLikeName(String t) {
        String[] words = t.strip().split("\\s+");
        if (words.length < 2 || words.length > 6 || t.length() > 50) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}\\p{L}*")) {
                return false;
            }
        }
        String f = Texts.fold(t);
        return !f.contains("truong") && !f.contains("ban") && !f.contains("phong") && !f.contains("hoi dong")
                && !f.contains("website") && !f.contains("ubnd");
    }

    private static String stripNumber(String t) {
        return LIST_NUMBER.matcher(t).replaceFirst("");
    }

    /** A paragraph between two table rows: Word put a cell's second paragraph on its own line. */
    private void tableLine(Unit u) {
        if (lastRow != null && action != null && nextIsRow) {
            appendToLastCell(u);
        }
    }

    // ------------------------------------------------------------------ rows

    private void row(Block b) {
        if (columns != null && b.table != columnsTable) {
            endTable();
        }
        List<Unit> units = b.units();
        if (units.stream().allMatch(u -> u.text.isEmpty())) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return;
        }
        Map<Col, Integer> header = headerColumns(b);
        if (header != null) {
            columns = header;
            columnsTable = b.table;
            if (header.containsKey(Col.OBJECTIVE) || header.containsKey(Col.INDICATOR) || header.containsKey(Col.EVIDENCE)) {
                bieu2 = true;
            }
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return;
        }
        if (isColumnNumberRow(units)) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return;
        }
        if (columns == null && (zone == Zone.ASSESSMENT || zone == Zone.GENERAL) && assessmentRow(b, units)) {
            return;
        }
        if (columns == null && zone == Zone.MONITORING && monitoringRow(b, units)) {
            return;
        }
        if (columns == null && zone == Zone.PRIORITY && priorityRow(b, units)) {
            return;
        }
        if (columns == null && looksLikePlanRow(b)) {
            columns = Col.default2018();
            columnsTable = b.table;
        }
        if (columns == null) {
            for (Unit u : units) {
                line(u);
            }
            return;
        }
        if (zone.ordinal() <= Zone.TITLE.ordinal()) {
            zone = Zone.TABLE;
        }
        planRow(b, units);
        lastRow = b;
    }

    private void endTable() {
        columns = null;
        columnsTable = -1;
        lastRow = null;
    }

    private static Map<Col, Integer> headerColumns(Block b) {
        Map<Col, Integer> m = new EnumMap<>(Col.class);
        for (int c = 0; c < b.cells.size(); c++) {
            Unit u = b.cells.get(c);
            if (u == null) {
                continue;
            }
            if (u.text.length() > 60) {
                return null;
            }
            Col col = Col.of(u.text);
            if (col != null && !m.containsKey(col)) {
                m.put(col, c);
            }
        }
        boolean plan = m.size() >= 3 && (m.containsKey(Col.CRITERION) || m.containsKey(Col.ACTION))
                && (m.containsKey(Col.ACTION) || m.containsKey(Col.RESPONSIBLE) || m.containsKey(Col.TIME));
        return plan ? m : null;
    }

    private static boolean isColumnNumberRow(List<Unit> units) {
        return units.size() >= 3 && units.stream().allMatch(u -> u.text.matches("\\(?\\s*\\d{1,2}\\s*\\)?"));
    }

    private static boolean looksLikePlanRow(Block b) {
        if (b.units().size() < 4) {
            return false;
        }
        for (int c = 0; c <= 2; c++) {
            if (!codes(b.text(c)).codes.isEmpty() && Texts.fold(b.text(c)).startsWith("tieu chi")) {
                return true;
            }
        }
        return false;
    }

    /** The baseline table (criteria × Không đạt / Mức 1-3 / unmet) and the Mức 4 table of a self-assessment section. */
    private boolean assessmentRow(Block b, List<Unit> units) {
        String first = b.text(0);
        String f = Texts.fold(first);
        Matcher crit = Pattern.compile("^tieu chi\\s*(\\d)\\s*\\.\\s*(\\d{1,2})\\s*\\.?$").matcher(f);
        Matcher l4 = Pattern.compile("^tieu chi\\s*(\\d)\\s*\\.?$").matcher(f);
        if (crit.matches()) {
            BaselineEntry e = new BaselineEntry();
            e.setCriterionCode(crit.group(1) + "." + Integer.parseInt(crit.group(2)));
            plan.getBaseline().add(e);
            String path = "baseline[" + (plan.getBaseline().size() - 1) + "]";
            Unit head = b.cell(0);
            head.assign(path + ".criterionCode", Confidence.HIGH);
            if (catalogue.known() && catalogue.criterion(e.getCriterionCode()) == null) {
                head.flag(ImportFlag.UNKNOWN_CRITERION, Confidence.LOW);
            }
            for (int c = 1; c < b.cells.size(); c++) {
                Unit u = b.cell(c);
                if (u == null) {
                    continue;
                }
                if (u.text.equalsIgnoreCase("x") && c <= 4) {
                    e.setLevel(c - 1);
                    u.assign(path + ".level", Confidence.HIGH);
                } else {
                    e.setUnmet(Texts.join(e.getUnmet(), u.text));
                    u.assign(path + ".unmet", Confidence.HIGH);
                }
            }
            return true;
        }
        if (l4.matches() && sub == Sub.LEVEL4) {
            int n = Integer.parseInt(l4.group(1));
            Level4Entry e = new Level4Entry();
            e.setCode(n >= 1 && n <= catalogue.level4.size() ? catalogue.level4.get(n - 1).code() : "Điều 22." + n);
            plan.getLevel4().add(e);
            String path = "level4[" + (plan.getLevel4().size() - 1) + "]";
            b.cell(0).assign(path + ".code", Confidence.HIGH);
            for (int c = 1; c < b.cells.size(); c++) {
                Unit u = b.cell(c);
                if (u == null) {
                    continue;
                }
                if (u.text.equalsIgnoreCase("x") && c <= 2) {
                    e.setMet(c == 2);
                    u.assign(path + ".met", Confidence.HIGH);
                } else {
                    e.setAchieved(Texts.join(e.getAchieved(), u.text));
                    u.assign(path + ".achieved", Confidence.HIGH);
                }
            }
            return true;
        }
        if (f.startsWith("tieu chuan") && units.size() <= 2) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return true;
        }
        boolean header = units.stream().allMatch(u -> {
            String x = Texts.fold(u.text);
            return x.length() <= 40 && (x.contains("dat") || x.startsWith("muc") || x.startsWith("tieu chi")
                    || x.startsWith("tieu chuan") || x.startsWith("ket qua") || x.startsWith("noi dung"));
        });
        if (header) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return true;
        }
        return false;
    }

    private Map<String, Integer> priorityColumns;

    /** TT 57 Biểu 2 §IV: TT | Tiêu chuẩn | Tiêu chí (nếu có) | Đánh giá hiện trạng | Điểm hạn chế | Nguyên nhân. */
    private boolean priorityRow(Block b, List<Unit> units) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int c = 0; c < b.cells.size(); c++) {
            Unit u = b.cell(c);
            if (u == null || u.text.length() > 40) {
                continue;
            }
            String f = u.folded().replaceAll("\\(.*\\)", "").strip();
            String key = f.equals("tt") || f.equals("stt") ? "tt" : f.startsWith("tieu chuan") ? "std"
                    : f.startsWith("tieu chi") ? "crit" : f.contains("hien trang") ? "state"
                    : f.contains("han che") || f.contains("diem yeu") ? "weak" : f.contains("nguyen nhan") ? "cause" : null;
            if (key != null) {
                m.putIfAbsent(key, c);
            }
        }
        if (m.size() >= 3 && m.containsKey("weak")) {
            priorityColumns = m;
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return true;
        }
        if (priorityColumns == null || isColumnNumberRow(units)) {
            return false;
        }
        vn.edu.caitien.plan.api.PriorityProblem p = new vn.edu.caitien.plan.api.PriorityProblem();
        plan.getPriorityProblems().add(p);
        String path = "priorityProblems[" + (plan.getPriorityProblems().size() - 1) + "].";
        for (int c = 0; c < b.cells.size(); c++) {
            Unit u = b.cell(c);
            if (u == null) {
                continue;
            }
            String role = priorityColumns.entrySet().stream().filter(e -> e.getValue() == b.cells.indexOf(u))
                    .map(Map.Entry::getKey).findFirst().orElse("");
            switch (role) {
                case "tt" -> u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
                case "std" -> {
                    Matcher n = Pattern.compile("(\\d+)").matcher(u.text);
                    if (n.find()) {
                        p.setStandardNo(Integer.valueOf(n.group(1)));
                    }
                    u.assign(path + "standardNo", Confidence.HIGH);
                }
                case "crit" -> {
                    Refs refs = codes(u.text);
                    p.setCriterionCode(refs.codes().isEmpty() ? "" : refs.codes().get(0));
                    u.assign(path + "criterionCode", refs.codes().isEmpty() ? Confidence.LOW : Confidence.HIGH);
                    if (!refs.codes().isEmpty() && catalogue.known() && catalogue.criterion(refs.codes().get(0)) == null) {
                        u.flag(ImportFlag.UNKNOWN_CRITERION, Confidence.LOW);
                    }
                }
                case "state" -> {
                    p.setCurrentState(Texts.join(p.getCurrentState(), u.text));
                    u.assign(path + "currentState", Confidence.HIGH);
                }
                case "weak" -> {
                    p.setWeakness(Texts.join(p.getWeakness(), u.text));
                    u.assign(path + "weakness", Confidence.HIGH);
                }
                case "cause" -> {
                    p.setCause(Texts.join(p.getCause(), u.text));
                    u.assign(path + "cause", Confidence.HIGH);
                }
                default -> { }
            }
        }
        return true;
    }

    private String cellText(Block b, Col col) {
        Integer c = columns.get(col);
        return c == null ? "" : b.text(c);
    }

    private Unit cell(Block b, Col col) {
        Integer c = columns.get(col);
        return c == null ? null : b.cell(c);
    }

    private void planRow(Block b, List<Unit> units) {
        Unit critUnit = cell(b, Col.CRITERION);
        String crit = critUnit == null ? "" : critUnit.text;
        Unit ttUnit = cell(b, Col.TT);
        String critFold = Texts.fold(crit);
        // A row that spans the table (group row, standard row) may have its text in any column.
        if (units.size() <= 2) {
            for (Unit u : units) {
                String x = u.folded();
                if (GROUP.matcher(x).matches()) {
                    u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
                    Matcher lv = LEVEL.matcher(u.text);
                    if (lv.find() && u.text.replaceAll("[^\\d]", "").length() == 1) {
                        plan.setTargetLevel(Integer.valueOf(lv.group(1)));
                    }
                }
            }
            if (units.stream().allMatch(Unit::assigned)) {
                return;
            }
        }
        if (units.stream().anyMatch(u -> TOTAL.matcher(u.folded()).matches()) && codes(crit).codes().isEmpty()) {
            units.forEach(x -> x.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE));
            return;
        }
        Unit standard = units.stream().filter(u -> u.folded().startsWith("tieu chuan")).findFirst().orElse(null);
        if (standard != null && cellText(b, Col.ACTION).isEmpty()) {
            for (Unit u : units) {
                u.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            }
            return;
        }
        Refs refs = codes(crit);
        if (!refs.codes.isEmpty()) {
            criterionRow(b, critUnit, refs);
            if (ttUnit != null && ttUnit != critUnit) {
                ttUnit.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            }
            return;
        }
        if (!crit.isEmpty() && !Texts.startsLower(crit) && (ttUnit != null || row == null)) {
            // A criterion row without a readable code: keep it as a row the reviewer completes.
            PlanRow r = new PlanRow();
            r.setCriterionTitle(crit);
            plan.getRows().add(r);
            row = r;
            action = null;
            critUnit.assign(rowPath() + ".criterionTitle", Confidence.LOW, ImportFlag.UNKNOWN_CRITERION);
            if (ttUnit != null) {
                ttUnit.assign(STRUCTURE, Confidence.HIGH, ImportFlag.STRUCTURE);
            }
            targetCell(b);
            actionCells(b, false);
            return;
        }
        if (row == null) {
            return;
        }
        // A continuation row: merged cells (one more action) or a row split by a page break (appended).
        if (ttUnit != null && ttUnit != critUnit) {
            ttUnit.assign(STRUCTURE, Confidence.MEDIUM, ImportFlag.STRUCTURE);
        }
        if (critUnit != null) {
            if (row.getCriterionCode().isEmpty()) {
                row.setCriterionTitle(Texts.join(row.getCriterionTitle(), crit));
            }
            critUnit.assign(rowPath() + ".criterionTitle", Confidence.MEDIUM, ImportFlag.CONTINUATION);
        }
        Unit target = cell(b, Col.TARGET);
        if (target != null) {
            row.setTargetText(Texts.join(row.getTargetText(), target.text));
            target.assign(rowPath() + ".targetText", Confidence.MEDIUM, ImportFlag.CONTINUATION);
        }
        Unit objective = cell(b, Col.OBJECTIVE);
        if (objective != null) {
            row.setObjective(Texts.join(row.getObjective(), objective.text));
            objective.assign(rowPath() + ".objective", Confidence.MEDIUM, ImportFlag.CONTINUATION);
        }
        String desc = cellText(b, Col.ACTION);
        if (!desc.isEmpty() && !Texts.startsLower(desc) || action == null) {
            actionCells(b, true);
        } else {
            mergeCells(b);
        }
    }

    private void criterionRow(Block b, Unit critUnit, Refs refs) {
        String code = refs.codes.get(0);
        PlanRow existing = plan.getRows().stream().filter(r -> r.getCriterionCode().equals(code)).findFirst().orElse(null);
        if (existing != null) {
            row = existing;
        } else {
            row = new PlanRow();
            row.setCriterionCode(code);
            plan.getRows().add(row);
        }
        action = null;
        critUnit.assign(rowPath() + ".criterionCode", Confidence.HIGH);
        Criterion c = catalogue.criterion(code);
        if (c == null) {
            row.setCriterionTitle(refs.rest);
            if (catalogue.known()) {
                critUnit.flag(ImportFlag.UNKNOWN_CRITERION, Confidence.LOW);
            }
        } else {
            row.setStandardNo(c.standardNumber());
            row.setCriterionTitle(c.title());
            String rest = refs.rest;
            if (!rest.isEmpty() && Texts.similarity(rest, c.title()) < 0.5 && Texts.containment(rest, c.title()) < 0.75) {
                if (rest.length() > Math.max(100, 2 * c.title().length())) {
                    row.setCurrentState(Texts.join(row.getCurrentState(), rest));
                    critUnit.flag(ImportFlag.CURRENT_STATE_IN_CRITERION, Confidence.MEDIUM);
                } else {
                    critUnit.flag(ImportFlag.TITLE_MISMATCH, Confidence.MEDIUM);
                }
            }
        }
        targetCell(b);
        actionCells(b, false);
        if (refs.codes.size() > 1 && action != null) {
            action.setAlsoServes(String.join("; ", refs.codes.subList(1, refs.codes.size())));
            critUnit.flag(ImportFlag.SEVERAL_CRITERIA, Confidence.HIGH);
            for (String other : refs.codes.subList(1, refs.codes.size())) {
                if (catalogue.known() && catalogue.criterion(other) == null) {
                    critUnit.flag(ImportFlag.UNKNOWN_CRITERION, Confidence.LOW);
                }
            }
        }
    }

    private void targetCell(Block b) {
        Unit target = cell(b, Col.TARGET);
        if (target != null) {
            row.setTargetText(Texts.join(row.getTargetText(), target.text));
            Matcher lv = LEVEL.matcher(target.text);
            if (lv.find() && target.text.length() <= 40) {
                row.setTargetLevel(Integer.valueOf(lv.group(1)));
                target.assign(rowPath() + ".targetLevel", Confidence.HIGH);
            } else {
                target.assign(rowPath() + ".targetText", Confidence.MEDIUM, ImportFlag.FREE_TEXT_TARGET);
            }
        }
        Unit objective = cell(b, Col.OBJECTIVE);
        if (objective != null) {
            row.setObjective(Texts.join(row.getObjective(), objective.text));
            objective.assign(rowPath() + ".objective", Confidence.HIGH);
        }
    }

    private static final Col[] ACTION_COLS = {Col.ACTION, Col.RESPONSIBLE, Col.TIME, Col.BUDGET, Col.SUPPORT, Col.NOTES,
        Col.INDICATOR, Col.EVIDENCE, Col.DEGREE, Col.AMOUNT};

    /** Starts an action from the row's action cells (if any is filled). */
    private void actionCells(Block b, boolean extra) {
        boolean any = false;
        for (Col c : ACTION_COLS) {
            any |= cell(b, c) != null;
        }
        if (!any) {
            return;
        }
        action = new PlanAction();
        row.getActions().add(action);
        boolean hasOwn = cell(b, Col.RESPONSIBLE) != null || cell(b, Col.TIME) != null;
        for (Col c : ACTION_COLS) {
            Unit u = cell(b, c);
            if (u != null) {
                put(c, u, false);
                if (extra) {
                    u.flag(ImportFlag.EXTRA_ACTION, hasOwn ? Confidence.HIGH : Confidence.MEDIUM);
                }
            }
        }
    }

    /** Appends a page-break fragment to the current action. */
    private void mergeCells(Block b) {
        for (Col c : ACTION_COLS) {
            Unit u = cell(b, c);
            if (u != null) {
                put(c, u, true);
                u.flag(ImportFlag.CONTINUATION, Confidence.MEDIUM);
            }
        }
    }

    private void appendToLastCell(Unit u) {
        for (int i = ACTION_COLS.length - 1; i >= 0; i--) {
            Unit last = ACTION_COLS[i] == Col.AMOUNT ? null : cell(lastRow, ACTION_COLS[i]);
            if (last != null) {
                put(ACTION_COLS[i], u, true);
                u.flag(ImportFlag.CONTINUATION, Confidence.MEDIUM);
                return;
            }
        }
        put(Col.ACTION, u, true);
        u.flag(ImportFlag.CONTINUATION, Confidence.MEDIUM);
    }

    private void put(Col c, Unit u, boolean append) {
        String t = u.text;
        PlanAction a = action;
        String path = rowPath() + ".actions[" + (row.getActions().size() - 1) + "].";
        switch (c) {
            case ACTION -> {
                String d = append ? Texts.join(a.getDescription(), t) : Texts.unbullet(t);
                a.setDescription(d);
                u.assign(path + "description", Confidence.HIGH);
            }
            case RESPONSIBLE -> {
                String all = append ? Texts.join(responsible.getOrDefault(a, ""), t) : t;
                responsible.put(a, all);
                splitResponsible(a, all);
                u.assign(path + "leadText", Confidence.HIGH);
                String f = Texts.fold(all);
                if (f.equals("khong") || f.equals("khong co") || f.equals("-")) {
                    u.flag(ImportFlag.NOBODY_RESPONSIBLE, Confidence.LOW);
                }
            }
            case TIME -> {
                a.setTimeText(append ? Texts.join(a.getTimeText(), t) : t);
                u.assign(path + "timeText", Confidence.HIGH);
                if (!a.getTimeText().matches("(?s).*\\d.*")) {
                    u.flag(ImportFlag.NO_DATE_IN_TIME, Confidence.LOW);
                }
            }
            case BUDGET -> {
                a.setBudgetText(append ? Texts.join(a.getBudgetText(), t) : t);
                u.assign(path + "budgetText", Confidence.HIGH);
            }
            case SUPPORT -> {
                a.setSupport(append ? Texts.join(a.getSupport(), t) : t);
                u.assign(path + "support", Confidence.HIGH);
            }
            case NOTES -> {
                a.setNotes(append ? Texts.join(a.getNotes(), t) : t);
                u.assign(path + "notes", Confidence.HIGH);
            }
            case INDICATOR -> {
                a.setResultIndicator(append ? Texts.join(a.getResultIndicator(), t) : t);
                u.assign(path + "resultIndicator", Confidence.HIGH);
            }
            case EVIDENCE -> {
                a.setExpectedEvidence(append ? Texts.join(a.getExpectedEvidence(), t) : t);
                u.assign(path + "expectedEvidence", Confidence.HIGH);
            }
            case DEGREE -> {
                a.setDegreeOfImplementation(append ? Texts.join(a.getDegreeOfImplementation(), t) : t);
                u.assign(path + "degreeOfImplementation", Confidence.HIGH);
            }
            case AMOUNT -> {
                // The budget as written wins (the plan service reads the amount from it on save); a budget left empty
                // in the table's own column takes the amount, so that nothing typed in Excel is lost.
                if (a.getBudgetText().isEmpty()) {
                    a.setBudgetText(t);
                    u.assign(path + "budgetText", Confidence.MEDIUM);
                } else {
                    u.assign(path + "amount", Confidence.HIGH);
                }
            }
            default -> { }
        }
    }

    /** "BGH, các tổ chuyên môn" → lead "BGH", partners "các tổ chuyên môn"; "Không" stays as written. */
    static void splitResponsible(PlanAction a, String text) {
        String t = Texts.unbullet(text.replace('\n', ','));
        List<String> parts = new ArrayList<>();
        for (String p : LEAD_SPLIT.split(t)) {
            String s = Texts.unbullet(p).replaceAll("[.;,]+$", "").strip();
            if (!s.isEmpty()) {
                parts.add(s);
            }
        }
        if (parts.isEmpty()) {
            a.setLeadText(t.strip());
            a.setPartners("");
            return;
        }
        a.setLeadText(parts.get(0));
        a.setPartners(String.join(", ", parts.subList(1, parts.size())));
    }

    private String rowPath() {
        return "rows[" + plan.getRows().indexOf(row) + "]";
    }

    /** Criterion references at the start of a cell and the text after them. */
    record Refs(List<String> codes, String rest) {
    }

    static Refs codes(String text) {
        Matcher m = REF.matcher(text);
        Set<String> codes = new LinkedHashSet<>();
        int end = 0;
        while (end < text.length() && m.find(end) && m.start() == end) {
            codes.add(m.group(1) + "." + Integer.parseInt(m.group(2)));
            if (m.end() == end) {
                break;
            }
            end = m.end();
        }
        return new Refs(List.copyOf(codes), codes.isEmpty() ? text.strip() : text.substring(end).strip());
    }

    // ------------------------------------------------------------------ years

    private void checkYears(List<Block> blocks) {
        PlanPeriod period = plan.getHeader().getPeriod();
        if (period == null) {
            warnings.add(new ImportNotice("warning.noPeriod"));
            return;
        }
        boolean any = false;
        for (Block b : blocks) {
            for (Unit u : b.units()) {
                Matcher m = SCHOOL_YEAR.matcher(u.text);
                while (m.find()) {
                    int s = Integer.parseInt(m.group(1));
                    int e = Integer.parseInt(m.group(2));
                    if (e == s + 1 && (s < period.startYear() || e > period.endYear())
                            && !u.field().startsWith("header")) {
                        u.flag(ImportFlag.YEAR_MISMATCH, Confidence.MEDIUM);
                        any = true;
                    }
                }
            }
        }
        if (any) {
            warnings.add(new ImportNotice("warning.yearMismatch", period.years()));
        }
    }
}
