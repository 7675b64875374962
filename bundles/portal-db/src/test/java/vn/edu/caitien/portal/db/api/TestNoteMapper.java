package vn.edu.caitien.portal.db.api;

import java.util.List;

/** SQL in TestNoteMapper.xml next to this interface. */
public interface TestNoteMapper {

    void createTable();

    int insert(TestNote note);

    TestNote findById(long id);

    List<TestNote> findAll();

    String dialect();
}
