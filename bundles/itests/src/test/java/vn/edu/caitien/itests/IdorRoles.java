package vn.edu.caitien.itests;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.portal.api.PermissionDefinition;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Which writes a user may make in a school they belong to or supervise: the permission each write needs (from the
 * services' Javadoc), held by the default grants the modules declare ({@code PortalModule.permissions()}), read
 * independently of the host's {@code PermissionService}. A write not listed here is allowed to nobody of the roles
 * part (principals and administrators are not tested there), so a new write method shows up as a leak until it is
 * added with its permission.
 */
final class IdorRoles {

    /** Needs the write permission and, unless principal or vice principal, to lead the action the call names. */
    private static final String LEAD = "+lead";
    /** A teacher or staff member may save a plan when only the actions they lead change ({@code PlanService}). */
    private static final String OWN_ACTIONS = "+own-actions";
    /** Needs membership of the body named in the call, and that body supervises the school. */
    private static final String BODY = "+body";

    /** Method name → the permissions, any of which allows it (with the suffix rules above). */
    static final Map<String, List<String>> NEEDS = Map.ofEntries(
            Map.entry("create", List.of("plan.edit")),
            Map.entry("copyToNextPeriod", List.of("plan.edit")),
            Map.entry("submit", List.of("plan.edit")),
            Map.entry("recordCompletion", List.of("plan.edit")),
            Map.entry("save", List.of("plan.edit", "plan.view" + OWN_ACTIONS)),
            Map.entry("approve", List.of("plan.approve")),
            Map.entry("returnForChanges", List.of("plan.approve")),
            Map.entry("publish", List.of("plan.approve")),
            Map.entry("comment", List.of("plan.comment")),
            Map.entry("addFollowUpAction", List.of("plan.edit", "plan.comment")),
            Map.entry("update", List.of("monitoring.update" + LEAD)),
            Map.entry("addFile", List.of("monitoring.update" + LEAD)),
            Map.entry("addReference", List.of("monitoring.update" + LEAD)),
            Map.entry("link", List.of("monitoring.update" + LEAD)),
            Map.entry("setReviewPeriods", List.of("monitoring.review")),
            Map.entry("recordReview", List.of("monitoring.review")),
            Map.entry("recordInspection", List.of("monitoring.inspect" + BODY)),
            Map.entry("closeYear", List.of("monitoring.close")));

    private final Map<String, PermissionDefinition> permissions;

    IdorRoles(Map<String, PermissionDefinition> permissions) {
        this.permissions = permissions;
    }

    /** @return whether the write that just changed the school was the user's to make */
    boolean allowed(Method method, PortalUser user, IdorWorld.Target school, Object[] args, boolean tampered) {
        for (String need : NEEDS.getOrDefault(method.getName(), List.of())) {
            String permission = need.contains("+") ? need.substring(0, need.indexOf('+')) : need;
            if (!granted(user, permission, school)) {
                continue;
            }
            if (need.endsWith(LEAD)) {
                Set<PortalRole> roles = user.rolesIn(school.id());
                if (roles.contains(PortalRole.PRINCIPAL) || roles.contains(PortalRole.VICE_PRINCIPAL)) {
                    return true;
                }
                Optional<String> key = find(method, args, "actionKey");
                if (key.isPresent() && key.get().isEmpty()) {
                    // evidence of a criterion only: the monitoring team
                    return granted(user, "monitoring.review", school);
                }
                if (key.isPresent() && school.plans.values().stream().flatMap(p -> p.actions().stream())
                        .filter(a -> a.getKey().equals(key.get())).map(PlanAction::getLeadUserId)
                        .anyMatch(user.id()::equals)) {
                    return true;
                }
                continue;
            }
            if (need.endsWith(OWN_ACTIONS)) {
                Set<PortalRole> roles = user.rolesIn(school.id());
                if (!tampered && (roles.contains(PortalRole.TEACHER) || roles.contains(PortalRole.STAFF))) {
                    return true;
                }
                continue;
            }
            if (need.endsWith(BODY)) {
                Optional<String> body = find(method, args, "bodyId");
                if (body.isPresent() && user.bodyIds().contains(body.get())
                        && school.school.supervisorIds().contains(body.get())) {
                    return true;
                }
                continue;
            }
            return true;
        }
        return false;
    }

    /**
     * The declared rule: a role the user holds in the school is among the permission's default roles, or the user
     * belongs to a body that supervises the school and the permission names {@code SUPERVISOR}.
     */
    boolean granted(PortalUser user, String permission, IdorWorld.Target school) {
        PermissionDefinition def = permissions.get(permission);
        if (def == null) {
            return false;
        }
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        user.memberships().stream().filter(m -> !m.isBody() && m.orgId().equals(school.id()))
                .forEach(m -> roles.addAll(m.roles()));
        if (roles.stream().anyMatch(def.defaultRoles()::contains)) {
            return true;
        }
        boolean supervises = user.bodyIds().stream().anyMatch(school.school.supervisorIds()::contains);
        return supervises && def.defaultRoles().contains(PortalRole.SUPERVISOR);
    }

    /** @return the value of a parameter or record component (searched one level deep) with that name */
    static Optional<String> find(Method method, Object[] args, String name) {
        for (int i = 0; i < args.length; i++) {
            if (method.getParameters()[i].getName().equals(name) && args[i] instanceof String s) {
                return Optional.of(s);
            }
        }
        for (Object a : args) {
            Optional<String> found = component(a, name, 0);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> component(Object value, String name, int depth) {
        if (value == null || !value.getClass().isRecord() || depth > 2) {
            return Optional.empty();
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(value);
                if (c.getName().equals(name) && v instanceof String s) {
                    return Optional.of(s);
                }
                Optional<String> nested = component(v, name, depth + 1);
                if (nested.isPresent()) {
                    return nested;
                }
            } catch (ReflectiveOperationException e) {
                // not readable
            }
        }
        return Optional.empty();
    }
}
