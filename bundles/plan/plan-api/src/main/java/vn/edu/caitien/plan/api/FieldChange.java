package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * A field whose value differs between two states of a plan.
 *
 * @param path     where the field is: {@code header.title}, {@code purposes[2]},
 *                 {@code rows[r-1a2b].actions[a-3c4d].budgetText}; rows and actions are named by their keys, so
 *                 moving a row changes only its {@code position}
 * @param oldValue the value before, as text; empty when the field did not exist
 * @param newValue the value after, as text; empty when the field was removed
 */
public record FieldChange(String path, String oldValue, String newValue) implements Serializable {

    /** @return the key of the row the field is in, or null */
    public String rowKey() {
        return between("rows[", "]");
    }

    /** @return the key of the action the field is in, or null */
    public String actionKey() {
        return between("actions[", "]");
    }

    private String between(String open, String close) {
        int i = path.indexOf(open);
        if (i < 0) {
            return null;
        }
        int j = path.indexOf(close, i);
        return path.substring(i + open.length(), j);
    }
}
