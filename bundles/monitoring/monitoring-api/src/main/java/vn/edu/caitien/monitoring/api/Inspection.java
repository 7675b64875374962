package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A stored inspection.
 *
 * @param id           the id
 * @param planId       the plan inspected
 * @param schoolId     its school
 * @param bodyId       the inspecting body
 * @param bodyName     its name as printed
 * @param startsAt     date and time of the visit
 * @param team         the team, leader first
 * @param participants the school's participants
 * @param basis        basis
 * @param findings     findings, with the keys of follow-up actions created
 * @param comments     "Nhận xét của đoàn kiểm tra"
 * @param conclusion   conclusion
 * @param signatures   who sign
 * @param createdBy    display name of who recorded it
 * @param createdAt    when
 */
public record Inspection(long id, long planId, String schoolId, String bodyId, String bodyName,
                         LocalDateTime startsAt, List<TeamMember> team, List<Participant> participants, String basis,
                         List<Finding> findings, String comments, String conclusion, List<String> signatures,
                         String createdBy, Instant createdAt) implements Serializable {
    /** Copies the lists. */
    public Inspection {
        team = List.copyOf(team);
        participants = List.copyOf(participants);
        findings = List.copyOf(findings);
        signatures = List.copyOf(signatures);
    }
}
