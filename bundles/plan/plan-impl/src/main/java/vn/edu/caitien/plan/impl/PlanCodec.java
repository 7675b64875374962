package vn.edu.caitien.plan.impl;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.edu.caitien.catalogue.api.PlanForm;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.FieldChange;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.LegalBasisKind;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.YearGoal;

/**
 * The flat form of a plan's content: an ordered map from a field path ({@code header.title},
 * {@code rows[r-1a2b].actions[a-3c4d].budgetText}) to its value as text. One revision's content is stored as this
 * map written one {@code path=value} line per field; the same map gives field-level diffs for the history and for
 * comparing revisions. Rows and actions are named by their keys, lists of plain items by their index.
 *
 * <p>Stored rather than normalised into tables because a revision is edited, approved and compared as a whole and
 * is never changed once superseded; queries across plans use the {@code PLAN_ACTION} index table instead.
 * Identity fields (id, school, revision, status, version) are not part of the content.
 */
final class PlanCodec {

    private static final Props<PlanDocument> DOCUMENT = new Props<PlanDocument>()
            .str("regimeId", PlanDocument::getRegimeId, PlanDocument::setRegimeId)
            .integer("catalogueVersion", PlanDocument::getCatalogueVersion, (d, v) -> d.setCatalogueVersion(v == null ? 0 : v))
            .str("appendix", PlanDocument::getAppendix, PlanDocument::setAppendix)
            .str("planForm", d -> d.getPlanForm().name(), (d, v) -> d.setPlanForm(v.isEmpty() ? PlanForm.TABLE_2018 : PlanForm.valueOf(v)))
            .integer("targetLevel", PlanDocument::getTargetLevel, PlanDocument::setTargetLevel)
            .str("sourcePlanId", d -> Props.text(d.getSourcePlanId()), (d, v) -> d.setSourcePlanId(v.isEmpty() ? null : Long.valueOf(v)))
            .str("generalInformation", PlanDocument::getGeneralInformation, PlanDocument::setGeneralInformation)
            .bool("recognitionConditionsMet", PlanDocument::isRecognitionConditionsMet, PlanDocument::setRecognitionConditionsMet)
            .str("statedSchoolLevel", PlanDocument::getStatedSchoolLevel, PlanDocument::setStatedSchoolLevel)
            .str("statedAccreditation", PlanDocument::getStatedAccreditation, PlanDocument::setStatedAccreditation)
            .str("statedNationalStandard", PlanDocument::getStatedNationalStandard, PlanDocument::setStatedNationalStandard)
            .str("strengths", PlanDocument::getStrengths, PlanDocument::setStrengths)
            .str("weaknesses", PlanDocument::getWeaknesses, PlanDocument::setWeaknesses)
            .str("overallGoal", PlanDocument::getOverallGoal, PlanDocument::setOverallGoal)
            .str("solutionDirection", PlanDocument::getSolutionDirection, PlanDocument::setSolutionDirection)
            .str("solutionFunding", PlanDocument::getSolutionFunding, PlanDocument::setSolutionFunding)
            .str("solutionSupervision", PlanDocument::getSolutionSupervision, PlanDocument::setSolutionSupervision)
            .str("implementationNotes", PlanDocument::getImplementationNotes, PlanDocument::setImplementationNotes);

    private static final Props<DocumentHeader> HEADER = new Props<DocumentHeader>()
            .str("parentBody", DocumentHeader::getParentBody, DocumentHeader::setParentBody)
            .str("issuingBody", DocumentHeader::getIssuingBody, DocumentHeader::setIssuingBody)
            .integer("number", DocumentHeader::getNumber, DocumentHeader::setNumber)
            .str("symbol", DocumentHeader::getSymbol, DocumentHeader::setSymbol)
            .str("place", DocumentHeader::getPlace, DocumentHeader::setPlace)
            .date("date", DocumentHeader::getDate, DocumentHeader::setDate)
            .str("title", DocumentHeader::getTitle, DocumentHeader::setTitle)
            .str("period", h -> h.getPeriod() == null ? "" : h.getPeriod().kind() + " " + h.getPeriod().years(),
                    (h, v) -> h.setPeriod(v.isEmpty() ? null : period(v)))
            .str("signerAuthority", DocumentHeader::getSignerAuthority, DocumentHeader::setSignerAuthority)
            .str("signerAuthorityTitle", DocumentHeader::getSignerAuthorityTitle, DocumentHeader::setSignerAuthorityTitle)
            .str("signerTitle", DocumentHeader::getSignerTitle, DocumentHeader::setSignerTitle)
            .str("signerName", DocumentHeader::getSignerName, DocumentHeader::setSignerName)
            .str("archive", DocumentHeader::getArchive, DocumentHeader::setArchive);

