package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * A person of the school taking part in an inspection.
 *
 * @param name     full name; required
 * @param position position ("Hiệu trưởng", "Tổ trưởng chuyên môn")
 */
public record Participant(String name, String position) implements Serializable {
    /** Defaults the texts. */
    public Participant {
        name = name == null ? "" : name;
        position = position == null ? "" : position;
    }
}
