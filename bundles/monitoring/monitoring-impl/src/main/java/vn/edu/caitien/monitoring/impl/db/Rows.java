package vn.edu.caitien.monitoring.impl.db;

import java.sql.Date;
import java.sql.Timestamp;
import vn.edu.caitien.monitoring.api.ActionStatus;

/**
 * Row and parameter classes of the monitoring tables: plain public fields that MyBatis fills by column name
 * ({@code PLAN_ID} to {@code planId}) and reads as parameters. Registered as aliases by simple name.
 */
public final class Rows {

    private Rows() {
    }

    /** A row of {@code PROGRESS}. */
    public static final class ProgressRow {
        public Long id;
        public String schoolId;
        public long planId;
        public String actionKey;
        public Date asOf;
        public String status;
        public int percentDone;
        public Long spent;
        public String degree;
        public String degreeNote;
        public String note;
        public String authorId;
        public String authorName;
        public Timestamp recordedAt;
    }

    /** A row of {@code ACTION_STATE}. */
    public static final class StateRow {
        public long planId;
        public String actionKey;
        public int schoolYear;
        public String schoolId;
        public int schoolNo;
        public String criterionCode;
        public int criterionNo;
        public int standardNo;
        public String description;
        public String leadText;
        public String leadUserId;
        public Date startDate;
        public Date endDate;
        public boolean openEnded;
        public Date dueDate;
        public Long planned;
        public String sources;
        /** Ordinal of {@link ActionStatus}. */
        public int statusNo;
        public int percentDone;
        public Long spent;
        public String degree;
        public Date lastUpdate;
        public int updates;
        public boolean followUp;
        public int seq;

        /** @return the status */
        public ActionStatus status() {
            return ActionStatus.values()[statusNo];
        }

        /** @param status the status */
        public void status(ActionStatus status) {
            statusNo = status.ordinal();
        }

        /** @param code a criterion code; sets the code and its number */
        public void criterion(String code) {
            criterionCode = code;
            criterionNo = criterionNo(code);
        }
    }

    /**
     * @return {@code standard * 1000 + criterion} for a code such as {@code 2.3} (2003) or {@code 1.10} (1010); 0 when
     *         the code cannot be read
     */
    public static int criterionNo(String code) {
        if (code == null) {
            return 0;
        }
        int dot = code.indexOf('.');
        try {
            int a = Integer.parseInt(code.substring(0, dot));
            int b = Integer.parseInt(code.substring(dot + 1));
            return a > 0 && a < 1000 && b >= 0 && b < 1000 ? a * 1000 + b : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** @return the code of a criterion number; empty for 0 */
    public static String criterionCode(int no) {
        return no <= 0 ? "" : (no / 1000) + "." + (no % 1000);
    }

    /** A row of {@code SCHOOL_NO}. */
    public static final class SchoolNoRow {
        public String schoolId;
        public int num;
    }

    /** A row of {@code PLAN_STATE}. */
    public static final class PlanStateRow {
        public long planId;
        public String schoolId;
        public int schoolNo;
        public int startYear;
        public int endYear;
        public int revision;
        public String status;
        public Timestamp seenAt;
        /** The plan's lock version the rows reflect (0: before the listener; refreshed on next sight). */
        public long planVersion;
        /** The last revision published, 0 when none. */
        public int publishedRevision;
    }

    /** A row of {@code YEAR_CLOSE}. */
    public static final class CloseRow {
        public long planId;
        public int schoolYear;
        public String schoolId;
        public int planRevision;
        public boolean lastYear;
        public String closedBy;
        public String closedByName;
        public Timestamp closedAt;
    }

    /** A row of {@code CLOSE_ACTION}. */
    public static final class CloseActionRow {
        public long planId;
        public int schoolYear;
        public int seq;
        public String actionKey;
        public String criterionCode;
        public int standardNo;
        public String description;
        public String status;
        public int percentDone;
        public Long planned;
        public Long spent;
        public boolean isDone;
    }

    /** A row of {@code REVIEW}; lists encoded by {@code Lines}. */
    public static final class ReviewRow {
        public Long id;
        public long planId;
        public String schoolId;
        public String periodKind;
        public int reviewMonth;
        public int schoolYear;
        public Date reviewDate;
        public String contentText;
        public String results;
        public String adjustments;
        public String reviewers;
        public String recommendations;
        public String createdBy;
        public String createdByName;
        public Timestamp createdAt;
    }

    /** A row of {@code INSPECTION}; lists encoded by {@code Lines}. */
    public static final class InspectionRow {
        public Long id;
        public long planId;
        public String schoolId;
        public String bodyId;
        public String bodyName;
        public Timestamp startsAt;
        public String team;
        public String participants;
        public String basis;
        public String findings;
        public String comments;
        public String conclusion;
        public String signatures;
        public String createdBy;
        public String createdByName;
        public Timestamp createdAt;
    }

    /** A row of {@code EVIDENCE} without its content. */
    public static final class EvidenceRow {
        public Long id;
        public String schoolId;
        public String code;
        public String codeGroup;
        public int codeSeq;
        public String kind;
        public String title;
        public String refText;
        public Date issuedOn;
        public String issuer;
        public String fileName;
        public String fileType;
        public long fileSize;
        public String sha256;
        public String createdBy;
        public String createdByName;
        public Timestamp createdAt;
    }

    /** A row of {@code EVIDENCE_LINK}. */
    public static final class LinkRow {
        public long evidenceId;
        public long planId;
        public String actionKey;
        public String criterionCode;
        public String schoolId;
        public Timestamp linkedAt;
    }

    /** A row of {@code DIGEST}. */
    public static final class DigestRow {
        public String userId;
        public Date weekStart;
        public String outcome;
        public String errorText;
        public int items;
        public Timestamp sentAt;
    }

    /**
     * Per school counts and sums of one school year (roll-up); also a row of {@code ROLL_SCHOOL}, whose overdue and
     * due-soon counts are computed from {@link #cells} (see {@link Cells#count}).
     */
    public static final class SchoolAggRow {
        public int schoolYear;
        public int schoolNo;
        /** ROLL_SCHOOL only: its cells encoded, see V004; null for a row written by the migration. */
        public String cells;
        public int actions;
        public int done;
        public int cancelled;
        public int inProgress;
        public int overdue;
        public int dueSoon;
        public long percentSum;
        public long planned;
        public long spent;
    }

    /** Per criterion counts over schools (roll-up). */
    public static final class CriterionAggRow {
        public int criterionNo;
        public int schools;
        public int schoolsBehind;
        public int actions;
        public int overdue;
        public int done;
    }

    /** A row of {@code ROLL_CELL}: one school year, school and criterion. */
    public static final class CellRow {
        public int schoolYear;
        public int schoolNo;
        public int criterionNo;
        public int actions;
        public int done;
        public int cancelled;
        public int inProgress;
        public int late;
        public long percentSum;
        public long planned;
        public long spent;
        public Date minOpenDue;
        public Date d1;
        public int n1;
        public Date d2;
        public int n2;
        public Date d3;
        public int n3;
        public Date d4;
        public int n4;
    }

    /** A row of {@code ROLL_SPILL}: open actions of a cell due on one day beyond the cell's four slots. */
    public static final class SpillRow {
        public int schoolYear;
        public int schoolNo;
        public int criterionNo;
        public Date dueDate;
        public int n;
    }
}
