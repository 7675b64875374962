package vn.edu.caitien.export.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * What to export.
 *
 * @param kind     the document kind
 * @param id       the id of the thing exported (plan id for {@link DocumentKind#PLAN}, {@link DocumentKind#MONITORING_REPORT}
 *                 and {@link DocumentKind#YEAR_END_REPORT}; inspection id for {@link DocumentKind#INSPECTION_RECORD};
 *                 the start year of the school year for {@link DocumentKind#ROLLUP}, 2025 for 2025-2026)
 * @param revision a revision of a plan; null for the current one (for supervising bodies: the last published)
 * @param scope    a further key the kind needs; never null. {@link DocumentKind#MONITORING_REPORT}: the day reported on
 *                 (ISO {@code 2026-01-15}; empty for today) or the period ({@code SEMESTER_1:2025},
 *                 {@code YEAR_END:2025}, {@code MONTHLY:2026-03}); {@link DocumentKind#YEAR_END_REPORT}: the start
 *                 year of the school year ({@code 2025}), empty for the plan's last closed year (else its first);
 *                 {@link DocumentKind#ROLLUP}: the body id
 */
public record DocumentRequest(DocumentKind kind, long id, Integer revision, String scope) implements Serializable {

    /** Checks the kind and turns a null scope into an empty one. */
    public DocumentRequest {
        Objects.requireNonNull(kind, "kind");
        scope = scope == null ? "" : scope;
    }

    /** @return the current revision of a plan */
    public static DocumentRequest plan(long planId) {
        return new DocumentRequest(DocumentKind.PLAN, planId, null, "");
    }

    /**
     * @param asOf the day the report is made for (progress as reported on or before it); null for today
     * @return the monitoring report of a plan's current revision
     */
    public static DocumentRequest monitoringReport(long planId, java.time.LocalDate asOf) {
        return new DocumentRequest(DocumentKind.MONITORING_REPORT, planId, null, asOf == null ? "" : asOf.toString());
    }

    /** @return one revision of a plan */
    public static DocumentRequest plan(long planId, int revision) {
        return new DocumentRequest(DocumentKind.PLAN, planId, revision, "");
    }
}
