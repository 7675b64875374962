package vn.edu.caitien.itests;

/**
 * How one request of the load driver went.
 *
 * @param outcome what it was
 * @param detail  what was seen (status, the message, the exception), for the report
 */
record LoadResult(Outcome outcome, String detail) {

    /** The three answers a request can get while modules restart. */
    enum Outcome {
        /** The real page, file or edit. */
        OK,
        /** The translated "temporarily unavailable" message (or, for a download, a 404/503 without a stack trace). */
        DEGRADED,
        /** Anything else: a 5xx other than the unavailable page, an error page, a stack trace, a blank page, a hang. */
        ERROR
    }

    static LoadResult ok() {
        return new LoadResult(Outcome.OK, "");
    }

    static LoadResult degraded(String detail) {
        return new LoadResult(Outcome.DEGRADED, detail);
    }

    static LoadResult error(String detail) {
        return new LoadResult(Outcome.ERROR, detail);
    }
}
