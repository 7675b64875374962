package vn.edu.caitien.export.impl.render;

import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Runs POI work with the thread context class loader set to POI's own: XMLBeans looks schema types up by name
 * through it, which in OSGi (POI in the vn.edu.caitien.poi bundle) would otherwise be the caller's loader.
 */
final class Poi {

    /** Work that writes a file. */
    interface Work {
        void run() throws IOException;
    }

    private Poi() {
    }

    static void run(Work work) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XWPFDocument.class.getClassLoader());
        try {
            work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
