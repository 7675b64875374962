package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A school as the host portal knows it.
 *
 * @param id             stable identifier chosen by the host; never blank
 * @param name           official name, for example "Trường THCS Thanh Xương"; never blank
 * @param levels         the levels it teaches; more than one for a multi-level school; never empty
 * @param documentSymbol the symbol used in document numbers, for example {@code THCSTX} in {@code 166/KH-THCSTX}
 * @param parentBody     the body printed above the school in document headers, for example "UBND XÃ THANH XƯƠNG"
 * @param supervisorIds  ids of the {@link SupervisingBody bodies} that supervise it, nearest first; may be empty
 */
public record School(String id, String name, Set<SchoolLevel> levels, String documentSymbol, String parentBody,
                     List<String> supervisorIds) implements Serializable {

    /** Checks and copies the components. */
    public School {
        Ids.requireId(id);
        Objects.requireNonNull(name, "name");
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("a school teaches at least one level");
        }
        levels = Set.copyOf(levels);
        documentSymbol = documentSymbol == null ? "" : documentSymbol;
        parentBody = parentBody == null ? "" : parentBody;
        supervisorIds = supervisorIds == null ? List.of() : List.copyOf(supervisorIds);
    }

    /** @return whether the school teaches more than one level (trường phổ thông có nhiều cấp học) */
    public boolean isMultiLevel() {
        return levels.size() > 1;
    }

    /**
     * @param bodyId a supervising body's id
     * @return whether that body supervises this school
     */
    public boolean isSupervisedBy(String bodyId) {
        return supervisorIds.contains(bodyId);
    }
}
