package vn.edu.caitien.catalogue.api;

/** Thrown when a catalogue file is published that has problems; nothing was saved. */
public class CatalogueImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ImportReport report;

    /** @param report the report listing every problem */
    public CatalogueImportException(ImportReport report) {
        super("catalogue file has " + report.problems().size() + " problem(s)");
        this.report = report;
    }

    /** @return the report listing every problem */
    public ImportReport report() {
        return report;
    }
}
