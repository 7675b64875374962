package vn.edu.caitien.portal.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * A body above schools: a provincial department, a ward People's Committee, a (historical) district office.
 *
 * @param id   stable identifier chosen by the host; never blank
 * @param name official name as printed in documents, for example "UBND PHƯỜNG HÀ ĐÔNG"; never blank
 * @param kind what kind of body this is; never null
 */
public record SupervisingBody(String id, String name, BodyKind kind) implements Serializable {
    /** Checks that no component is missing. */
    public SupervisingBody {
        Ids.requireId(id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
