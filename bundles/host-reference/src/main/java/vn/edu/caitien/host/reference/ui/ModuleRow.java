package vn.edu.caitien.host.reference.ui;

import java.io.Serializable;

/**
 * One module as the administration page shows it, computed for one request.
 *
 * @param id            module id
 * @param title         module title in the session's locale
 * @param bundle        symbolic name of the bundle that registered it
 * @param state         that bundle's state (ACTIVE, RESOLVED...)
 * @param schemaVersion highest applied migration of the module, or null when the migrator is not available
 */
record ModuleRow(String id, String title, String bundle, String state, Integer schemaVersion)
        implements Serializable {
}
