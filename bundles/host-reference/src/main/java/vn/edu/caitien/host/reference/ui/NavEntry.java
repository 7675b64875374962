package vn.edu.caitien.host.reference.ui;

import java.io.Serializable;

/**
 * One entry of the left navigation, computed for one request.
 *
 * @param module module id
 * @param panel  panel name
 * @param title  title in the session's locale, from the contributing bundle's messages
 */
record NavEntry(String module, String panel, String title) implements Serializable {
}
