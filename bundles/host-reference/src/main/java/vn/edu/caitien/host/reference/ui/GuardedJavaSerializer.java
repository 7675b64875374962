package vn.edu.caitien.host.reference.ui;

import org.apache.wicket.serialize.java.JavaSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Java serialization for the page store that treats a page it cannot read back as expired. A page holding a panel
 * of a module that has since stopped refers to classes (often lambdas) that no bundle provides any more; reading
 * it throws {@code ClassCastException} or similar. Returning null sends Wicket down its page-expired path, which
 * re-creates a bookmarkable page instead of answering with HTTP 500.
 */
public final class GuardedJavaSerializer extends JavaSerializer {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedJavaSerializer.class);

    /** @param applicationKey the Wicket application's key */
    public GuardedJavaSerializer(String applicationKey) {
        super(applicationKey);
    }

    @Override
    public Object deserialize(byte[] data) {
        try {
            return super.deserialize(data);
        } catch (RuntimeException unreadable) {
            LOG.warn("A stored page could not be read back (a module it used has probably stopped); "
                    + "it is treated as expired", unreadable);
            return null;
        }
    }
}
