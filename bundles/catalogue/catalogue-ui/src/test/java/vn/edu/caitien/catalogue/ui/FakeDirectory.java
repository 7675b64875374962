package vn.edu.caitien.catalogue.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.portal.api.BodyKind;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolDirectory;
import vn.edu.caitien.portal.api.SchoolLevel;
import vn.edu.caitien.portal.api.StaffMember;
import vn.edu.caitien.portal.api.SupervisingBody;

/** Two schools under the Điện Biên department and a commune committee, as the host's directory would give them. */
final class FakeDirectory implements SchoolDirectory {

    static final SupervisingBody DIEN_BIEN = new SupervisingBody("so-dienbien",
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN", BodyKind.PROVINCIAL_DEPARTMENT);
    static final SupervisingBody COMMUNE = new SupervisingBody("ubnd-thanhxuong", "UBND XÃ THANH XƯƠNG",
            BodyKind.COMMUNE_COMMITTEE);

    private static final List<School> SCHOOLS = List.of(
            new School("thcs-tx", "Trường THCS Thanh Xương", Set.of(SchoolLevel.THCS), "THCSTX",
                    "UBND XÃ THANH XƯƠNG", List.of(COMMUNE.id(), DIEN_BIEN.id())),
            new School("mn-tx", "Trường Mầm non Thanh Xương", Set.of(SchoolLevel.MN), "MNTX",
                    "UBND XÃ THANH XƯƠNG", List.of(COMMUNE.id(), DIEN_BIEN.id())));

    @Override
    public Optional<School> school(String schoolId) {
        return SCHOOLS.stream().filter(s -> s.id().equals(schoolId)).findFirst();
    }

    @Override
    public List<School> schools() {
        return SCHOOLS;
    }

    @Override
    public Optional<SupervisingBody> body(String bodyId) {
        return List.of(DIEN_BIEN, COMMUNE).stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }

    @Override
    public List<School> schoolsSupervisedBy(String bodyId) {
        return SCHOOLS.stream().filter(s -> s.supervisorIds().contains(bodyId)).toList();
    }

    /** The catalogue panels never list staff. */
    @Override
    public List<StaffMember> staff(String schoolId) {
        return List.of();
    }
}
