package vn.edu.caitien.portal.db.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements. Deliberately simple: a statement ends on a line whose last
 * non-blank character is {@code ;}, and lines that start with {@code --} are dropped. Anything cleverer (quotes
 * spanning lines, trailing comments) would need a real SQL lexer per dialect.
 */
final class SqlScript {

    private SqlScript() {
    }

    /** Reads the script as UTF-8 and splits it. */
    static List<String> read(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        // Same reason as in ScriptLocator: jar URLs must not pin the jar file open.
        connection.setUseCaches(false);
        try (Reader reader = new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8)) {
            return split(reader);
        }
    }

    /** @return the statements, without their closing {@code ;}, in order; blank statements are dropped */
    static List<String> split(Reader source) throws IOException {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BufferedReader reader = new BufferedReader(source);
        String line;
        boolean first = true;
        while ((line = reader.readLine()) != null) {
            if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1); // editors on Windows may save UTF-8 with a byte order mark
            }
            first = false;
            String trimmed = line.strip();
            if (trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                add(statements, current);
            } else {
                current.append(line).append('\n');
            }
        }
        add(statements, current);
        return statements;
    }

    private static void add(List<String> statements, StringBuilder current) {
        String statement = current.toString().strip();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }
}
