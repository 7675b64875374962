package vn.edu.caitien.catalogue.impl.db;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Criterion mappings between regimes, province overrides and the shipped-file record. SQL in {@code MappingMapper.xml}. */
public interface MappingMapper {

    List<MappingRow> findMappings(@Param("fromRegime") String fromRegime, @Param("toRegime") String toRegime);

    int deleteMapping(@Param("fromRegime") String fromRegime, @Param("fromAppendix") String fromAppendix,
                      @Param("fromCode") String fromCode, @Param("toRegime") String toRegime);

    int insertMapping(@Param("fromRegime") String fromRegime, @Param("fromAppendix") String fromAppendix,
                      @Param("fromCode") String fromCode, @Param("toRegime") String toRegime,
                      @Param("toAppendix") String toAppendix, @Param("toCode") String toCode,
                      @Param("position") int position, @Param("by") String by, @Param("at") Instant at);

    List<OverrideRow> findOverrides();

    int deleteOverride(@Param("provinceId") String provinceId, @Param("schoolLevel") String schoolLevel,
                       @Param("fromYear") int fromYear);

    int insertOverride(@Param("provinceId") String provinceId, @Param("schoolLevel") String schoolLevel,
                       @Param("fromYear") int fromYear, @Param("regimeId") String regimeId,
                       @Param("by") String by, @Param("at") Instant at);

    int countShippedLoad(@Param("name") String name);

    int insertShippedLoad(@Param("name") String name, @Param("at") Instant at);
}
