package vn.edu.caitien.portal.api.ui;

/**
 * Thrown by {@link ServiceRef#get()} when the service is not registered, typically because its bundle was
 * stopped. The host shows a translated "this function is unavailable" message instead of an error page.
 */
public class ServiceUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param serviceType name of the missing service interface */
    public ServiceUnavailableException(String serviceType) {
        super("service unavailable: " + serviceType);
    }
}