    private static final Props<Recipient> RECIPIENT = new Props<Recipient>()
            .str("name", Recipient::getName, Recipient::setName)
            .str("purpose", Recipient::getPurpose, Recipient::setPurpose);

    private static final Props<LegalBasis> LEGAL_BASIS = new Props<LegalBasis>()
            .str("kind", b -> b.getKind().name(), (b, v) -> b.setKind(v.isEmpty() ? LegalBasisKind.LEGAL_DOCUMENT : LegalBasisKind.valueOf(v)))
            .str("text", LegalBasis::getText, LegalBasis::setText)
            .str("number", LegalBasis::getNumber, LegalBasis::setNumber)
            .date("date", LegalBasis::getDate, LegalBasis::setDate)
            .str("issuer", LegalBasis::getIssuer, LegalBasis::setIssuer)
            .integer("periodFrom", LegalBasis::getPeriodFrom, LegalBasis::setPeriodFrom)
            .integer("periodTo", LegalBasis::getPeriodTo, LegalBasis::setPeriodTo);

    private static final Props<BaselineEntry> BASELINE = new Props<BaselineEntry>()
            .str("criterionCode", BaselineEntry::getCriterionCode, BaselineEntry::setCriterionCode)
            .integer("level", BaselineEntry::getLevel, BaselineEntry::setLevel)
            .str("unmet", BaselineEntry::getUnmet, BaselineEntry::setUnmet);

    private static final Props<Level4Entry> LEVEL4 = new Props<Level4Entry>()
            .str("code", Level4Entry::getCode, Level4Entry::setCode)
            .bool("met", Level4Entry::isMet, Level4Entry::setMet)
            .str("achieved", Level4Entry::getAchieved, Level4Entry::setAchieved);

    private static final Props<YearGoal> YEAR_GOAL = new Props<YearGoal>()
            .str("schoolYear", YearGoal::getSchoolYear, YearGoal::setSchoolYear)
            .str("text", YearGoal::getText, YearGoal::setText);

    private static final Props<PriorityProblem> PROBLEM = new Props<PriorityProblem>()
            .integer("standardNo", PriorityProblem::getStandardNo, PriorityProblem::setStandardNo)
            .str("criterionCode", PriorityProblem::getCriterionCode, PriorityProblem::setCriterionCode)
            .str("currentState", PriorityProblem::getCurrentState, PriorityProblem::setCurrentState)
            .str("weakness", PriorityProblem::getWeakness, PriorityProblem::setWeakness)
            .str("cause", PriorityProblem::getCause, PriorityProblem::setCause);

    private static final Props<PlannedReview> PLANNED_REVIEW = new Props<PlannedReview>()
            .str("time", PlannedReview::getTime, PlannedReview::setTime)
            .str("content", PlannedReview::getContent, PlannedReview::setContent)
            .str("result", PlannedReview::getResult, PlannedReview::setResult)
            .str("adjustment", PlannedReview::getAdjustment, PlannedReview::setAdjustment)
            .str("reviewer", PlannedReview::getReviewer, PlannedReview::setReviewer);

    private static final Props<Duty> DUTY = new Props<Duty>()
            .str("role", Duty::getRole, Duty::setRole)
            .str("text", Duty::getText, Duty::setText)
            .str("deadline", Duty::getDeadline, Duty::setDeadline);

    private static final Props<Proposal> PROPOSAL = new Props<Proposal>()
            .str("body", Proposal::getBody, Proposal::setBody)
            .str("text", Proposal::getText, Proposal::setText);

