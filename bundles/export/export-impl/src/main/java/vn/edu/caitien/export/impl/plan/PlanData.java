package vn.edu.caitien.export.impl.plan;

import static vn.edu.caitien.export.impl.Texts.nfc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.edu.caitien.plan.api.BaselineEntry;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.Duty;
import vn.edu.caitien.plan.api.FundingSource;
import vn.edu.caitien.plan.api.LegalBasis;
import vn.edu.caitien.plan.api.Level4Entry;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanTotals;
import vn.edu.caitien.plan.api.PlannedReview;
import vn.edu.caitien.plan.api.PriorityProblem;
import vn.edu.caitien.plan.api.Proposal;
import vn.edu.caitien.plan.api.Recipient;
import vn.edu.caitien.plan.api.YearGoal;

/**
 * A plan as JSON-like data (maps in a fixed key order, lists, strings, numbers, booleans, null) for the JSON format:
 * every field of the plan, the parsed values beside the texts as written, the totals. Dates are ISO (yyyy-MM-dd),
 * amounts whole đồng. The key names are the plan-api bean property names.
 */
final class PlanData {

    private PlanData() {
    }

    static Map<String, Object> of(PlanDocument p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "PLAN");
        m.put("id", p.getId());
        m.put("schoolId", p.getSchoolId());
        m.put("revision", p.getRevision());
        m.put("status", p.getStatus() == null ? null : p.getStatus().name());
        m.put("regimeId", p.getRegimeId());
        m.put("catalogueVersion", p.getCatalogueVersion());
        m.put("appendix", p.getAppendix());
        m.put("planForm", p.getPlanForm() == null ? null : p.getPlanForm().name());
        m.put("targetLevel", p.getTargetLevel());
        m.put("header", header(p.getHeader()));
        m.put("generalInformation", nfc(p.getGeneralInformation()));
        m.put("purposes", p.getPurposes().stream().map(s -> (Object) nfc(s)).toList());
        List<Object> bases = new ArrayList<>();
        for (LegalBasis b : p.getLegalBases()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", b.getKind().name());
            x.put("text", nfc(b.getText()));
            x.put("number", nfc(b.getNumber()));
            x.put("date", iso(b.getDate()));
            x.put("issuer", nfc(b.getIssuer()));
            x.put("periodFrom", b.getPeriodFrom());
            x.put("periodTo", b.getPeriodTo());
            bases.add(x);
        }
        m.put("legalBases", bases);
        List<Object> baseline = new ArrayList<>();
        for (BaselineEntry e : p.getBaseline()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("criterionCode", e.getCriterionCode());
            x.put("level", e.getLevel());
            x.put("unmet", nfc(e.getUnmet()));
            baseline.add(x);
        }
        m.put("baseline", baseline);
        List<Object> level4 = new ArrayList<>();
        for (Level4Entry e : p.getLevel4()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", nfc(e.getCode()));
            x.put("met", e.isMet());
            x.put("achieved", nfc(e.getAchieved()));
            level4.add(x);
        }
        m.put("level4", level4);
        m.put("recognitionConditionsMet", p.isRecognitionConditionsMet());
        m.put("statedSchoolLevel", nfc(p.getStatedSchoolLevel()));
        m.put("statedAccreditation", nfc(p.getStatedAccreditation()));
        m.put("statedNationalStandard", nfc(p.getStatedNationalStandard()));
        m.put("strengths", nfc(p.getStrengths()));
        m.put("weaknesses", nfc(p.getWeaknesses()));
        m.put("overallGoal", nfc(p.getOverallGoal()));
        List<Object> goals = new ArrayList<>();
        for (YearGoal g : p.getYearGoals()) {
            goals.add(map("schoolYear", nfc(g.getSchoolYear()), "text", nfc(g.getText())));
        }
        m.put("yearGoals", goals);
        List<Object> problems = new ArrayList<>();
        for (PriorityProblem x : p.getPriorityProblems()) {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("standardNo", x.getStandardNo());
            y.put("criterionCode", x.getCriterionCode());
            y.put("currentState", nfc(x.getCurrentState()));
            y.put("weakness", nfc(x.getWeakness()));
            y.put("cause", nfc(x.getCause()));
            problems.add(y);
        }
        m.put("priorityProblems", problems);
        m.put("solutionDirection", nfc(p.getSolutionDirection()));
        m.put("solutionFunding", nfc(p.getSolutionFunding()));
        m.put("solutionSupervision", nfc(p.getSolutionSupervision()));
        List<Object> rows = new ArrayList<>();
        for (PlanRow r : p.getRows()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", r.getKey());
            x.put("criterionCode", r.getCriterionCode());
            x.put("standardNo", r.getStandardNo());
            x.put("criterionTitle", nfc(r.getCriterionTitle()));
            x.put("targetLevel", r.getTargetLevel());
            x.put("targetText", nfc(r.getTargetText()));
            x.put("currentState", nfc(r.getCurrentState()));
            x.put("objective", nfc(r.getObjective()));
            List<Object> actions = new ArrayList<>();
            for (PlanAction a : r.getActions()) {
                actions.add(action(a));
            }
            x.put("actions", actions);
            rows.add(x);
        }
        m.put("rows", rows);
        List<Object> reviews = new ArrayList<>();
        for (PlannedReview r : p.getPlannedReviews()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("time", nfc(r.getTime()));
            x.put("content", nfc(r.getContent()));
            x.put("result", nfc(r.getResult()));
            x.put("adjustment", nfc(r.getAdjustment()));
            x.put("reviewer", nfc(r.getReviewer()));
            reviews.add(x);
        }
        m.put("plannedReviews", reviews);
        List<Object> duties = new ArrayList<>();
        for (Duty d : p.getDuties()) {
            duties.add(map("role", nfc(d.getRole()), "text", nfc(d.getText()), "deadline", nfc(d.getDeadline())));
        }
        m.put("duties", duties);
        m.put("implementationNotes", nfc(p.getImplementationNotes()));
        List<Object> proposals = new ArrayList<>();
        for (Proposal x : p.getProposals()) {
            proposals.add(map("body", nfc(x.getBody()), "text", nfc(x.getText())));
        }
        m.put("proposals", proposals);
        m.put("sourcePlanId", p.getSourcePlanId());
        PlanTotals t = PlanTotals.of(p);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("total", t.total());
        Map<String, Object> bySource = new LinkedHashMap<>();
        for (Map.Entry<FundingSource, Long> e : t.bySource().entrySet()) {
            bySource.put(e.getKey().name(), e.getValue());
        }
        totals.put("bySource", bySource);
        totals.put("unreadable", t.unreadable());
        m.put("totals", totals);
        return m;
    }

    private static Map<String, Object> header(DocumentHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parentBody", nfc(h.getParentBody()));
        m.put("issuingBody", nfc(h.getIssuingBody()));
        m.put("number", h.getNumber());
        m.put("symbol", h.getSymbol());
        m.put("numberText", DocumentNumbers.format(h.getNumber(), h.getSymbol()));
        m.put("place", nfc(h.getPlace()));
        m.put("date", iso(h.getDate()));
        m.put("title", nfc(h.getTitle()));
        m.put("period", h.getPeriod() == null ? null : map("kind", h.getPeriod().kind().name(),
                "startYear", h.getPeriod().startYear(), "endYear", h.getPeriod().endYear()));
        m.put("signerAuthority", nfc(h.getSignerAuthority()));
        m.put("signerAuthorityTitle", nfc(h.getSignerAuthorityTitle()));
        m.put("signerTitle", nfc(h.getSignerTitle()));
        m.put("signerName", nfc(h.getSignerName()));
        List<Object> recipients = new ArrayList<>();
        for (Recipient r : h.getRecipients()) {
            recipients.add(map("name", nfc(r.getName()), "purpose", nfc(r.getPurpose())));
        }
        m.put("recipients", recipients);
        m.put("archive", nfc(h.getArchive()));
        return m;
    }

    private static Map<String, Object> action(PlanAction a) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("key", a.getKey());
        x.put("description", nfc(a.getDescription()));
        x.put("leadText", nfc(a.getLeadText()));
        x.put("leadUserId", a.getLeadUserId());
        x.put("partners", nfc(a.getPartners()));
        x.put("timeText", nfc(a.getTimeText()));
        x.put("start", iso(a.getStart()));
        x.put("end", iso(a.getEnd()));
        x.put("openEnded", a.isOpenEnded());
        x.put("budgetText", nfc(a.getBudgetText()));
        x.put("amount", a.getAmount());
        x.put("sources", a.getSources().stream().map(s -> (Object) s.name()).toList());
        x.put("support", nfc(a.getSupport()));
        x.put("notes", nfc(a.getNotes()));
        x.put("resultIndicator", nfc(a.getResultIndicator()));
        x.put("expectedEvidence", nfc(a.getExpectedEvidence()));
        x.put("degreeOfImplementation", nfc(a.getDegreeOfImplementation()));
        x.put("alsoServes", nfc(a.getAlsoServes()));
        x.put("completed", a.isCompleted());
        x.put("carriedForward", a.isCarriedForward());
        x.put("sourceActionKey", a.getSourceActionKey());
        x.put("sourcePlanId", a.getSourcePlanId());
        return x;
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
