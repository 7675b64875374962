package vn.edu.caitien.monitoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.plan.api.PlanPeriod;

/** Due dates and due states, also across school-year boundaries. */
class DueRulesTest {

    private static final PlanPeriod Y2025 = PlanPeriod.schoolYear(2025);

    @Test
    void schoolYearTurnsOnFirstAugust() {
        assertThat(DueRules.schoolYearStart(LocalDate.of(2026, 7, 31))).isEqualTo(2025);
        assertThat(DueRules.schoolYearStart(LocalDate.of(2026, 8, 1))).isEqualTo(2026);
        assertThat(DueRules.schoolYearStart(LocalDate.of(2025, 12, 31))).isEqualTo(2025);
        assertThat(DueRules.schoolYearStart(LocalDate.of(2026, 1, 1))).isEqualTo(2025);
        assertThat(DueRules.schoolYearLabel(2025)).isEqualTo("2025-2026");
        assertThat(DueRules.teachingEnd(2025)).isEqualTo(LocalDate.of(2026, 5, 31));
    }

    @Test
    void dueDateIsTheEndOrTheLastTeachingDayOfThePeriod() {
        assertThat(DueRules.dueDate(LocalDate.of(2025, 12, 31), false, Y2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        // unreadable end and open-ended actions are due on 31/05 of the period's last school year
        assertThat(DueRules.dueDate(null, false, Y2025)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(DueRules.dueDate(LocalDate.of(2025, 10, 1), true, Y2025)).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(DueRules.dueDate(null, true, PlanPeriod.stage(2022, 2025))).isEqualTo(LocalDate.of(2025, 5, 31));
    }

    @Test
    void overdueAcrossTheSchoolYearBoundary() {
        LocalDate due = LocalDate.of(2026, 5, 31);
        assertThat(DueRules.dueState(ActionStatus.IN_PROGRESS, due, LocalDate.of(2026, 5, 31), 14))
                .isEqualTo(DueState.DUE_SOON);
        assertThat(DueRules.dueState(ActionStatus.IN_PROGRESS, due, LocalDate.of(2026, 6, 1), 14))
                .isEqualTo(DueState.OVERDUE);
        // still overdue in the next school year, until it is reported done
        assertThat(DueRules.dueState(ActionStatus.NOT_STARTED, due, LocalDate.of(2026, 9, 5), 14))
                .isEqualTo(DueState.OVERDUE);
        assertThat(DueRules.dueState(ActionStatus.DONE, due, LocalDate.of(2026, 9, 5), 14))
                .isEqualTo(DueState.CLOSED);
        assertThat(DueRules.dueState(ActionStatus.CANCELLED, due, LocalDate.of(2026, 9, 5), 14))
                .isEqualTo(DueState.CLOSED);
        // a December end judged in August of the same school year's start is far away
        assertThat(DueRules.dueState(null, LocalDate.of(2025, 12, 31), LocalDate.of(2025, 8, 1), 14))
                .isEqualTo(DueState.ON_TRACK);
    }

    @Test
    void dueSoonWindowEdges() {
        LocalDate due = LocalDate.of(2026, 1, 15);
        assertThat(DueRules.dueState(ActionStatus.LATE, due, LocalDate.of(2026, 1, 1), 14)).isEqualTo(DueState.DUE_SOON);
        assertThat(DueRules.dueState(ActionStatus.LATE, due, LocalDate.of(2025, 12, 31), 14)).isEqualTo(DueState.ON_TRACK);
        assertThat(DueRules.dueState(ActionStatus.PAUSED, due, LocalDate.of(2026, 1, 15), 0)).isEqualTo(DueState.DUE_SOON);
        assertThat(DueRules.dueState(ActionStatus.PAUSED, due, LocalDate.of(2026, 1, 14), 0)).isEqualTo(DueState.ON_TRACK);
        assertThatThrownBy(() -> DueRules.dueState(ActionStatus.PAUSED, due, due, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
