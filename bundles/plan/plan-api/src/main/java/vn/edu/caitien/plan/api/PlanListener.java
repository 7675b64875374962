package vn.edu.caitien.plan.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every committed change of a plan (whiteboard: register an implementation as an OSGi service and the plan
 * service calls it), so that other modules can keep what they derive from plans up to date without polling.
 */
@ConsumerType
public interface PlanListener {

    /**
     * Called after every committed change of a plan — create, save, workflow steps (submit, approve, return,
     * publish), copy to the next period (for the new plan), follow-up actions and the year-end completion — with the
     * plan's current revision as stored after that change. Called on the writer's thread, after its transaction
     * committed: implementations must be quick and must not throw (an exception is logged and ignored; it never
     * undoes or fails the write). Two writes of the same plan on different threads may be reported out of order:
     * compare {@link PlanDocument#getVersion()}.
     *
     * @param current the current revision as stored; a copy of its own that the listener may keep and change
     */
    void planChanged(PlanDocument current);
}
