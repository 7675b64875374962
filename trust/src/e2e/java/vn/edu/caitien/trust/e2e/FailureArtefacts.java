package vn.edu.caitien.trust.e2e;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Keeps what the browser showed when a journey failed: a screenshot, the page source and the step with its address,
 * under {@code target/e2e-screenshots/} ({@code -De2e.screenshots}), named after the test. It runs before
 * {@code @AfterEach}, while the browser is still open, and then lets the failure through.
 */
final class FailureArtefacts implements TestExecutionExceptionHandler {

    private final Supplier<Browser> browser;

    /** @param browser the browser of the running test, or null when it has none (yet) */
    FailureArtefacts(Supplier<Browser> browser) {
        this.browser = browser;
    }

    /** @return where the artefacts go */
    static Path folder() {
        return Path.of(System.getProperty("e2e.screenshots", "target/e2e-screenshots"));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable error) throws Throwable {
        Browser b = browser.get();
        if (b != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            try {
                b.saveArtefacts(folder(), name, error);
                System.err.println("[e2e] " + name + " failed at step \"" + b.currentStep() + "\"; screenshot and page "
                        + "source in " + folder().toAbsolutePath());
            } catch (Exception | LinkageError e) {
                error.addSuppressed(e);
            }
        }
        throw error;
    }
}
