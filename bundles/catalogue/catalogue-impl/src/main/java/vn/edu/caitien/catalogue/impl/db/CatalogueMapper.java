package vn.edu.caitien.catalogue.impl.db;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Regimes, versions and their content. SQL in {@code CatalogueMapper.xml}. */
public interface CatalogueMapper {

    List<RegimeRow> findRegimes();

    RegimeRow findRegime(@Param("id") String id);

    RegimeRow findRegimeVersion(@Param("id") String id, @Param("versionNo") int versionNo);

    List<VersionRow> findVersions(@Param("regimeId") String regimeId);

    List<AppendixRow> findAppendices(@Param("versionId") long versionId);

    /** @param appendix an appendix code, or null for all appendices */
    List<StandardRow> findStandards(@Param("versionId") long versionId, @Param("appendix") String appendix);

    /** @param appendix an appendix code, or null for all appendices */
    List<CriterionRow> findCriteria(@Param("versionId") long versionId, @Param("appendix") String appendix);

    CriterionRow findCriterion(@Param("versionId") long versionId, @Param("appendix") String appendix,
                               @Param("code") String code);

    /** @param appendix an appendix code, or null for all appendices */
    List<IndicatorRow> findIndicators(@Param("versionId") long versionId, @Param("appendix") String appendix);

    List<IndicatorRow> findIndicatorsOf(@Param("criterionId") long criterionId);

    List<Level4Row> findLevel4Items(@Param("versionId") long versionId);

    /** @param patterns LIKE patterns ({@code % word%}), all of which must match */
    List<SearchRow> search(@Param("patterns") List<String> patterns);

    /** @return the regime's current version number, or null when the regime does not exist */
    Integer findCurrentVersion(@Param("id") String id);

    int insertRegime(@Param("id") String id, @Param("officialTextChecked") boolean officialTextChecked);

    /** Moves the current version only if nobody else did meanwhile; 0 means a concurrent publish won. */
    int advanceVersion(@Param("id") String id, @Param("expected") int expected, @Param("next") int next);

    int markChecked(@Param("id") String id, @Param("checked") boolean checked, @Param("by") String by,
                    @Param("at") Instant at);

    int insertVersion(NewVersion version);

    int insertAppendix(@Param("versionId") long versionId, @Param("code") String code,
                       @Param("position") int position, @Param("labels") String labels);

    int insertStandard(@Param("versionId") long versionId, @Param("appendix") String appendix,
                       @Param("standardNo") int standardNo, @Param("title") String title);

    int insertCriterion(NewCriterion criterion);

    int insertIndicator(@Param("criterionId") long criterionId, @Param("levelNo") int levelNo,
                        @Param("letter") String letter, @Param("officialText") String officialText,
                        @Param("summary") String summary);

    int insertLevel4Item(@Param("versionId") long versionId, @Param("position") int position,
                         @Param("code") String code, @Param("summary") String summary);
}
