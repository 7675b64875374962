package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An on-site inspection of a school's plan by a supervising body, as on the inspection form (seed
 * {@code inspection-th-tran-van-dang.txt}). Input of {@link MonitoringService#recordInspection}.
 *
 * @param planId       the plan inspected
 * @param bodyId       the body that inspects; the user must belong to it and it must supervise the school
 * @param startsAt     date and time of the visit; not in the future
 * @param team         the inspection team: exactly one {@link TeamRole#LEADER}
 * @param participants the school's participants
 * @param basis        basis (căn cứ), may be empty
 * @param findings     findings per action or criterion
 * @param comments     "Nhận xét của đoàn kiểm tra"; required
 * @param conclusion   conclusion (kết luận), may be empty
 * @param signatures   names of those who sign, in print order
 */
public record InspectionDraft(long planId, String bodyId, LocalDateTime startsAt, List<TeamMember> team,
                              List<Participant> participants, String basis, List<Finding> findings, String comments,
                              String conclusion, List<String> signatures) implements Serializable {
    /** Defaults and copies. */
    public InspectionDraft {
        team = team == null ? List.of() : List.copyOf(team);
        participants = participants == null ? List.of() : List.copyOf(participants);
        basis = basis == null ? "" : basis;
        findings = findings == null ? List.of() : List.copyOf(findings);
        comments = comments == null ? "" : comments;
        conclusion = conclusion == null ? "" : conclusion;
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }
}
