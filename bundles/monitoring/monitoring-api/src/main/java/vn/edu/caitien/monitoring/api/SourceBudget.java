package vn.edu.caitien.monitoring.api;

import java.io.Serializable;
import vn.edu.caitien.plan.api.FundingSource;

/**
 * Planned and spent money of the actions funded from one source. An action naming several sources is counted once,
 * under {@code mixed}; one naming none, under neither ({@code source} null, {@code mixed} false).
 *
 * @param source  the source, null for mixed or unstated
 * @param mixed   whether this is the bucket of actions with several sources
 * @param actions how many actions
 * @param planned estimates in đồng
 * @param spent   reported spend in đồng
 */
public record SourceBudget(FundingSource source, boolean mixed, int actions, long planned, long spent)
        implements Serializable {
}