    private static final Props<PlanRow> ROW = new Props<PlanRow>()
            .str("criterionCode", PlanRow::getCriterionCode, PlanRow::setCriterionCode)
            .integer("standardNo", PlanRow::getStandardNo, (r, v) -> r.setStandardNo(v == null ? 0 : v))
            .str("criterionTitle", PlanRow::getCriterionTitle, PlanRow::setCriterionTitle)
            .integer("targetLevel", PlanRow::getTargetLevel, PlanRow::setTargetLevel)
            .str("targetText", PlanRow::getTargetText, PlanRow::setTargetText)
            .str("currentState", PlanRow::getCurrentState, PlanRow::setCurrentState)
            .str("objective", PlanRow::getObjective, PlanRow::setObjective);

    private static final Props<PlanAction> ACTION = new Props<PlanAction>()
            .str("description", PlanAction::getDescription, PlanAction::setDescription)
            .str("leadText", PlanAction::getLeadText, PlanAction::setLeadText)
            .str("leadUserId", PlanAction::getLeadUserId, PlanAction::setLeadUserId)
            .str("partners", PlanAction::getPartners, PlanAction::setPartners)
            .str("timeText", PlanAction::getTimeText, PlanAction::setTimeText)
            .date("start", PlanAction::getStart, PlanAction::setStart, true)
            .date("end", PlanAction::getEnd, PlanAction::setEnd, true)
            .derived("openEnded", a -> a.isOpenEnded() ? "true" : "false", (a, v) -> a.setOpenEnded("true".equals(v)))
            .str("budgetText", PlanAction::getBudgetText, PlanAction::setBudgetText)
            .derived("amount", a -> Props.text(a.getAmount()), (a, v) -> a.setAmount(v.isEmpty() ? null : Long.valueOf(v)))
            .derived("sources", a -> a.getSources().stream().map(Enum::name).collect(Collectors.joining(",")),
                    (a, v) -> a.setSources(sources(v)))
            .str("support", PlanAction::getSupport, PlanAction::setSupport)
            .str("notes", PlanAction::getNotes, PlanAction::setNotes)
            .str("resultIndicator", PlanAction::getResultIndicator, PlanAction::setResultIndicator)
            .str("expectedEvidence", PlanAction::getExpectedEvidence, PlanAction::setExpectedEvidence)
            .str("degreeOfImplementation", PlanAction::getDegreeOfImplementation, PlanAction::setDegreeOfImplementation)
            .str("alsoServes", PlanAction::getAlsoServes, PlanAction::setAlsoServes)
            .bool("completed", PlanAction::isCompleted, PlanAction::setCompleted)
            .bool("carriedForward", PlanAction::isCarriedForward, PlanAction::setCarriedForward)
            .str("sourceActionKey", PlanAction::getSourceActionKey, PlanAction::setSourceActionKey)
            .str("sourcePlanId", a -> Props.text(a.getSourcePlanId()), (a, v) -> a.setSourcePlanId(v.isEmpty() ? null : Long.valueOf(v)));

    private PlanCodec() {
    }

    /**
     * @param withDerived whether to include the values parsed from texts (stored content) or not (diffs)
     * @return the flat form, in document order
     */
    static Map<String, String> flatten(PlanDocument d, boolean withDerived) {
        Map<String, String> out = new LinkedHashMap<>();
        DOCUMENT.write(d, "", withDerived, out);
        HEADER.write(d.getHeader(), "header.", withDerived, out);
        list(d.getHeader().getRecipients(), "header.recipients", RECIPIENT, withDerived, out);
        for (int i = 0; i < d.getPurposes().size(); i++) {
            out.put("purposes[" + i + "]", d.getPurposes().get(i));
        }
        list(d.getLegalBases(), "legalBases", LEGAL_BASIS, withDerived, out);
        list(d.getBaseline(), "baseline", BASELINE, withDerived, out);
        list(d.getLevel4(), "level4", LEVEL4, withDerived, out);
        list(d.getYearGoals(), "yearGoals", YEAR_GOAL, withDerived, out);
        list(d.getPriorityProblems(), "priorityProblems", PROBLEM, withDerived, out);
        for (int r = 0; r < d.getRows().size(); r++) {
            PlanRow row = d.getRows().get(r);
            String rp = "rows[" + row.getKey() + "].";
            out.put(rp + "position", Integer.toString(r));
            ROW.write(row, rp, withDerived, out);
            for (int a = 0; a < row.getActions().size(); a++) {
                PlanAction action = row.getActions().get(a);
                String ap = rp + "actions[" + action.getKey() + "].";
                out.put(ap + "position", Integer.toString(a));
                ACTION.write(action, ap, withDerived, out);
            }
        }
        list(d.getPlannedReviews(), "plannedReviews", PLANNED_REVIEW, withDerived, out);
        list(d.getDuties(), "duties", DUTY, withDerived, out);
        list(d.getProposals(), "proposals", PROPOSAL, withDerived, out);
        return out;
    }

