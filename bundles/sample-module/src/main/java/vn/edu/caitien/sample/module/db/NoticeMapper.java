package vn.edu.caitien.sample.module.db;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Notices. SQL in {@code NoticeMapper.xml}. */
public interface NoticeMapper {

    /** @return the school's notices, newest first */
    List<NoticeRow> findBySchool(@Param("schoolId") String schoolId);

    /** @return the notice when it belongs to that school, else null */
    NoticeRow findInSchool(@Param("schoolId") String schoolId, @Param("id") long id);

    /** Inserts a notice and sets its generated id. */
    void insert(NoticeRow row);

    /** @return the number of notices deleted */
    int deleteBySchool(@Param("schoolId") String schoolId);
}
