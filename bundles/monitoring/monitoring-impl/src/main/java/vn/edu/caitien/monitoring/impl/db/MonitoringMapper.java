package vn.edu.caitien.monitoring.impl.db;

import java.sql.Date;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import vn.edu.caitien.monitoring.impl.db.Rows.CellRow;
import vn.edu.caitien.monitoring.impl.db.Rows.CloseActionRow;
import vn.edu.caitien.monitoring.impl.db.Rows.CloseRow;
import vn.edu.caitien.monitoring.impl.db.Rows.CriterionAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.DigestRow;
import vn.edu.caitien.monitoring.impl.db.Rows.EvidenceRow;
import vn.edu.caitien.monitoring.impl.db.Rows.InspectionRow;
import vn.edu.caitien.monitoring.impl.db.Rows.LinkRow;
import vn.edu.caitien.monitoring.impl.db.Rows.PlanStateRow;
import vn.edu.caitien.monitoring.impl.db.Rows.ProgressRow;
import vn.edu.caitien.monitoring.impl.db.Rows.ReviewRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolNoRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SpillRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;

/**
 * The monitoring SQL (annotations: the statements are short and portable). Generated keys: without a key column
 * name, Derby returns the identity value and PostgreSQL every column ({@code RETURNING *}); MyBatis takes the
 * first column, which is {@code ID} in every table that has one.
 */
public interface MonitoringMapper {

    /** Neither DONE (2) nor CANCELLED (5): see {@code STATUS_NO} in the migration. */
    String OPEN = "STATUS_NO NOT IN (2, 5)";
    /**
     * The state row {@code A} belongs to the plan that counts for its school and year: no other plan of the school
     * covering that year beats it (the school-year plan wins over a stage plan, then the newest), so a school with a
     * stage plan and a school-year plan is counted once. The same rule picks the plan of a school's roll-up line
     * (MonitoringServiceImpl.better). Used by migration V003; the cells' rebuild and the drill-down apply the same
     * rule in Java (MonitoringStore.counted).
     */
    String COUNTED = "NOT EXISTS (SELECT 1 FROM MONITORING.PLAN_STATE P, MONITORING.PLAN_STATE O"
            + " WHERE P.PLAN_ID = A.PLAN_ID AND O.SCHOOL_NO = P.SCHOOL_NO AND O.PLAN_ID &lt;&gt; P.PLAN_ID"
            + " AND O.START_YEAR &lt;= A.SCHOOL_YEAR AND O.END_YEAR &gt; A.SCHOOL_YEAR"
            + " AND (O.END_YEAR - O.START_YEAR &lt; P.END_YEAR - P.START_YEAR"
            + " OR (O.END_YEAR - O.START_YEAR = P.END_YEAR - P.START_YEAR AND O.PLAN_ID &gt; P.PLAN_ID)))";

    // ---- progress

