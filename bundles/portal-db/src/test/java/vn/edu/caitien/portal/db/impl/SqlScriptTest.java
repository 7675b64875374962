package vn.edu.caitien.portal.db.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnLinesEndingWithASemicolonAndDropsCommentLines() throws IOException {
        String script = """
                \uFEFF-- header comment; with a semicolon;
                CREATE TABLE PLAN (
                    ID INT NOT NULL, -- not a comment line, kept
                    TITLE VARCHAR(200) NOT NULL
                );

                  -- indented comment
                INSERT INTO PLAN VALUES (1, 'Nâng cao chất lượng; dạy học');
                INSERT INTO PLAN VALUES (2, 'Đổi mới')  ;\s
                VALUES 1""";

        assertThat(SqlScript.split(new StringReader(script))).containsExactly(
                "CREATE TABLE PLAN (\n    ID INT NOT NULL, -- not a comment line, kept\n"
                        + "    TITLE VARCHAR(200) NOT NULL\n)",
                "INSERT INTO PLAN VALUES (1, 'Nâng cao chất lượng; dạy học')",
                "INSERT INTO PLAN VALUES (2, 'Đổi mới')",
                "VALUES 1");
    }

    @Test
    void emptyScriptHasNoStatements() throws IOException {
        assertThat(SqlScript.split(new StringReader("-- only a comment\n\n;\n"))).isEmpty();
    }

    @Test
    void parsesScriptNames() {
        assertThat(MigrationScript.parse("V003__create_plan.sql", null)).hasValueSatisfying(s -> {
            assertThat(s.version()).isEqualTo(3);
            assertThat(s.description()).isEqualTo("create plan");
            assertThat(s.databaseId()).isNull();
        });
        assertThat(MigrationScript.parse("V3__create_plan.postgresql.sql", null))
                .hasValueSatisfying(s -> assertThat(s.databaseId()).isEqualTo("postgresql"));
        assertThat(MigrationScript.parse("V3_create_plan.sql", null)).isEmpty();
        assertThat(MigrationScript.parse("create_plan.sql", null)).isEmpty();
    }
}
