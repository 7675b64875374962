package vn.edu.caitien.bench.bare;

import org.apache.wicket.markup.html.WebPage;

/** The one page of the baseline. */
public final class BarePage extends WebPage {
    private static final long serialVersionUID = 1L;
}
