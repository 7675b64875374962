package vn.edu.caitien.catalogue.impl.db;

import java.sql.Date;

/**
 * A regime joined with one of its versions (usually the current one). Lists are stored as text, see the store.
 * Dates are {@code java.sql.Date}: Derby cannot read or bind {@code java.time} values through JDBC 4.2 getObject/setObject.
 */
public record RegimeRow(String id, int currentVersion, boolean officialTextChecked, long versionId, int versionNo,
                        String circular, String title, Date issued, Date effective, String amendedBy,
                        String levels, String ruleSet, String planForm, boolean mandatoryAllowed) {
}
