package vn.edu.caitien.monitoring.api;

import java.io.Serializable;

/**
 * A member of an inspection team; may be the principal of another school.
 *
 * @param name     full name; required
 * @param position position ("Chuyên viên", "Hiệu trưởng")
 * @param unit     unit ("UBND phường Kinh Bắc", "Trường TH Thị Cầu")
 * @param role     leader or member
 */
public record TeamMember(String name, String position, String unit, TeamRole role) implements Serializable {
    /** Defaults the texts. */
    public TeamMember {
        name = name == null ? "" : name;
        position = position == null ? "" : position;
        unit = unit == null ? "" : unit;
        role = role == null ? TeamRole.MEMBER : role;
    }
}
