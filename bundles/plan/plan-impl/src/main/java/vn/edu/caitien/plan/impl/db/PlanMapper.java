package vn.edu.caitien.plan.impl.db;

import java.sql.Date;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL of the plan module; statements in {@code PlanMapper.xml}. */
public interface PlanMapper {

    int insertPlan(PlanParam plan);

    /** @return 1, or 0 when the lock version is no longer {@code plan.expectedVersion} */
    int updatePlan(PlanParam plan);

    PlanRecord findPlan(@Param("id") long id);

    List<PlanRecord> findPlans(@Param("schoolId") String schoolId, @Param("schoolYearStart") Integer schoolYearStart,
                               @Param("status") String status, @Param("publishedOnly") boolean publishedOnly);

    int countNumber(@Param("schoolId") String schoolId, @Param("number") int number, @Param("from") Date from,
                    @Param("to") Date to, @Param("excludeId") long excludeId);

    int insertRevision(RevisionParam revision);

    int updateRevision(RevisionParam revision);

    RevisionRecord findRevision(@Param("planId") long planId, @Param("revision") int revision);

    int insertChanges(@Param("list") List<ChangeParam> changes);

    List<ChangeRecord> findChanges(@Param("planId") long planId, @Param("afterVersion") long afterVersion);

    int deleteActions(@Param("planId") long planId);

    int insertActions(@Param("list") List<ActionParam> actions);

    List<ActionRecord> findActionsByLead(@Param("schoolId") String schoolId, @Param("leadUserId") String leadUserId,
                                         @Param("leadFolded") String leadFolded);

    int insertComment(CommentParam comment);

    List<CommentRecord> findComments(@Param("planId") long planId);

    int purgeComments(@Param("schoolId") String schoolId);

    int purgeActions(@Param("schoolId") String schoolId);

    int purgeChanges(@Param("schoolId") String schoolId);

    int purgeRevisions(@Param("schoolId") String schoolId);

    int purgePlans(@Param("schoolId") String schoolId);
}
