package vn.edu.caitien.monitoring.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.edu.caitien.monitoring.api.ActionStatus;
import vn.edu.caitien.monitoring.api.CriterionRollUp;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.ProgressTotals;
import vn.edu.caitien.monitoring.api.RollUp;
import vn.edu.caitien.monitoring.impl.db.Rows.CriterionAggRow;
import vn.edu.caitien.monitoring.impl.db.Rows.PlanStateRow;
import vn.edu.caitien.monitoring.impl.db.Rows.SchoolAggRow;

/** The arithmetic of dashboards and roll-ups. */
class TotalsTest {

    @Test
    void countsAndMeanPercentLeaveCancelledActionsOut() {
        ProgressTotals t = new Totals()
                .add(ActionStatus.DONE, 100, DueState.CLOSED, 500L, 450L)
                .add(ActionStatus.IN_PROGRESS, 50, DueState.OVERDUE, 100L, null)
                .add(ActionStatus.CANCELLED, 0, DueState.CLOSED, 40L, 5L)
                .add(ActionStatus.NOT_STARTED, 0, DueState.DUE_SOON, null, null)
                .add(ActionStatus.PAUSED, 25, DueState.ON_TRACK, 0L, 0L)
                .toTotals();
        assertThat(t).isEqualTo(new ProgressTotals(5, 1, 1, 2, 1, 1, 44, 640, 455));
        assertThat(t.notStarted()).isEqualTo(1);
        assertThat(new Totals().toTotals()).isEqualTo(ProgressTotals.EMPTY);
    }

    @Test
    void meanRoundsHalfUp() {
        assertThat(Totals.mean(0, 0)).isZero();
        assertThat(Totals.mean(100, 3)).isEqualTo(33);
        assertThat(Totals.mean(200, 3)).isEqualTo(67);
        assertThat(Totals.mean(5, 2)).isEqualTo(3);
        assertThat(Totals.mean(150, 2)).isEqualTo(75);
    }

    private static SchoolAggRow agg(int school, int actions, int done, int cancelled, int overdue, long percentSum,
                                    long planned) {
        SchoolAggRow r = new SchoolAggRow();
        r.schoolNo = school;
        r.actions = actions;
        r.done = done;
        r.cancelled = cancelled;
        r.overdue = overdue;
        r.percentSum = percentSum;
        r.planned = planned;
        return r;
    }

    private static CriterionAggRow crit(String code, int schools, int behind, int actions) {
        CriterionAggRow r = new CriterionAggRow();
        r.criterionNo = vn.edu.caitien.monitoring.impl.db.Rows.criterionNo(code);
        r.schools = schools;
        r.schoolsBehind = behind;
        r.actions = actions;
        return r;
    }

    @Test
    void rollUpAddsSchoolsAndMergesCriterionChunks() {
        var schools = List.of(MonitoringFixtures.MN, MonitoringFixtures.THCS, MonitoringFixtures.THPT);
        PlanStateRow plan = new PlanStateRow();
        plan.planId = 7;
        plan.status = "PUBLISHED";
        RollUp r = MonitoringServiceImpl.rollUp("so", 2025, LocalDate.of(2026, 1, 20), schools,
                Map.of("mn-sen-hong", agg(1, 60, 30, 0, 5, 3000, 1_000),
                        "thpt-bac-ninh", agg(2, 40, 10, 10, 20, 900, 500)),
                // the same criterion from two chunks of schools
                List.of(crit("2.3", 1, 1, 4), crit("1.10", 2, 0, 7), crit("2.3", 22, 22, 50), crit("1.2", 1, 0, 1)),
                Map.of("mn-sen-hong", plan), Set.of("thpt-bac-ninh"));
        assertThat(r.totals()).isEqualTo(new ProgressTotals(100, 40, 10, 0, 25, 0, 43, 1_500, 0));
        assertThat(r.schools()).extracting(s -> s.schoolId() + ":" + s.totals().percent() + ":" + s.planId() + ":" + s.closed())
                .containsExactly("mn-sen-hong:50:7:false", MonitoringFixtures.THCS.id() + ":0:null:false",
                        "thpt-bac-ninh:30:null:true");
        assertThat(r.criteria()).extracting(CriterionRollUp::criterionCode).containsExactly("1.2", "1.10", "2.3");
        assertThat(r.criteria().get(2)).isEqualTo(new CriterionRollUp("2.3", 2, 23, 23, 54, 0, 0));
    }

    @Test
    void criterionNumbersKeepTheOrderAndRoundTrip() {
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionNo("2.3")).isEqualTo(2003);
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionNo("1.10")).isEqualTo(1010);
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionNo("Tiêu chí 1")).isZero();
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionNo(null)).isZero();
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionCode(1010)).isEqualTo("1.10");
        assertThat(vn.edu.caitien.monitoring.impl.db.Rows.criterionCode(0)).isEmpty();
    }
}
