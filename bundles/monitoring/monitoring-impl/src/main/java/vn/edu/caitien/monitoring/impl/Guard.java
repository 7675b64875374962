package vn.edu.caitien.monitoring.impl;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PermissionService;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolDirectory;

/** The access rules shared by the monitoring services. Thread-safe. */
final class Guard {

    /** An action of a plan with its row's criterion and its position. */
    record ActionInfo(PlanAction action, String criterionCode, int standardNo, int seq) {
        String key() {
            return action.getKey();
        }
    }

    final PlanService plans;
    final PermissionService permissions;
    final SchoolDirectory directory;

    Guard(PlanService plans, PermissionService permissions, SchoolDirectory directory) {
        this.plans = plans;
        this.permissions = permissions;
        this.directory = directory;
    }

    /** @return the plan as the user may read it (bodies: the published revision), or not found */
    PlanDocument plan(PortalUser user, long planId) {
        PlanDocument doc = plans.plan(user, planId).orElseThrow(() -> new PlanNotFoundException(planId));
        if (!permissions.canSee(user, doc.getSchoolId())) {
            throw new PlanNotFoundException(planId);
        }
        return doc;
    }

    /** @throws AccessDeniedException without the permission for the school */
    void require(PortalUser user, String permission, String schoolId) {
        permissions.check(user, permission, schoolId);
    }

    /** A school the user may not see does not exist for them. */
    void requireVisibleSchool(PortalUser user, String schoolId) {
        if (schoolId == null || directory.school(schoolId).isEmpty() || !permissions.canSee(user, schoolId)) {
            throw new MonitoringNotFoundException("school", schoolId);
        }
    }

    /** @return whether the user is principal or vice principal of the school itself */
    static boolean leads(PortalUser user, String schoolId) {
        Set<PortalRole> roles = user.memberships().stream().filter(m -> !m.isBody() && m.orgId().equals(schoolId))
                .flatMap(m -> m.roles().stream()).collect(java.util.stream.Collectors.toSet());
        return roles.contains(PortalRole.PRINCIPAL) || roles.contains(PortalRole.VICE_PRINCIPAL);
    }

    /** The {@code monitoring.update} rule: the permission, and principal/vice principal or the action's lead. */
    void requireUpdate(PortalUser user, String schoolId, PlanAction action) {
        require(user, MonitoringService.UPDATE, schoolId);
        if (!leads(user, schoolId) && !user.id().equals(action.getLeadUserId())) {
            throw new AccessDeniedException(MonitoringService.UPDATE, "user " + user.id() + " does not lead action "
                    + action.getKey());
        }
    }

    /** @return the plan's actions in table order */
    static List<ActionInfo> actions(PlanDocument doc) {
        List<ActionInfo> out = new ArrayList<>();
        int seq = 0;
        for (PlanRow row : doc.getRows()) {
            int standard = row.getStandardNo();
            if (standard == 0 && row.getCriterionCode().contains(".")) {
                try {
                    standard = Integer.parseInt(row.getCriterionCode().substring(0, row.getCriterionCode().indexOf('.')));
                } catch (NumberFormatException e) {
                    standard = 0;
                }
            }
            for (PlanAction a : row.getActions()) {
                out.add(new ActionInfo(a, row.getCriterionCode(), standard, seq++));
            }
        }
        return out;
    }

    /** @return the action, or not found */
    static ActionInfo action(PlanDocument doc, String actionKey) {
        return find(doc, actionKey).orElseThrow(() -> new MonitoringNotFoundException("action", actionKey));
    }

    static Optional<ActionInfo> find(PlanDocument doc, String actionKey) {
        return actions(doc).stream().filter(a -> a.key().equals(actionKey)).findFirst();
    }

    /** @return the text NFC-normalised and stripped; never null */
    static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).strip();
    }
}
