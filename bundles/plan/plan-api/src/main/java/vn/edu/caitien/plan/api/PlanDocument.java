package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * The editable working copy of one revision of a plan: header, every section and the plan table. Get it from {@link PlanService#plan}, change it, and hand it to {@link PlanService#save}; the service fills the parsed values, keys and read-only fields. A mutable, serializable bean. Strings are never null.
 */
public class PlanDocument implements Serializable {
    private static final long serialVersionUID = 1L;

    private long id = 0;
    private String schoolId = "";
    private int revision = 1;
    private PlanStatus status = PlanStatus.DRAFT;
    private long version = 0;
    private String regimeId = "";
    private int catalogueVersion = 0;
    private String appendix = "";
    private vn.edu.caitien.catalogue.api.PlanForm planForm = vn.edu.caitien.catalogue.api.PlanForm.TABLE_2018;
    private Integer targetLevel;
    private DocumentHeader header = new DocumentHeader();
    private String generalInformation = "";
    private java.util.List<String> purposes = new java.util.ArrayList<>();
    private java.util.List<LegalBasis> legalBases = new java.util.ArrayList<>();
    private java.util.List<BaselineEntry> baseline = new java.util.ArrayList<>();
    private java.util.List<Level4Entry> level4 = new java.util.ArrayList<>();
    private boolean recognitionConditionsMet = false;
    private String statedSchoolLevel = "";
    private String statedAccreditation = "";
    private String statedNationalStandard = "";
    private String strengths = "";
    private String weaknesses = "";
    private String overallGoal = "";
    private java.util.List<YearGoal> yearGoals = new java.util.ArrayList<>();
    private java.util.List<PriorityProblem> priorityProblems = new java.util.ArrayList<>();
    private String solutionDirection = "";
    private String solutionFunding = "";
    private String solutionSupervision = "";
    private java.util.List<PlanRow> rows = new java.util.ArrayList<>();
    private java.util.List<PlannedReview> plannedReviews = new java.util.ArrayList<>();
    private java.util.List<Duty> duties = new java.util.ArrayList<>();
    private String implementationNotes = "";
    private java.util.List<Proposal> proposals = new java.util.ArrayList<>();
    private Long sourcePlanId;
    private String returnReason = "";

    /** An empty item. */
    public PlanDocument() {
    }

    /** @return the plan id; 0 before the first save */
    public long getId() {
        return id;
    }

    /** @param id the plan id; 0 before the first save */
    public void setId(long id) {
        this.id = id;
    }

    /** @return the school the plan belongs to */
    public String getSchoolId() {
        return schoolId;
    }

    /** @param schoolId the school the plan belongs to */
    public void setSchoolId(String schoolId) {
        this.schoolId = schoolId == null ? "" : schoolId;
    }

    /** @return the revision number, 1 for the first; a change to an approved plan starts the next */
    public int getRevision() {
        return revision;
    }

    /** @param revision the revision number, 1 for the first; a change to an approved plan starts the next */
    public void setRevision(int revision) {
        this.revision = revision;
    }

    /** @return the workflow state of this revision */
    public PlanStatus getStatus() {
        return status;
    }

    /** @param status the workflow state of this revision */
    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    /** @return the optimistic-lock version read with the plan; a save with an older version is refused */
    public long getVersion() {
        return version;
    }

    /** @param version the optimistic-lock version read with the plan; a save with an older version is refused */
    public void setVersion(long version) {
        this.version = version;
    }

    /** @return the catalogue regime the plan is written against, for example "tt18-2018"; kept forever */
    public String getRegimeId() {
        return regimeId;
    }

    /** @param regimeId the catalogue regime the plan is written against, for example "tt18-2018"; kept forever */
    public void setRegimeId(String regimeId) {
        this.regimeId = regimeId == null ? "" : regimeId;
    }

    /** @return the catalogue version the plan is written against; kept forever */
    public int getCatalogueVersion() {
        return catalogueVersion;
    }

    /** @param catalogueVersion the catalogue version the plan is written against; kept forever */
    public void setCatalogueVersion(int catalogueVersion) {
        this.catalogueVersion = catalogueVersion;
    }

    /** @return the catalogue appendix (empty for a regime without appendices) */
    public String getAppendix() {
        return appendix;
    }

    /** @param appendix the catalogue appendix (empty for a regime without appendices) */
    public void setAppendix(String appendix) {
        this.appendix = appendix == null ? "" : appendix;
    }

    /** @return the table form: the 2018 9-column table or TT 57 Biểu 2 */
    public vn.edu.caitien.catalogue.api.PlanForm getPlanForm() {
        return planForm;
    }

    /** @param planForm the table form: the 2018 9-column table or TT 57 Biểu 2 */
    public void setPlanForm(vn.edu.caitien.catalogue.api.PlanForm planForm) {
        this.planForm = planForm;
    }

    /** @return the level the plan aims at for its criteria (Mức 2 in "MỨC 2"); may be null */
    public Integer getTargetLevel() {
        return targetLevel;
    }

    /** @param targetLevel the level the plan aims at for its criteria (Mức 2 in "MỨC 2"); may be null */
    public void setTargetLevel(Integer targetLevel) {
        this.targetLevel = targetLevel;
    }

    /** @return the administrative header and closing */
    public DocumentHeader getHeader() {
        return header;
    }

    /** @param header the administrative header and closing */
    public void setHeader(DocumentHeader header) {
        this.header = header;
    }

    /**
     * @return TT 57 Biểu 2 section I "Thông tin chung": what the school writes about itself (size, staff, conditions,
     *         the last self-assessment) as free text; the school's name and the period are printed from the header
     * @since 1.3
     */
    public String getGeneralInformation() {
        return generalInformation;
    }

    /**
     * @param generalInformation TT 57 Biểu 2 section I "Thông tin chung" as free text; null is stored as empty
     * @since 1.3
     */
    public void setGeneralInformation(String generalInformation) {
        this.generalInformation = generalInformation == null ? "" : generalInformation;
    }

    /** @return I. Mục đích, yêu cầu: one bullet per item */
    public java.util.List<String> getPurposes() {
        return purposes;
    }

    /** @param purposes I. Mục đích, yêu cầu: one bullet per item */
    public void setPurposes(java.util.List<String> purposes) {
        this.purposes = purposes == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(purposes);
    }

    /** @return II. Căn cứ xây dựng kế hoạch */
    public java.util.List<LegalBasis> getLegalBases() {
        return legalBases;
    }

    /** @param legalBases II. Căn cứ xây dựng kế hoạch */
    public void setLegalBases(java.util.List<LegalBasis> legalBases) {
        this.legalBases = legalBases == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(legalBases);
    }

    /** @return self-assessed result per criterion before the plan */
    public java.util.List<BaselineEntry> getBaseline() {
        return baseline;
    }

    /** @param baseline self-assessed result per criterion before the plan */
    public void setBaseline(java.util.List<BaselineEntry> baseline) {
        this.baseline = baseline == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(baseline);
    }

    /** @return Mức 4 results (2018 rules) */
    public java.util.List<Level4Entry> getLevel4() {
        return level4;
    }

    /** @param level4 Mức 4 results (2018 rules) */
    public void setLevel4(java.util.List<Level4Entry> level4) {
        this.level4 = level4 == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(level4);
    }

    /** @return whether the recognition conditions outside the criteria are met (a completed cohort...) */
    public boolean isRecognitionConditionsMet() {
        return recognitionConditionsMet;
    }

    /** @param recognitionConditionsMet whether the recognition conditions outside the criteria are met (a completed cohort...) */
    public void setRecognitionConditionsMet(boolean recognitionConditionsMet) {
        this.recognitionConditionsMet = recognitionConditionsMet;
    }

    /** @return the school's level as the school wrote it; shown beside the computed level */
    public String getStatedSchoolLevel() {
        return statedSchoolLevel;
    }

    /** @param statedSchoolLevel the school's level as the school wrote it; shown beside the computed level */
    public void setStatedSchoolLevel(String statedSchoolLevel) {
        this.statedSchoolLevel = statedSchoolLevel == null ? "" : statedSchoolLevel;
    }

    /** @return the accreditation result as the school wrote it ("Chưa đạt mức độ 1") */
    public String getStatedAccreditation() {
        return statedAccreditation;
    }

    /** @param statedAccreditation the accreditation result as the school wrote it ("Chưa đạt mức độ 1") */
    public void setStatedAccreditation(String statedAccreditation) {
        this.statedAccreditation = statedAccreditation == null ? "" : statedAccreditation;
    }

    /** @return the national-standard result as the school wrote it */
    public String getStatedNationalStandard() {
        return statedNationalStandard;
    }

    /** @param statedNationalStandard the national-standard result as the school wrote it */
    public void setStatedNationalStandard(String statedNationalStandard) {
        this.statedNationalStandard = statedNationalStandard == null ? "" : statedNationalStandard;
    }

    /** @return Điểm mạnh */
    public String getStrengths() {
        return strengths;
    }

    /** @param strengths Điểm mạnh */
    public void setStrengths(String strengths) {
        this.strengths = strengths == null ? "" : strengths;
    }

    /** @return Hạn chế, điểm yếu */
    public String getWeaknesses() {
        return weaknesses;
    }

    /** @param weaknesses Hạn chế, điểm yếu */
    public void setWeaknesses(String weaknesses) {
        this.weaknesses = weaknesses == null ? "" : weaknesses;
    }

    /** @return the overall goal (Mục tiêu) */
    public String getOverallGoal() {
        return overallGoal;
    }

    /** @param overallGoal the overall goal (Mục tiêu) */
    public void setOverallGoal(String overallGoal) {
        this.overallGoal = overallGoal == null ? "" : overallGoal;
    }

    /** @return goals per school year (multi-year plans) */
    public java.util.List<YearGoal> getYearGoals() {
        return yearGoals;
    }

    /** @param yearGoals goals per school year (multi-year plans) */
    public void setYearGoals(java.util.List<YearGoal> yearGoals) {
        this.yearGoals = yearGoals == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(yearGoals);
    }

    /** @return TT 57 section IV: priority problems */
    public java.util.List<PriorityProblem> getPriorityProblems() {
        return priorityProblems;
    }

    /** @param priorityProblems TT 57 section IV: priority problems */
    public void setPriorityProblems(java.util.List<PriorityProblem> priorityProblems) {
        this.priorityProblems = priorityProblems == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(priorityProblems);
    }

    /** @return solutions: direction and communication (chỉ đạo, tuyên truyền) */
    public String getSolutionDirection() {
        return solutionDirection;
    }

    /** @param solutionDirection solutions: direction and communication (chỉ đạo, tuyên truyền) */
    public void setSolutionDirection(String solutionDirection) {
        this.solutionDirection = solutionDirection == null ? "" : solutionDirection;
    }

    /** @return solutions: policy and funding (chính sách, nguồn kinh phí) */
    public String getSolutionFunding() {
        return solutionFunding;
    }

    /** @param solutionFunding solutions: policy and funding (chính sách, nguồn kinh phí) */
    public void setSolutionFunding(String solutionFunding) {
        this.solutionFunding = solutionFunding == null ? "" : solutionFunding;
    }

    /** @return solutions: checking and supervision (kiểm tra, giám sát); in TT 57 Biểu 2 section VIII "Cơ chế theo dõi, đánh giá" */
    public String getSolutionSupervision() {
        return solutionSupervision;
    }

    /** @param solutionSupervision solutions: checking and supervision (kiểm tra, giám sát); in TT 57 Biểu 2 section VIII "Cơ chế theo dõi, đánh giá" */
    public void setSolutionSupervision(String solutionSupervision) {
        this.solutionSupervision = solutionSupervision == null ? "" : solutionSupervision;
    }

    /** @return the plan table: one row per criterion, in order */
    public java.util.List<PlanRow> getRows() {
        return rows;
    }

    /** @param rows the plan table: one row per criterion, in order */
    public void setRows(java.util.List<PlanRow> rows) {
        this.rows = rows == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(rows);
    }

    /**
     * @return TT 57 Biểu 2 section VI "Theo dõi, đánh giá" as the plan schedules it (at least the end of semester I
     *         and the end of the year); the reviews actually held are the monitoring module's. Empty when the plan
     *         leaves the section to monitoring.
     * @since 1.3
     */
    public java.util.List<PlannedReview> getPlannedReviews() {
        return plannedReviews;
    }

    /**
     * @param plannedReviews TT 57 Biểu 2 section VI as the plan schedules it
     * @since 1.3
     */
    public void setPlannedReviews(java.util.List<PlannedReview> plannedReviews) {
        this.plannedReviews = plannedReviews == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(plannedReviews);
    }

    /** @return Tổ chức thực hiện: duties by role */
    public java.util.List<Duty> getDuties() {
        return duties;
    }

    /** @param duties Tổ chức thực hiện: duties by role */
    public void setDuties(java.util.List<Duty> duties) {
        this.duties = duties == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(duties);
    }

    /** @return Tổ chức thực hiện: further text */
    public String getImplementationNotes() {
        return implementationNotes;
    }

    /** @param implementationNotes Tổ chức thực hiện: further text */
    public void setImplementationNotes(String implementationNotes) {
        this.implementationNotes = implementationNotes == null ? "" : implementationNotes;
    }

    /** @return Đề xuất, kiến nghị */
    public java.util.List<Proposal> getProposals() {
        return proposals;
    }

    /** @param proposals Đề xuất, kiến nghị */
    public void setProposals(java.util.List<Proposal> proposals) {
        this.proposals = proposals == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(proposals);
    }

    /** @return the plan this one was copied from; null when written from scratch */
    public Long getSourcePlanId() {
        return sourcePlanId;
    }

    /** @param sourcePlanId the plan this one was copied from; null when written from scratch */
    public void setSourcePlanId(Long sourcePlanId) {
        this.sourcePlanId = sourcePlanId;
    }

    /** @return the principal's reason when the revision was returned; read-only, filled by the service */
    public String getReturnReason() {
        return returnReason;
    }

    /** @param returnReason the principal's reason when the revision was returned; read-only, filled by the service */
    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason == null ? "" : returnReason;
    }

    /**
     * @param key a row key
     * @return the row with that key, or null
     */
    public PlanRow row(String key) {
        return rows.stream().filter(r -> r.getKey().equals(key)).findFirst().orElse(null);
    }

    /** @return every action of every row, in table order */
    public java.util.List<PlanAction> actions() {
        return rows.stream().flatMap(r -> r.getActions().stream()).toList();
    }

}
