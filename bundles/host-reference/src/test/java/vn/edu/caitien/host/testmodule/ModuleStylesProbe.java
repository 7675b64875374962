package vn.edu.caitien.host.testmodule;

/** A class outside the host's packages, standing for a module panel that has a stylesheet. */
public final class ModuleStylesProbe {

    private ModuleStylesProbe() {
    }
}
