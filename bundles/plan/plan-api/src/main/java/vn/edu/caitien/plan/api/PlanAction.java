package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * One action (công việc/giải pháp) of a plan row, with the 2018 table's and TT 57 Biểu 2's columns. The parsed values ({@link #getStart()}, {@link #getAmount()}, ...) are filled by the service from the texts on every save. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class PlanAction implements Serializable {
    private static final long serialVersionUID = 1L;

    private String key = "";
    private String description = "";
    private String leadText = "";
    private String leadUserId = "";
    private String partners = "";
    private String timeText = "";
    private java.time.LocalDate start;
    private java.time.LocalDate end;
    private boolean openEnded = false;
    private String budgetText = "";
    private Long amount;
    private java.util.Set<FundingSource> sources = java.util.EnumSet.noneOf(FundingSource.class);
    private String support = "";
    private String notes = "";
    private String resultIndicator = "";
    private String expectedEvidence = "";
    private String degreeOfImplementation = "";
    private String alsoServes = "";
    private boolean completed = false;
    private boolean carriedForward = false;
    private String sourceActionKey = "";
    private Long sourcePlanId;

    /** An empty item. */
    public PlanAction() {
    }

    /** @return stable id of the action within the plan, kept across revisions and copied plans; assigned on save when blank */
    public String getKey() {
        return key;
    }

    /** @param key stable id of the action within the plan, kept across revisions and copied plans; assigned on save when blank */
    public void setKey(String key) {
        this.key = key == null ? "" : key;
    }

    /** @return Công việc/giải pháp cần thực hiện (Hoạt động, giải pháp) */
    public String getDescription() {
        return description;
    }

    /** @param description Công việc/giải pháp cần thực hiện (Hoạt động, giải pháp) */
    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    /** @return who leads it (chủ trì): a role, a body or a person's name */
    public String getLeadText() {
        return leadText;
    }

    /** @param leadText who leads it (chủ trì): a role, a body or a person's name */
    public void setLeadText(String leadText) {
        this.leadText = leadText == null ? "" : leadText;
    }

    /** @return portal user id of the lead when the lead is a portal user; may be empty. A teacher or staff member may edit the actions they lead */
    public String getLeadUserId() {
        return leadUserId;
    }

    /** @param leadUserId portal user id of the lead when the lead is a portal user; may be empty. A teacher or staff member may edit the actions they lead */
    public void setLeadUserId(String leadUserId) {
        this.leadUserId = leadUserId == null ? "" : leadUserId;
    }

    /** @return who cooperates (phối hợp), as written; may be empty */
    public String getPartners() {
        return partners;
    }

    /** @param partners who cooperates (phối hợp), as written; may be empty */
    public void setPartners(String partners) {
        this.partners = partners == null ? "" : partners;
    }

    /** @return Thời gian thực hiện và hoàn thành, as written */
    public String getTimeText() {
        return timeText;
    }

    /** @param timeText Thời gian thực hiện và hoàn thành, as written */
    public void setTimeText(String timeText) {
        this.timeText = timeText == null ? "" : timeText;
    }

    /** @return read from the time text; null when unreadable */
    public java.time.LocalDate getStart() {
        return start;
    }

    /** @param start read from the time text; null when unreadable */
    public void setStart(java.time.LocalDate start) {
        this.start = start;
    }

    /** @return read from the time text; null when unreadable or open */
    public java.time.LocalDate getEnd() {
        return end;
    }

    /** @param end read from the time text; null when unreadable or open */
    public void setEnd(java.time.LocalDate end) {
        this.end = end;
    }

    /** @return whether the action continues beyond its end ("và các năm tiếp theo") */
    public boolean isOpenEnded() {
        return openEnded;
    }

    /** @param openEnded whether the action continues beyond its end ("và các năm tiếp theo") */
    public void setOpenEnded(boolean openEnded) {
        this.openEnded = openEnded;
    }

    /** @return Dự kiến kinh phí, as written ("500 triệu đồng", "Không", "Ngân sách cấp và XHH") */
    public String getBudgetText() {
        return budgetText;
    }

    /** @param budgetText Dự kiến kinh phí, as written ("500 triệu đồng", "Không", "Ngân sách cấp và XHH") */
    public void setBudgetText(String budgetText) {
        this.budgetText = budgetText == null ? "" : budgetText;
    }

    /** @return the amount in đồng read from the budget text; null when none */
    public Long getAmount() {
        return amount;
    }

    /** @param amount the amount in đồng read from the budget text; null when none */
    public void setAmount(Long amount) {
        this.amount = amount;
    }

    /** @return funding sources read from the budget text */
    public java.util.Set<FundingSource> getSources() {
        return sources;
    }

    /** @param sources funding sources read from the budget text */
    public void setSources(java.util.Set<FundingSource> sources) {
        this.sources = sources == null || sources.isEmpty() ? java.util.EnumSet.noneOf(FundingSource.class) : java.util.EnumSet.copyOf(sources);
    }

    /** @return Điều kiện hỗ trợ khác (Nguồn lực) */
    public String getSupport() {
        return support;
    }

    /** @param support Điều kiện hỗ trợ khác (Nguồn lực) */
    public void setSupport(String support) {
        this.support = support == null ? "" : support;
    }

    /** @return Ghi chú */
    public String getNotes() {
        return notes;
    }

    /** @param notes Ghi chú */
    public void setNotes(String notes) {
        this.notes = notes == null ? "" : notes;
    }

    /** @return TT 57: Chỉ số đánh giá kết quả */
    public String getResultIndicator() {
        return resultIndicator;
    }

    /** @param resultIndicator TT 57: Chỉ số đánh giá kết quả */
    public void setResultIndicator(String resultIndicator) {
        this.resultIndicator = resultIndicator == null ? "" : resultIndicator;
    }

    /** @return TT 57: Minh chứng dự kiến */
    public String getExpectedEvidence() {
        return expectedEvidence;
    }

    /** @param expectedEvidence TT 57: Minh chứng dự kiến */
    public void setExpectedEvidence(String expectedEvidence) {
        this.expectedEvidence = expectedEvidence == null ? "" : expectedEvidence;
    }

    /**
     * @return TT 57 Biểu 2: Mức độ thực hiện, as written ("Hoàn thành", "Đang thực hiện", "Đạt 80%"); filled in when
     *         the plan is reviewed
     */
    public String getDegreeOfImplementation() {
        return degreeOfImplementation;
    }

    /** @param degreeOfImplementation TT 57 Biểu 2: Mức độ thực hiện, as written; null is stored as empty */
    public void setDegreeOfImplementation(String degreeOfImplementation) {
        this.degreeOfImplementation = degreeOfImplementation == null ? "" : degreeOfImplementation;
    }

    /** @return other criteria this action serves, as codes separated by commas or semicolons ("1.4; 2.3") */
    public String getAlsoServes() {
        return alsoServes;
    }

    /** @param alsoServes other criteria this action serves, as codes separated by commas or semicolons ("1.4; 2.3") */
    public void setAlsoServes(String alsoServes) {
        this.alsoServes = alsoServes == null ? "" : alsoServes;
    }

    /** @return whether the action is finished (not carried to the next plan) */
    public boolean isCompleted() {
        return completed;
    }

    /** @param completed whether the action is finished (not carried to the next plan) */
    public void setCompleted(boolean completed) {
        this.completed = completed;
    }

    /** @return whether it was carried from the previous plan */
    public boolean isCarriedForward() {
        return carriedForward;
    }

    /** @param carriedForward whether it was carried from the previous plan */
    public void setCarriedForward(boolean carriedForward) {
        this.carriedForward = carriedForward;
    }

    /** @return key of the action it was carried from; empty when new */
    public String getSourceActionKey() {
        return sourceActionKey;
    }

    /** @param sourceActionKey key of the action it was carried from; empty when new */
    public void setSourceActionKey(String sourceActionKey) {
        this.sourceActionKey = sourceActionKey == null ? "" : sourceActionKey;
    }

    /** @return id of the plan it was carried from; null when new */
    public Long getSourcePlanId() {
        return sourcePlanId;
    }

    /** @param sourcePlanId id of the plan it was carried from; null when new */
    public void setSourcePlanId(Long sourcePlanId) {
        this.sourcePlanId = sourcePlanId;
    }


}
