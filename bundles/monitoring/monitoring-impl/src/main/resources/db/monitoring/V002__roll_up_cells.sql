-- Roll-up freshness and speed.
-- PLAN_STATE: the plan's lock version (PLAN_VERSION) and its last published revision, so that a change made in the
-- plan editor (told by PlanListener) replaces the stored actions, and the roll-up shows a plan that was published
-- once as published while a new revision is being drafted.
-- SCHOOL_NO.TOUCHED: written first by every transaction that changes a school's state rows, so that those
-- transactions run one after the other per school and the aggregates below are never computed from a stale read.
-- ROLL_CELL: ACTION_STATE pre-aggregated per school year, school and criterion, rebuilt from the school's state rows
-- in the transaction that changes them (see MonitoringStore.rebuildCells). Overdue and due-soon depend on the day,
-- so each cell keeps the due dates of its open actions (neither done nor cancelled) with their counts: up to four
-- in D1/N1..D4/N4, the others in ROLL_SPILL. The roll-up then reads one row per school and criterion.
-- Derby; see the .postgresql variant (index names without schema).

ALTER TABLE MONITORING.PLAN_STATE ADD COLUMN PLAN_VERSION BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE MONITORING.PLAN_STATE ADD COLUMN PUBLISHED_REVISION INTEGER DEFAULT 0 NOT NULL;
UPDATE MONITORING.PLAN_STATE SET PUBLISHED_REVISION = REVISION WHERE STATUS = 'PUBLISHED';
ALTER TABLE MONITORING.SCHOOL_NO ADD COLUMN TOUCHED INTEGER DEFAULT 0 NOT NULL;

CREATE TABLE MONITORING.ROLL_CELL (
    SCHOOL_YEAR  INTEGER NOT NULL,
    SCHOOL_NO    INTEGER NOT NULL,
    CRITERION_NO INTEGER NOT NULL,
    ACTIONS      INTEGER NOT NULL,
    DONE         INTEGER NOT NULL,
    CANCELLED    INTEGER NOT NULL,
    IN_PROGRESS  INTEGER NOT NULL,
    LATE         INTEGER NOT NULL,
    PERCENT_SUM  BIGINT  NOT NULL,
    PLANNED      BIGINT  NOT NULL,
    SPENT        BIGINT  NOT NULL,
    MIN_OPEN_DUE DATE,
    D1 DATE, N1 INTEGER NOT NULL,
    D2 DATE, N2 INTEGER NOT NULL,
    D3 DATE, N3 INTEGER NOT NULL,
    D4 DATE, N4 INTEGER NOT NULL,
    PRIMARY KEY (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO)
);

CREATE TABLE MONITORING.ROLL_SPILL (
    SCHOOL_YEAR  INTEGER NOT NULL,
    SCHOOL_NO    INTEGER NOT NULL,
    CRITERION_NO INTEGER NOT NULL,
    DUE_DATE     DATE    NOT NULL,
    N            INTEGER NOT NULL,
    PRIMARY KEY (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, DUE_DATE)
);

-- A body's schools (IN list): Derby probes an IN list only on an index's first column.
CREATE INDEX MONITORING.IX_ROLL_CELL_SCHOOL ON MONITORING.ROLL_CELL (SCHOOL_NO, SCHOOL_YEAR);
CREATE INDEX MONITORING.IX_ROLL_SPILL_SCHOOL ON MONITORING.ROLL_SPILL (SCHOOL_NO, SCHOOL_YEAR);
-- The plan's state rows by school and year (the cells' rebuild reads them).
CREATE INDEX MONITORING.IX_PLAN_STATE_YEARS ON MONITORING.PLAN_STATE (START_YEAR, END_YEAR);

-- Existing state rows: every open due date goes to ROLL_SPILL (exact); the next change of a school moves them into
-- the cells' slots.
INSERT INTO MONITORING.ROLL_CELL (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, ACTIONS, DONE, CANCELLED, IN_PROGRESS, LATE,
    PERCENT_SUM, PLANNED, SPENT, MIN_OPEN_DUE, N1, N2, N3, N4)
SELECT SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, COUNT(*),
    SUM(CASE WHEN STATUS_NO = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN STATUS_NO = 5 THEN 1 ELSE 0 END),
    SUM(CASE WHEN STATUS_NO IN (1, 3, 4) THEN 1 ELSE 0 END), SUM(CASE WHEN STATUS_NO = 3 THEN 1 ELSE 0 END),
    SUM(CAST(CASE WHEN STATUS_NO = 5 THEN 0 ELSE PERCENT_DONE END AS BIGINT)), SUM(COALESCE(PLANNED, 0)),
    SUM(COALESCE(SPENT, 0)), MIN(CASE WHEN STATUS_NO NOT IN (2, 5) THEN DUE_DATE ELSE CAST(NULL AS DATE) END),
    0, 0, 0, 0
FROM MONITORING.ACTION_STATE GROUP BY SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO;

INSERT INTO MONITORING.ROLL_SPILL (SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, DUE_DATE, N)
SELECT SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, DUE_DATE, COUNT(*) FROM MONITORING.ACTION_STATE
WHERE STATUS_NO NOT IN (2, 5) GROUP BY SCHOOL_YEAR, SCHOOL_NO, CRITERION_NO, DUE_DATE;
