-- Roll-up speed (issue #5: the province roll-up over 5,000 schools within 200 ms) and the follow-up marker.
-- ROLL_SCHOOL: one row per school year and school, rebuilt with its cells (MonitoringStore.rebuildCells, same
-- transaction, under the school's lock): the cells summed up (counts, percent sum, planned, spent) and CELLS, the
-- cells themselves in a few characters each, "criterion/actions/done/late/dues" separated by ";", where dues are the
-- due dates of the cell's open actions (neither done nor cancelled) as days since 1970-01-01, ascending, separated by
-- ",", each followed by ":count" when more than one action is due that day ("3001/3/1/0/20392,20423:2"). The roll-up
-- reads one row per school and counts, for the day, each school's overdue and due-soon actions and each criterion's
-- schools, schools behind, actions, overdue and done from CELLS (Cells.count), instead of two GROUP BYs over every
-- cell. The rows written below from the existing cells have CELLS NULL (as has a school too large to encode): the
-- roll-up reads those schools from ROLL_CELL and ROLL_SPILL as before, until their next change.
-- REVIEW and INSPECTION by plan: the follow-up marker is read from them for every plan page and the drill-down.
-- PostgreSQL variant (index names without schema).

CREATE TABLE MONITORING.ROLL_SCHOOL (
    SCHOOL_YEAR  INTEGER NOT NULL,
    SCHOOL_NO    INTEGER NOT NULL,
    ACTIONS      INTEGER NOT NULL,
    DONE         INTEGER NOT NULL,
    CANCELLED    INTEGER NOT NULL,
    IN_PROGRESS  INTEGER NOT NULL,
    PERCENT_SUM  BIGINT  NOT NULL,
    PLANNED      BIGINT  NOT NULL,
    SPENT        BIGINT  NOT NULL,
    CELLS        VARCHAR(32000),
    PRIMARY KEY (SCHOOL_YEAR, SCHOOL_NO)
);

-- A body's schools (IN list), as for the cells.
CREATE INDEX IX_ROLL_SCHOOL_SCHOOL ON MONITORING.ROLL_SCHOOL (SCHOOL_NO, SCHOOL_YEAR);
CREATE INDEX IX_REVIEW_PLAN ON MONITORING.REVIEW (PLAN_ID);
CREATE INDEX IX_INSPECTION_PLAN ON MONITORING.INSPECTION (PLAN_ID);

INSERT INTO MONITORING.ROLL_SCHOOL (SCHOOL_YEAR, SCHOOL_NO, ACTIONS, DONE, CANCELLED, IN_PROGRESS, PERCENT_SUM, PLANNED,
    SPENT, CELLS)
SELECT SCHOOL_YEAR, SCHOOL_NO, SUM(ACTIONS), SUM(DONE), SUM(CANCELLED), SUM(IN_PROGRESS), SUM(PERCENT_SUM), SUM(PLANNED),
    SUM(SPENT), CAST(NULL AS VARCHAR(32000))
FROM MONITORING.ROLL_CELL GROUP BY SCHOOL_YEAR, SCHOOL_NO;
