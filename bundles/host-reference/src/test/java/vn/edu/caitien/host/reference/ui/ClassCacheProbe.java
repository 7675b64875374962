package vn.edu.caitien.host.reference.ui;

/** A class that {@link ModuleClassCachesTest} loads twice, as an updated module bundle defines its classes again. */
public final class ClassCacheProbe {

    private final String value;

    /** @param value what {@link #getValue()} answers */
    public ClassCacheProbe(String value) {
        this.value = value;
    }

    /** @return the value */
    public String getValue() {
        return value;
    }
}