    @Insert("INSERT INTO MONITORING.PROGRESS (SCHOOL_ID, PLAN_ID, ACTION_KEY, AS_OF, STATUS, PERCENT_DONE, SPENT, DEGREE,"
            + " DEGREE_NOTE, NOTE, AUTHOR_ID, AUTHOR_NAME, RECORDED_AT) VALUES (#{schoolId}, #{planId}, #{actionKey},"
            + " #{asOf}, #{status}, #{percentDone}, #{spent,jdbcType=BIGINT}, #{degree,jdbcType=VARCHAR}, #{degreeNote},"
            + " #{note}, #{authorId}, #{authorName}, #{recordedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertProgress(ProgressRow row);

    @Select("SELECT * FROM MONITORING.PROGRESS WHERE PLAN_ID = #{planId} AND ACTION_KEY = #{actionKey}"
            + " ORDER BY AS_OF, RECORDED_AT, ID")
    List<ProgressRow> history(@Param("planId") long planId, @Param("actionKey") String actionKey);

    @Select("SELECT * FROM MONITORING.PROGRESS WHERE PLAN_ID = #{planId} AND AS_OF <= #{asOf}"
            + " ORDER BY ACTION_KEY, AS_OF, RECORDED_AT, ID")
    List<ProgressRow> historyUpTo(@Param("planId") long planId, @Param("asOf") Date asOf);

    // ---- current state

    @Select("SELECT * FROM MONITORING.PLAN_STATE WHERE PLAN_ID = #{planId}")
    PlanStateRow planState(long planId);

    @Insert("INSERT INTO MONITORING.PLAN_STATE (PLAN_ID, SCHOOL_ID, SCHOOL_NO, START_YEAR, END_YEAR, REVISION, STATUS,"
            + " SEEN_AT, PLAN_VERSION, PUBLISHED_REVISION) VALUES (#{planId}, #{schoolId}, #{schoolNo}, #{startYear},"
            + " #{endYear}, #{revision}, #{status}, #{seenAt}, #{planVersion}, #{publishedRevision})")
    int insertPlanState(PlanStateRow row);

    @Update("UPDATE MONITORING.PLAN_STATE SET REVISION = #{revision}, STATUS = #{status}, SEEN_AT = #{seenAt},"
            + " START_YEAR = #{startYear}, END_YEAR = #{endYear}, PLAN_VERSION = #{planVersion},"
            + " PUBLISHED_REVISION = #{publishedRevision} WHERE PLAN_ID = #{planId}")
    int updatePlanState(PlanStateRow row);

    /** Takes the school's row lock: transactions that change a school's state rows and cells run one at a time. */
    @Update("UPDATE MONITORING.SCHOOL_NO SET TOUCHED = TOUCHED + 1 WHERE NUM = #{schoolNo}")
    int lockSchool(int schoolNo);

    // ---- roll-up cells (see V002)

    /**
     * The state rows of a school and year for its cells, of every plan: {@link MonitoringStore#rebuildCells} keeps
     * those of the plan that counts ({@link #COUNTED}, applied in Java to the school's plans: Derby answered the
     * subquery with a hash scan of every plan state, for each school).
     */
    @Select("SELECT A.PLAN_ID, A.CRITERION_NO, A.STATUS_NO, A.PERCENT_DONE, A.PLANNED, A.SPENT, A.DUE_DATE"
            + " FROM MONITORING.ACTION_STATE A WHERE A.SCHOOL_YEAR = #{year} AND A.SCHOOL_NO = #{schoolNo}")
    List<StateRow> cellSources(@Param("schoolNo") int schoolNo, @Param("year") int year);

    /** The periods of the plans covering a school year, of the schools given (null: all) (the rule of COUNTED). */
    @Select("<script>SELECT PLAN_ID, SCHOOL_NO, START_YEAR, END_YEAR FROM MONITORING.PLAN_STATE"
            + " WHERE START_YEAR &lt;= #{year} AND END_YEAR &gt; #{year}" + SCHOOLS_IN + "</script>")
    List<PlanStateRow> yearPlans(@Param("year") int year, @Param("schools") Collection<Integer> schools);

    /** The periods of a school's plans (the rule of {@link #COUNTED}). */
    @Select("SELECT PLAN_ID, START_YEAR, END_YEAR FROM MONITORING.PLAN_STATE WHERE SCHOOL_NO = #{schoolNo}")
    List<PlanStateRow> schoolPlans(int schoolNo);

    @Delete("DELETE FROM MONITORING.ROLL_CELL WHERE SCHOOL_YEAR = #{year} AND SCHOOL_NO = #{schoolNo}")
    int deleteCells(@Param("schoolNo") int schoolNo, @Param("year") int year);

    @Delete("DELETE FROM MONITORING.ROLL_SPILL WHERE SCHOOL_YEAR = #{year} AND SCHOOL_NO = #{schoolNo}")
    int deleteSpill(@Param("schoolNo") int schoolNo, @Param("year") int year);

    @Insert("<script>INSERT INTO MONITORING.ROLL_CELL (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, ACTIONS, DONE, CANCELLED,"
            + " IN_PROGRESS, LATE, PERCENT_SUM, PLANNED, SPENT, MIN_OPEN_DUE, D1, N1, D2, N2, D3, N3, D4, N4) VALUES"
            + " <foreach item='r' collection='rows' separator=','>(#{r.schoolYear}, #{r.schoolNo}, #{r.criterionNo},"
            + " #{r.actions}, #{r.done}, #{r.cancelled}, #{r.inProgress}, #{r.late}, #{r.percentSum}, #{r.planned},"
            + " #{r.spent}, #{r.minOpenDue,jdbcType=DATE}, #{r.d1,jdbcType=DATE}, #{r.n1}, #{r.d2,jdbcType=DATE}, #{r.n2},"
            + " #{r.d3,jdbcType=DATE}, #{r.n3}, #{r.d4,jdbcType=DATE}, #{r.n4})</foreach></script>")
    int insertCells(@Param("rows") List<CellRow> rows);

    @Insert("<script>INSERT INTO MONITORING.ROLL_SPILL (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, DUE_DATE, N) VALUES"
            + " <foreach item='r' collection='rows' separator=','>(#{r.schoolYear}, #{r.schoolNo}, #{r.criterionNo},"
            + " #{r.dueDate}, #{r.n})</foreach></script>")
    int insertSpill(@Param("rows") List<SpillRow> rows);

    @Delete("DELETE FROM MONITORING.ROLL_SCHOOL WHERE SCHOOL_YEAR = #{year} AND SCHOOL_NO = #{schoolNo}")
    int deleteSchoolSum(@Param("schoolNo") int schoolNo, @Param("year") int year);

    @Insert("INSERT INTO MONITORING.ROLL_SCHOOL (SCHOOL_YEAR, SCHOOL_NO, ACTIONS, DONE, CANCELLED, IN_PROGRESS,"
            + " PERCENT_SUM, PLANNED, SPENT, CELLS) VALUES (#{schoolYear}, #{schoolNo}, #{actions}, #{done},"
            + " #{cancelled}, #{inProgress}, #{percentSum}, #{planned}, #{spent}, #{cells,jdbcType=VARCHAR})")
    int insertSchoolSum(Rows.SchoolAggRow row);

    /** The schools' lines of the year (V004); the caller counts overdue, due soon and the criteria from CELLS. */
    @Select("<script>SELECT SCHOOL_NO, ACTIONS, DONE, CANCELLED, IN_PROGRESS, PERCENT_SUM, PLANNED, SPENT, CELLS"
            + " FROM MONITORING.ROLL_SCHOOL WHERE SCHOOL_YEAR = #{year}" + SCHOOLS_IN + "</script>")
    List<SchoolAggRow> schoolSums(@Param("year") int year, @Param("schools") Collection<Integer> schools);

    /** The plan states of the year, the columns the roll-up shows. */
    @Select("<script>SELECT PLAN_ID, SCHOOL_ID, START_YEAR, END_YEAR, STATUS, PUBLISHED_REVISION"
            + " FROM MONITORING.PLAN_STATE WHERE START_YEAR &lt;= #{year} AND END_YEAR &gt; #{year}"
            + " <if test='schools != null'>AND SCHOOL_NO IN <foreach item='s' collection='schools' open='('"
            + " separator=',' close=')'>#{s}</foreach></if></script>")
    List<PlanStateRow> rollUpPlans(@Param("year") int year, @Param("schools") Collection<Integer> schools);

    @Select("SELECT NUM FROM MONITORING.SCHOOL_NO WHERE SCHOOL_ID = #{schoolId}")
    Integer schoolNo(String schoolId);

    @Insert("INSERT INTO MONITORING.SCHOOL_NO (SCHOOL_ID) VALUES (#{schoolId})")
    int insertSchoolNo(String schoolId);

    @Select("SELECT COUNT(*) FROM MONITORING.SCHOOL_NO")
    int countSchoolNos();

    @Select("SELECT SCHOOL_ID, NUM FROM MONITORING.SCHOOL_NO")
    List<SchoolNoRow> schoolNos();

    @Select("SELECT * FROM MONITORING.ACTION_STATE WHERE PLAN_ID = #{planId} AND SCHOOL_YEAR = ("
            + "SELECT MIN(SCHOOL_YEAR) FROM MONITORING.ACTION_STATE WHERE PLAN_ID = #{planId}) ORDER BY SEQ")
    List<StateRow> states(long planId);

    @Delete("DELETE FROM MONITORING.ACTION_STATE WHERE PLAN_ID = #{planId}")
    int deleteStates(long planId);

    @Insert("<script>INSERT INTO MONITORING.ACTION_STATE (PLAN_ID, ACTION_KEY, SCHOOL_YEAR, SCHOOL_ID, SCHOOL_NO,"
            + " CRITERION_CODE, CRITERION_NO, STANDARD_NO, DESCRIPTION, LEAD_TEXT, LEAD_USER_ID, START_DATE, END_DATE,"
            + " OPEN_ENDED, DUE_DATE, PLANNED, SOURCES, STATUS_NO, PERCENT_DONE, SPENT, DEGREE, LAST_UPDATE, UPDATES,"
            + " FOLLOW_UP, SEQ) VALUES"
            + " <foreach item='r' collection='rows' separator=','>(#{r.planId}, #{r.actionKey}, #{r.schoolYear},"
            + " #{r.schoolId}, #{r.schoolNo}, #{r.criterionCode}, #{r.criterionNo}, #{r.standardNo}, #{r.description},"
            + " #{r.leadText}, #{r.leadUserId},"
            + " #{r.startDate,jdbcType=DATE}, #{r.endDate,jdbcType=DATE}, #{r.openEnded}, #{r.dueDate},"
            + " #{r.planned,jdbcType=BIGINT}, #{r.sources}, #{r.statusNo}, #{r.percentDone}, #{r.spent,jdbcType=BIGINT},"
            + " #{r.degree,jdbcType=VARCHAR}, #{r.lastUpdate,jdbcType=DATE}, #{r.updates}, #{r.followUp}, #{r.seq})"
            + "</foreach></script>")
    int insertStates(@Param("rows") List<StateRow> rows);

    @Update("UPDATE MONITORING.ACTION_STATE SET STATUS_NO = #{statusNo}, PERCENT_DONE = #{percentDone},"
            + " SPENT = #{spent,jdbcType=BIGINT}, DEGREE = #{degree,jdbcType=VARCHAR}, LAST_UPDATE = #{lastUpdate,jdbcType=DATE},"
            + " UPDATES = #{updates} WHERE PLAN_ID = #{planId} AND ACTION_KEY = #{actionKey}")
    int updateState(StateRow row);

    /** The open actions of a cell due before {@code today}: its four slots (ROLL_SPILL adds the rest). */
    String CELL_OVERDUE = "(CASE WHEN D1 &lt; #{today} THEN N1 ELSE 0 END + CASE WHEN D2 &lt; #{today} THEN N2 ELSE 0 END"
            + " + CASE WHEN D3 &lt; #{today} THEN N3 ELSE 0 END + CASE WHEN D4 &lt; #{today} THEN N4 ELSE 0 END)";
    /** The open actions of a cell due from {@code today} to {@code soon}: its four slots. */
    String CELL_DUE_SOON = "(CASE WHEN D1 &gt;= #{today} AND D1 &lt;= #{soon} THEN N1 ELSE 0 END"
            + " + CASE WHEN D2 &gt;= #{today} AND D2 &lt;= #{soon} THEN N2 ELSE 0 END"
            + " + CASE WHEN D3 &gt;= #{today} AND D3 &lt;= #{soon} THEN N3 ELSE 0 END"
            + " + CASE WHEN D4 &gt;= #{today} AND D4 &lt;= #{soon} THEN N4 ELSE 0 END)";
    String SCHOOLS_IN = "<if test='schools != null'> AND SCHOOL_NO IN"
            + " <foreach item='s' collection='schools' open='(' separator=',' close=')'>#{s}</foreach></if>";

    /** {@code schools} null: every school (the body sees all schools that have data). Overdue/due soon: slots only. */
    @Select("<script>SELECT SCHOOL_NO, SUM(ACTIONS) AS ACTIONS, SUM(DONE) AS DONE, SUM(CANCELLED) AS CANCELLED,"
            + " SUM(IN_PROGRESS) AS IN_PROGRESS, SUM(" + CELL_OVERDUE + ") AS OVERDUE, SUM(" + CELL_DUE_SOON + ") AS DUE_SOON,"
            + " SUM(PERCENT_SUM) AS PERCENT_SUM, SUM(PLANNED) AS PLANNED, SUM(SPENT) AS SPENT"
            + " FROM MONITORING.ROLL_CELL WHERE SCHOOL_YEAR = #{year}" + SCHOOLS_IN + " GROUP BY SCHOOL_NO</script>")
    List<SchoolAggRow> schoolTotals(@Param("year") int year, @Param("schools") Collection<Integer> schools,
                                    @Param("today") Date today, @Param("soon") Date soon);

    /** The overdue and due-soon actions beyond the cells' slots, per school. */
    @Select("<script>SELECT SCHOOL_NO, SUM(CASE WHEN DUE_DATE &lt; #{today} THEN N ELSE 0 END) AS OVERDUE,"
            + " SUM(CASE WHEN DUE_DATE &gt;= #{today} AND DUE_DATE &lt;= #{soon} THEN N ELSE 0 END) AS DUE_SOON"
            + " FROM MONITORING.ROLL_SPILL WHERE SCHOOL_YEAR = #{year}" + SCHOOLS_IN + " GROUP BY SCHOOL_NO</script>")
    List<SchoolAggRow> schoolSpill(@Param("year") int year, @Param("schools") Collection<Integer> schools,
                                   @Param("today") Date today, @Param("soon") Date soon);

    /** Behind: a cell with a late action or an open one due before today (MIN_OPEN_DUE covers the spill too). */
    @Select("<script>SELECT CRITERION_NO, COUNT(*) AS SCHOOLS,"
            + " SUM(CASE WHEN LATE &gt; 0 OR MIN_OPEN_DUE &lt; #{today} THEN 1 ELSE 0 END) AS SCHOOLS_BEHIND,"
            + " SUM(ACTIONS) AS ACTIONS, SUM(" + CELL_OVERDUE + ") AS OVERDUE, SUM(DONE) AS DONE"
            + " FROM MONITORING.ROLL_CELL WHERE SCHOOL_YEAR = #{year}" + SCHOOLS_IN + " GROUP BY CRITERION_NO</script>")
    List<CriterionAggRow> criterionTotals(@Param("year") int year, @Param("schools") Collection<Integer> schools,
                                          @Param("today") Date today);

    /** The overdue actions beyond the cells' slots, per criterion. */
    @Select("<script>SELECT CRITERION_NO, SUM(CASE WHEN DUE_DATE &lt; #{today} THEN N ELSE 0 END) AS OVERDUE"
            + " FROM MONITORING.ROLL_SPILL WHERE SCHOOL_YEAR = #{year}" + SCHOOLS_IN + " GROUP BY CRITERION_NO</script>")
    List<CriterionAggRow> criterionSpill(@Param("year") int year, @Param("schools") Collection<Integer> schools,
                                         @Param("today") Date today);

    /**
     * The actions behind on a criterion in a school year, of every plan: the caller keeps those of the plan that
     * counts ({@link #COUNTED}, applied in Java with {@link #yearPlans}; Derby answered the subquery with a hash scan
     * of every plan state for each row, 1.4 s for 1,000 schools).
     */
    @Select("<script>SELECT A.* FROM MONITORING.ACTION_STATE A WHERE A.SCHOOL_YEAR = #{year}"
            + " AND A.CRITERION_NO = #{criterion} AND (A.STATUS_NO = 3 OR (A." + OPEN + " AND A.DUE_DATE &lt; #{today}))"
            + " <if test='schools != null'> AND A.SCHOOL_NO IN"
            + " <foreach item='s' collection='schools' open='(' separator=',' close=')'>#{s}</foreach></if>"
            + " ORDER BY A.DUE_DATE, A.SCHOOL_NO, A.SEQ</script>")
    List<StateRow> behind(@Param("year") int year, @Param("criterion") int criterion,
                          @Param("schools") Collection<Integer> schools, @Param("today") Date today);

    @Select("SELECT * FROM MONITORING.ACTION_STATE A WHERE A.LEAD_USER_ID <> '' AND A." + OPEN
            + " AND A.DUE_DATE <= #{soon} AND A.SCHOOL_YEAR = (SELECT MIN(S.SCHOOL_YEAR) FROM MONITORING.ACTION_STATE S"
            + " WHERE S.PLAN_ID = A.PLAN_ID) ORDER BY A.LEAD_USER_ID, A.DUE_DATE, A.PLAN_ID, A.SEQ")
    List<StateRow> dueByLead(@Param("soon") Date soon);

    // ---- year close

    @Insert("INSERT INTO MONITORING.YEAR_CLOSE (PLAN_ID, SCHOOL_YEAR, SCHOOL_ID, PLAN_REVISION, LAST_YEAR, CLOSED_BY,"
            + " CLOSED_BY_NAME, CLOSED_AT) VALUES (#{planId}, #{schoolYear}, #{schoolId}, #{planRevision}, #{lastYear},"
            + " #{closedBy}, #{closedByName}, #{closedAt})")
    int insertClose(CloseRow row);

    @Insert("<script>INSERT INTO MONITORING.CLOSE_ACTION (PLAN_ID, SCHOOL_YEAR, SEQ, ACTION_KEY, CRITERION_CODE,"
            + " STANDARD_NO, DESCRIPTION, STATUS, PERCENT_DONE, PLANNED, SPENT, IS_DONE) VALUES"
            + " <foreach item='r' collection='rows' separator=','>(#{r.planId}, #{r.schoolYear}, #{r.seq}, #{r.actionKey},"
            + " #{r.criterionCode}, #{r.standardNo}, #{r.description}, #{r.status}, #{r.percentDone},"
            + " #{r.planned,jdbcType=BIGINT}, #{r.spent,jdbcType=BIGINT}, #{r.isDone})</foreach></script>")
    int insertCloseActions(@Param("rows") List<CloseActionRow> rows);

    @Select("SELECT * FROM MONITORING.YEAR_CLOSE WHERE PLAN_ID = #{planId} ORDER BY SCHOOL_YEAR")
    List<CloseRow> closes(long planId);

    @Select("SELECT * FROM MONITORING.CLOSE_ACTION WHERE PLAN_ID = #{planId} AND SCHOOL_YEAR = #{year} ORDER BY SEQ")
    List<CloseActionRow> closeActions(@Param("planId") long planId, @Param("year") int year);

    @Select("SELECT PLAN_ID FROM MONITORING.YEAR_CLOSE WHERE SCHOOL_YEAR = #{year}")
    List<Long> closedPlans(int year);

    // ---- reviews

    @Select("SELECT PERIODS FROM MONITORING.REVIEW_SETTING WHERE SCHOOL_ID = #{schoolId}")
    String reviewPeriods(String schoolId);

    @Delete("DELETE FROM MONITORING.REVIEW_SETTING WHERE SCHOOL_ID = #{schoolId}")
    int deleteReviewPeriods(String schoolId);

    @Insert("INSERT INTO MONITORING.REVIEW_SETTING (SCHOOL_ID, PERIODS) VALUES (#{schoolId}, #{periods})")
    int insertReviewPeriods(@Param("schoolId") String schoolId, @Param("periods") String periods);

    @Insert("INSERT INTO MONITORING.REVIEW (PLAN_ID, SCHOOL_ID, PERIOD_KIND, REVIEW_MONTH, SCHOOL_YEAR, REVIEW_DATE,"
            + " CONTENT_TEXT, RESULTS, ADJUSTMENTS, REVIEWERS, RECOMMENDATIONS, CREATED_BY, CREATED_BY_NAME, CREATED_AT)"
            + " VALUES (#{planId}, #{schoolId}, #{periodKind}, #{reviewMonth}, #{schoolYear}, #{reviewDate},"
            + " #{contentText}, #{results}, #{adjustments}, #{reviewers}, #{recommendations}, #{createdBy},"
            + " #{createdByName}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertReview(ReviewRow row);

    @Update("UPDATE MONITORING.REVIEW SET ADJUSTMENTS = #{adjustments} WHERE ID = #{id}")
    int updateReviewAdjustments(ReviewRow row);

    @Delete("DELETE FROM MONITORING.REVIEW WHERE ID = #{id}")
    int deleteReview(long id);

    @Select("SELECT COUNT(*) FROM MONITORING.REVIEW WHERE PLAN_ID = #{planId} AND SCHOOL_YEAR = #{year}"
            + " AND PERIOD_KIND = #{period} AND REVIEW_MONTH = #{month}")
    int countReviews(@Param("planId") long planId, @Param("year") int year, @Param("period") String period,
                     @Param("month") int month);

    @Select("SELECT * FROM MONITORING.REVIEW WHERE PLAN_ID = #{planId} ORDER BY SCHOOL_YEAR, REVIEW_DATE, ID")
    List<ReviewRow> reviews(long planId);

    @Select("SELECT * FROM MONITORING.REVIEW WHERE ID = #{id}")
    ReviewRow review(long id);

    /** The plans with an action behind on a criterion in a school year (a superset of the drill-down's plans). */
    String BEHIND_PLANS = "SELECT A.PLAN_ID FROM MONITORING.ACTION_STATE A WHERE A.SCHOOL_YEAR = #{year}"
            + " AND A.CRITERION_NO = #{criterion} AND (A.STATUS_NO = 3 OR (A." + OPEN + " AND A.DUE_DATE &lt; #{today}))";

    /** The plan and adjustments of the reviews of the plans behind on a criterion (the drill-down's marker). */
    @Select("<script>SELECT R.PLAN_ID, R.ADJUSTMENTS FROM MONITORING.REVIEW R WHERE R.PLAN_ID IN (" + BEHIND_PLANS
            + ")</script>")
    List<ReviewRow> reviewAdjustmentsBehind(@Param("year") int year, @Param("criterion") int criterion,
                                            @Param("today") Date today);

    /** The plan and findings of the inspections of the plans behind on a criterion (the drill-down's marker). */
    @Select("<script>SELECT I.PLAN_ID, I.FINDINGS FROM MONITORING.INSPECTION I WHERE I.PLAN_ID IN (" + BEHIND_PLANS
            + ")</script>")
    List<InspectionRow> inspectionFindingsBehind(@Param("year") int year, @Param("criterion") int criterion,
                                                 @Param("today") Date today);

    /** The plan and adjustments of the plans' reviews (the follow-up marker). */
    @Select("<script>SELECT PLAN_ID, ADJUSTMENTS FROM MONITORING.REVIEW WHERE PLAN_ID IN"
            + " <foreach item='p' collection='plans' open='(' separator=',' close=')'>#{p}</foreach></script>")
    List<ReviewRow> reviewAdjustments(@Param("plans") Collection<Long> plans);

    // ---- inspections

    @Insert("INSERT INTO MONITORING.INSPECTION (PLAN_ID, SCHOOL_ID, BODY_ID, BODY_NAME, STARTS_AT, TEAM, PARTICIPANTS,"
            + " BASIS, FINDINGS, COMMENTS, CONCLUSION, SIGNATURES, CREATED_BY, CREATED_BY_NAME, CREATED_AT) VALUES"
            + " (#{planId}, #{schoolId}, #{bodyId}, #{bodyName}, #{startsAt}, #{team}, #{participants}, #{basis},"
            + " #{findings}, #{comments}, #{conclusion}, #{signatures}, #{createdBy}, #{createdByName}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertInspection(InspectionRow row);

    @Update("UPDATE MONITORING.INSPECTION SET FINDINGS = #{findings} WHERE ID = #{id}")
    int updateInspectionFindings(InspectionRow row);

    @Delete("DELETE FROM MONITORING.INSPECTION WHERE ID = #{id}")
    int deleteInspection(long id);

    @Select("SELECT * FROM MONITORING.INSPECTION WHERE SCHOOL_ID = #{schoolId} ORDER BY STARTS_AT DESC, ID DESC")
    List<InspectionRow> inspections(String schoolId);

    @Select("SELECT * FROM MONITORING.INSPECTION WHERE ID = #{id}")
    InspectionRow inspection(long id);

    /** The plan and findings of the plans' inspections (the follow-up marker). */
    @Select("<script>SELECT PLAN_ID, FINDINGS FROM MONITORING.INSPECTION WHERE PLAN_ID IN"
            + " <foreach item='p' collection='plans' open='(' separator=',' close=')'>#{p}</foreach></script>")
    List<InspectionRow> inspectionFindings(@Param("plans") Collection<Long> plans);

    // ---- evidence (the content is written and read over JDBC by EvidenceStore)

    String EVIDENCE_COLUMNS = "ID, SCHOOL_ID, CODE, CODE_GROUP, CODE_SEQ, KIND, TITLE, REF_TEXT, ISSUED_ON, ISSUER,"
            + " FILE_NAME, FILE_TYPE, FILE_SIZE, SHA256, CREATED_BY, CREATED_BY_NAME, CREATED_AT";

    @Insert("INSERT INTO MONITORING.EVIDENCE (SCHOOL_ID, CODE, CODE_GROUP, CODE_SEQ, KIND, TITLE, REF_TEXT, ISSUED_ON,"
            + " ISSUER, FILE_NAME, FILE_TYPE, FILE_SIZE, SHA256, CREATED_BY, CREATED_BY_NAME, CREATED_AT) VALUES"
            + " (#{schoolId}, #{code}, #{codeGroup}, #{codeSeq}, #{kind}, #{title}, #{refText}, #{issuedOn,jdbcType=DATE},"
            + " #{issuer}, #{fileName}, #{fileType,jdbcType=VARCHAR}, #{fileSize}, #{sha256}, #{createdBy},"
            + " #{createdByName}, #{createdAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    int insertEvidence(EvidenceRow row);

    @Select("SELECT COALESCE(MAX(CODE_SEQ), 0) FROM MONITORING.EVIDENCE WHERE SCHOOL_ID = #{schoolId}"
            + " AND CODE_GROUP = #{group}")
    int maxCodeSeq(@Param("schoolId") String schoolId, @Param("group") String group);

    @Select("SELECT " + EVIDENCE_COLUMNS + " FROM MONITORING.EVIDENCE WHERE ID = #{id}")
    EvidenceRow evidence(long id);

    @Select("SELECT " + EVIDENCE_COLUMNS + " FROM MONITORING.EVIDENCE WHERE SCHOOL_ID = #{schoolId} ORDER BY CODE")
    List<EvidenceRow> evidenceOfSchool(String schoolId);

    @Select("SELECT " + EVIDENCE_COLUMNS + " FROM MONITORING.EVIDENCE WHERE ID IN (SELECT EVIDENCE_ID FROM"
            + " MONITORING.EVIDENCE_LINK WHERE PLAN_ID = #{planId}) ORDER BY CODE")
    List<EvidenceRow> evidenceOfPlan(long planId);

    @Select("<script>SELECT * FROM MONITORING.EVIDENCE_LINK WHERE EVIDENCE_ID IN"
            + " <foreach item='i' collection='ids' open='(' separator=',' close=')'>#{i}</foreach>"
            + " ORDER BY LINKED_AT, PLAN_ID, ACTION_KEY, CRITERION_CODE</script>")
    List<LinkRow> links(@Param("ids") Collection<Long> ids);

    @Select("SELECT COUNT(*) FROM MONITORING.EVIDENCE_LINK WHERE EVIDENCE_ID = #{evidenceId} AND PLAN_ID = #{planId}"
            + " AND ACTION_KEY = #{actionKey} AND CRITERION_CODE = #{criterionCode}")
    int countLink(LinkRow row);

    @Insert("INSERT INTO MONITORING.EVIDENCE_LINK (EVIDENCE_ID, PLAN_ID, ACTION_KEY, CRITERION_CODE, SCHOOL_ID,"
            + " LINKED_AT) VALUES (#{evidenceId}, #{planId}, #{actionKey}, #{criterionCode}, #{schoolId}, #{linkedAt})")
    int insertLink(LinkRow row);

    // ---- digests

    @Select("SELECT * FROM MONITORING.DIGEST WHERE USER_ID = #{userId} AND WEEK_START = #{weekStart}")
    DigestRow digest(@Param("userId") String userId, @Param("weekStart") Date weekStart);

    @Insert("INSERT INTO MONITORING.DIGEST (USER_ID, WEEK_START, OUTCOME, ERROR_TEXT, ITEMS, SENT_AT) VALUES"
            + " (#{userId}, #{weekStart}, #{outcome}, #{errorText}, #{items}, #{sentAt})")
    int insertDigest(DigestRow row);

    // ---- purge

    @Delete("DELETE FROM MONITORING.PROGRESS WHERE SCHOOL_ID = #{schoolId}")
    int purgeProgress(String schoolId);

    @Delete("DELETE FROM MONITORING.ACTION_STATE WHERE SCHOOL_ID = #{schoolId}")
    int purgeStates(String schoolId);

    @Delete("DELETE FROM MONITORING.PLAN_STATE WHERE SCHOOL_ID = #{schoolId}")
    int purgePlanStates(String schoolId);

    @Delete("DELETE FROM MONITORING.ROLL_CELL WHERE SCHOOL_NO IN (SELECT NUM FROM MONITORING.SCHOOL_NO"
            + " WHERE SCHOOL_ID = #{schoolId})")
    int purgeCells(String schoolId);

    @Delete("DELETE FROM MONITORING.ROLL_SPILL WHERE SCHOOL_NO IN (SELECT NUM FROM MONITORING.SCHOOL_NO"
            + " WHERE SCHOOL_ID = #{schoolId})")
    int purgeSpill(String schoolId);

    @Delete("DELETE FROM MONITORING.ROLL_SCHOOL WHERE SCHOOL_NO IN (SELECT NUM FROM MONITORING.SCHOOL_NO"
            + " WHERE SCHOOL_ID = #{schoolId})")
    int purgeSchoolSums(String schoolId);

    @Delete("DELETE FROM MONITORING.CLOSE_ACTION WHERE PLAN_ID IN (SELECT PLAN_ID FROM MONITORING.YEAR_CLOSE"
            + " WHERE SCHOOL_ID = #{schoolId})")
    int purgeCloseActions(String schoolId);

    @Delete("DELETE FROM MONITORING.YEAR_CLOSE WHERE SCHOOL_ID = #{schoolId}")
    int purgeCloses(String schoolId);

    @Delete("DELETE FROM MONITORING.REVIEW_SETTING WHERE SCHOOL_ID = #{schoolId}")
    int purgeReviewSettings(String schoolId);

    @Delete("DELETE FROM MONITORING.REVIEW WHERE SCHOOL_ID = #{schoolId}")
    int purgeReviews(String schoolId);

    @Delete("DELETE FROM MONITORING.INSPECTION WHERE SCHOOL_ID = #{schoolId}")
    int purgeInspections(String schoolId);

    @Delete("DELETE FROM MONITORING.EVIDENCE_LINK WHERE EVIDENCE_ID IN (SELECT ID FROM MONITORING.EVIDENCE"
            + " WHERE SCHOOL_ID = #{schoolId})")
    int purgeLinks(String schoolId);

    @Delete("DELETE FROM MONITORING.EVIDENCE WHERE SCHOOL_ID = #{schoolId}")
    int purgeEvidence(String schoolId);
}
