package vn.edu.caitien.itests;

/**
 * One thing a load-driver thread does again and again: a page, a download or an edit of one module.
 *
 * @param module the module it belongs to ({@code catalogue}, {@code plan}...; {@code portal} for the host's pages)
 * @param name   what it is, for the report ({@code GET /m/plan/plans}, {@code save plan})
 * @param call   does it once and says how it went
 */
record LoadTarget(String module, String name, Call call) {

    /** One request or edit. */
    @FunctionalInterface
    interface Call {
        /** @return how it went; an exception counts as an error */
        LoadResult run() throws Exception;
    }
}
