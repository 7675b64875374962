package vn.edu.caitien.trust.support;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page the portal answered, read with jsoup: its forms (found by the end of their Wicket action, which names the
 * component path, for example {@code -content-table}), links and feedback messages.
 */
public final class Page {

    /**
     * One feedback message of a Wicket {@code FeedbackPanel}.
     *
     * @param level {@code SUCCESS}, {@code INFO}, {@code WARNING}, {@code ERROR} (from the class
     *              {@code feedbackPanelERROR})
     * @param text  the message
     */
    public record Feedback(String level, String text) {
    }

    private final WebSession session;
    private final int status;
    private final URI uri;
    private final String body;
    private Document document;

    Page(WebSession session, int status, URI uri, String body) {
        this.session = session;
        this.status = status;
        this.uri = uri;
        this.body = body;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the address after redirects */
    public URI uri() {
        return uri;
    }

    /** @return the markup */
    public String body() {
        return body;
    }

    /** @return the parsed page */
    public Document document() {
        if (document == null) {
            document = Jsoup.parse(body, uri.toString());
        }
        return document;
    }

    /**
     * @param actionEnding how the form's action ends, for example {@code -content-create}
     * @return the form, with the values a browser would post
     * @throws IllegalStateException when the page has no such form (the message lists those it has)
     */
    public HtmlForm form(String actionEnding) {
        return findForm(actionEnding).map(f -> new HtmlForm(session, this, f)).orElseThrow(() ->
                new IllegalStateException("no form ending " + actionEnding + " at " + uri + " (status " + status
                        + "); forms: " + document().select("form").eachAttr("action") + "; feedback: " + feedback()));
    }

    /** @return whether the page has a form whose action ends so */
    public boolean hasForm(String actionEnding) {
        return findForm(actionEnding).isPresent();
    }

    private Optional<Element> findForm(String actionEnding) {
        return document().select("form").stream().filter(f -> f.attr("action").endsWith(actionEnding)).findFirst();
    }

    /**
     * @param hrefEnding how the link's address ends, for example {@code -select} or {@code .json}
     * @return the absolute addresses of the matching links, in page order
     */
    public List<String> links(String hrefEnding) {
        return document().select("a[href]").stream().filter(a -> a.attr("href").endsWith(hrefEnding))
                .map(a -> a.absUrl("href")).distinct().toList();
    }

    /** @return the feedback messages shown, in page order (a message may appear in two panels) */
    public List<Feedback> feedback() {
        return document().select("li[class^=feedbackPanel]").stream()
                .map(li -> new Feedback(li.className().substring("feedbackPanel".length()), li.text())).toList();
    }

    /**
     * @param message a success or information message
     * @return whether the page shows it and no error
     */
    public boolean confirms(String message) {
        List<Feedback> shown = feedback();
        return status == 200 && shown.stream().noneMatch(f -> f.level().equals("ERROR"))
                && shown.stream().anyMatch(f -> (f.level().equals("SUCCESS") || f.level().equals("INFO"))
                        && f.text().equals(message));
    }

    /** @return the text of the page without markup */
    public String text() {
        return document().text();
    }
}