    private static <T> void list(List<T> items, String name, Props<T> props, boolean withDerived, Map<String, String> out) {
        for (int i = 0; i < items.size(); i++) {
            props.write(items.get(i), name + "[" + i + "].", withDerived, out);
        }
    }

    /** Builds a document from its flat form; identity fields are left at their defaults. */
    static PlanDocument unflatten(Map<String, String> flat) {
        PlanDocument d = new PlanDocument();
        Map<String, PlanRow> rows = new LinkedHashMap<>();
        Map<String, Integer> rowPositions = new LinkedHashMap<>();
        Map<String, Map<String, PlanAction>> actions = new LinkedHashMap<>();
        Map<String, Integer> actionPositions = new LinkedHashMap<>();
        Map<String, Map<Integer, Object>> lists = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : flat.entrySet()) {
            List<String[]> path = segments(e.getKey());
            String value = e.getValue();
            String head = path.get(0)[0];
            String index = path.get(0)[1];
            String field = path.size() > 1 ? path.get(path.size() - 1)[0] : null;
            switch (head) {
                case "header" -> {
                    if (path.size() == 3 && "recipients".equals(path.get(1)[0])) {
                        RECIPIENT.read(item(lists, "recipients", Integer.parseInt(path.get(1)[1]), Recipient::new), field, value);
                    } else {
                        HEADER.read(d.getHeader(), field, value);
                    }
                }
                case "purposes" -> item(lists, "purposes", Integer.parseInt(index), () -> new StringBuilder(value));
                case "legalBases" -> LEGAL_BASIS.read(item(lists, head, Integer.parseInt(index), LegalBasis::new), field, value);
                case "baseline" -> BASELINE.read(item(lists, head, Integer.parseInt(index), BaselineEntry::new), field, value);
                case "level4" -> LEVEL4.read(item(lists, head, Integer.parseInt(index), Level4Entry::new), field, value);
                case "yearGoals" -> YEAR_GOAL.read(item(lists, head, Integer.parseInt(index), YearGoal::new), field, value);
                case "priorityProblems" -> PROBLEM.read(item(lists, head, Integer.parseInt(index), PriorityProblem::new), field, value);
                case "plannedReviews" -> PLANNED_REVIEW.read(item(lists, head, Integer.parseInt(index), PlannedReview::new), field, value);
                case "duties" -> DUTY.read(item(lists, head, Integer.parseInt(index), Duty::new), field, value);
                case "proposals" -> PROPOSAL.read(item(lists, head, Integer.parseInt(index), Proposal::new), field, value);
                case "rows" -> {
                    PlanRow row = rows.computeIfAbsent(index, k -> {
                        PlanRow created = new PlanRow();
                        created.setKey(k);
                        return created;
                    });
                    if (path.size() == 2) {
                        if ("position".equals(field)) {
                            rowPositions.put(index, Integer.parseInt(value));
                        } else {
                            ROW.read(row, field, value);
                        }
                    } else {
                        String actionKey = path.get(1)[1];
                        PlanAction action = actions.computeIfAbsent(index, k -> new LinkedHashMap<>())
                                .computeIfAbsent(actionKey, k -> {
                                    PlanAction created = new PlanAction();
                                    created.setKey(k);
                                    return created;
                                });
                        if ("position".equals(field)) {
                            actionPositions.put(index + "/" + actionKey, Integer.parseInt(value));
                        } else {
                            ACTION.read(action, field, value);
                        }
                    }
                }
                default -> DOCUMENT.read(d, head, value);
            }
        }
        d.getHeader().setRecipients(values(lists, "recipients"));
        d.setPurposes(PlanCodec.<StringBuilder>values(lists, "purposes").stream().map(StringBuilder::toString).toList());
        d.setLegalBases(values(lists, "legalBases"));
        d.setBaseline(values(lists, "baseline"));
        d.setLevel4(values(lists, "level4"));
        d.setYearGoals(values(lists, "yearGoals"));
        d.setPriorityProblems(values(lists, "priorityProblems"));
        d.setPlannedReviews(values(lists, "plannedReviews"));
        d.setDuties(values(lists, "duties"));
        d.setProposals(values(lists, "proposals"));
        List<PlanRow> ordered = new ArrayList<>(rows.values());
        ordered.sort(java.util.Comparator.comparingInt(r -> rowPositions.getOrDefault(r.getKey(), Integer.MAX_VALUE)));
        for (PlanRow row : ordered) {
            List<PlanAction> list = new ArrayList<>(actions.getOrDefault(row.getKey(), Map.of()).values());
            list.sort(java.util.Comparator.comparingInt(
                    a -> actionPositions.getOrDefault(row.getKey() + "/" + a.getKey(), Integer.MAX_VALUE)));
            row.setActions(list);
        }
        d.setRows(ordered);
        return d;
    }

    @SuppressWarnings("unchecked")
    private static <T> T item(Map<String, Map<Integer, Object>> lists, String name, int index, Supplier<T> create) {
        return (T) lists.computeIfAbsent(name, k -> new java.util.TreeMap<>()).computeIfAbsent(index, k -> create.get());
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> values(Map<String, Map<Integer, Object>> lists, String name) {
        return new ArrayList<>((java.util.Collection<T>) lists.getOrDefault(name, Map.of()).values());
    }

    private static List<String[]> segments(String path) {
        List<String[]> out = new ArrayList<>(4);
        // Names are letters and digits; an index is whatever stands between '[' and ']'. Keys never contain '.' or
        // ']' (the service assigns them), so anything else between segments is a separator. Read by hand: this runs
        // for every stored field of every plan read, thousands of times per page.
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            if (!Character.isLetterOrDigit(c) || c > 127) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && path.charAt(i) < 128 && Character.isLetterOrDigit(path.charAt(i))) {
                i++;
            }
            String name = path.substring(start, i);
            String index = null;
            if (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i + 1);
                int end = close < 0 ? n : close;
                index = path.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
            }
            out.add(new String[] {name, index});
        }
        return out;
    }

    private static PlanPeriod period(String v) {
        String[] parts = v.split(" ");
        String[] years = parts[1].split("-");
        return new PlanPeriod(PlanPeriod.Kind.valueOf(parts[0]), Integer.parseInt(years[0]), Integer.parseInt(years[1]));
    }

    private static Set<FundingSource> sources(String v) {
        Set<FundingSource> out = EnumSet.noneOf(FundingSource.class);
        for (String s : v.split(",")) {
            if (!s.isBlank()) {
                out.add(FundingSource.valueOf(s.strip()));
            }
        }
        return out;
    }

    /** @return the fields that differ, in the order of {@code before} then the fields only in {@code after} */
    static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String p : paths) {
            String o = before.getOrDefault(p, "");
            String n = after.getOrDefault(p, "");
            if (!o.equals(n)) {
                changes.add(new FieldChange(p, o, n));
            }
        }
        return changes;
    }

    /** Writes the flat form as {@code path=value} lines; empty values are left out. */
    static String write(Map<String, String> flat) {
        StringBuilder out = new StringBuilder(flat.size() * 40);
        flat.forEach((k, v) -> {
            if (!v.isEmpty() || k.endsWith(".position")) {
                out.append(k).append('=').append(escape(v)).append('\n');
            }
        });
        return out.toString();
    }

    /** Reads what {@link #write} wrote. */
    static Map<String, String> read(String text) {
        Map<String, String> flat = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                flat.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
            }
        }
        return flat;
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String v) {
        if (v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
