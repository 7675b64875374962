package vn.edu.caitien.portal.db.impl;

import java.net.URL;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One migration script found under {@code db/<moduleId>/}.
 *
 * @param version     the number after {@code V}
 * @param description the part after {@code __}, underscores turned into spaces
 * @param databaseId  the dialect of a variant ({@code V1__x.postgresql.sql}), or {@code null} for the plain script
 * @param fileName    the file name, for messages
 * @param url         where to read it
 */
record MigrationScript(int version, String description, String databaseId, String fileName, URL url) {

    /** {@code V<int>__<description>[.<databaseId>].sql}; the description holds no dot. */
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([^.]+)(?:\\.([A-Za-z0-9_-]+))?\\.sql");

    /** @return the script described by the file name, empty when the name does not follow the pattern */
    static Optional<MigrationScript> parse(String fileName, URL url) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '),
                m.group(3), fileName, url));
    }
}
