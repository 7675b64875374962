package vn.edu.caitien.portal.db.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.portal.db.impl.DerbyDatabase;

class MyBatisFactoryTest {

    private DerbyDatabase database;

    @BeforeEach
    void createDatabase() {
        database = new DerbyDatabase("memory:mybatis-" + UUID.randomUUID());
    }

    @AfterEach
    void dropDatabase() {
        database.drop();
    }

    @Test
    void roundTripsARowAndReturnsTheGeneratedKey() throws SQLException {
        SqlSessionFactory factory = MyBatisFactory.create(database, List.of(TestNoteMapper.class),
                List.of(TestNote.class));

        TestNote first = note("Kế hoạch cải tiến chất lượng", "cô Hương");
        TestNote second = note("Tự đánh giá", null);
        try (SqlSession session = factory.openSession()) {
            TestNoteMapper mapper = session.getMapper(TestNoteMapper.class);
            mapper.createTable();
            assertThat(mapper.insert(first)).isEqualTo(1);
            assertThat(mapper.insert(second)).isEqualTo(1);
            session.commit();
        }

        assertThat(first.getId()).isNotNull();
        assertThat(second.getId()).isGreaterThan(first.getId());
        try (SqlSession session = factory.openSession()) {
            TestNoteMapper mapper = session.getMapper(TestNoteMapper.class);
            TestNote read = mapper.findById(first.getId());
            assertThat(read.getTitle()).isEqualTo("Kế hoạch cải tiến chất lượng");
            // CREATED_BY -> createdBy through mapUnderscoreToCamelCase
            assertThat(read.getCreatedBy()).isEqualTo("cô Hương");
            assertThat(mapper.findAll()).extracting(TestNote::getTitle)
                    .containsExactly("Kế hoạch cải tiến chất lượng", "Tự đánh giá");
            assertThat(mapper.findById(second.getId()).getCreatedBy()).isNull();
        }
    }

    @Test
    void configurationCarriesTheDatabaseIdAndSettings() {
        SqlSessionFactory factory = MyBatisFactory.create(database, List.of(TestNoteMapper.class),
                List.of(TestNote.class));

        assertThat(factory.getConfiguration().getDatabaseId()).isEqualTo(PortalDatabase.DERBY);
        assertThat(factory.getConfiguration().isLazyLoadingEnabled()).isFalse();
        assertThat(factory.getConfiguration().isMapUnderscoreToCamelCase()).isTrue();
        assertThat(factory.getConfiguration().getTypeAliasRegistry().resolveAlias("TestNote")).isEqualTo(TestNote.class);
        try (SqlSession session = factory.openSession()) {
            assertThat(session.getMapper(TestNoteMapper.class).dialect()).isEqualTo("derby");
        }
    }

    private static TestNote note(String title, String createdBy) {
        TestNote note = new TestNote();
        note.setTitle(title);
        note.setCreatedBy(createdBy);
        return note;
    }
}
