package vn.edu.caitien.trust.support;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A form of a {@link Page} with the values a browser would post: text, hidden and password inputs, checked boxes,
 * text areas, the selected (else the first) option of each list; nested Wicket forms are part of it, as in the
 * browser. Fields are changed with {@link #set} and posted with one of the {@code submit} methods, which add the
 * button clicked. Wicket renames fields that clash with form properties ({@code title} becomes {@code p::title}):
 * both names are accepted.
 */
public final class HtmlForm {

    /**
     * An option of a select list.
     *
     * @param value what is posted
     * @param text  what is shown
     */
    public record Option(String value, String text) {
    }

    private final WebSession session;
    private final Page page;
    private final URI action;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<Option>> options = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> buttons = new ArrayList<>();

    HtmlForm(WebSession session, Page page, Element form) {
        this.session = session;
        this.page = page;
        this.action = URI.create(form.absUrl("action"));
        for (Element field : form.select("input[name], textarea[name], select[name], button[name]")) {
            String name = field.attr("name");
            switch (field.tagName()) {
                case "textarea" -> fields.put(name, field.wholeText());
                case "select" -> {
                    List<Option> list = field.select("option").stream()
                            .map(o -> new Option(o.attr("value"), o.text())).toList();
                    options.put(name, list);
                    Element selected = field.selectFirst("option[selected]");
                    String first = list.isEmpty() ? "" : list.get(0).value();
                    fields.put(name, selected != null ? selected.attr("value") : first);
                }
                case "button" -> {
                    if (field.attr("type").isEmpty() || field.attr("type").equalsIgnoreCase("submit")) {
                        buttons.add(Map.entry(name, field.attr("value")));
                    }
                }
                default -> input(field, name);
            }
        }
    }

    private void input(Element field, String name) {
        String type = field.attr("type").toLowerCase(java.util.Locale.ROOT);
        switch (type) {
            case "submit", "image" -> buttons.add(Map.entry(name, field.attr("value")));
            case "checkbox", "radio" -> {
                if (field.hasAttr("checked")) {
                    fields.put(name, field.hasAttr("value") ? field.attr("value") : "on");
                }
            }
            case "file", "reset", "button" -> {
                // not posted by a urlencoded form
            }
            default -> fields.put(name, field.attr("value"));
        }
    }

    /**
     * @param name  the field's name (or its name without Wicket's {@code p::})
     * @param value the value to post
     * @return this
     * @throws IllegalArgumentException when the form has no such field (the message lists those it has)
     */
    public HtmlForm set(String name, String value) {
        fields.put(fieldName(name), value);
        return this;
    }

    /**
     * Ticks or clears a check box (present in the form even when not ticked).
     *
     * @return this
     */
    public HtmlForm check(String name, boolean checked) {
        if (checked) {
            fields.put(name, "on");
        } else {
            fields.remove(name);
        }
        return this;
    }

    /** @return the value the form would post for the field */
    public String value(String name) {
        return fields.get(fieldName(name));
    }

    /** @return the options of a select list */
    public List<Option> options(String name) {
        List<Option> list = options.get(fieldName(name));
        if (list == null) {
            throw new IllegalArgumentException("no select " + name + " in the form " + action);
        }
        return list;
    }

    /** @return the values of the form's submit buttons of that name, in page order */
    public List<String> buttonValues(String name) {
        return buttons.stream().filter(b -> b.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** Posts the form without naming a button (a form with one unnamed button, or Enter in a field). */
    public Page submit() throws IOException {
        return session.post(action, new ArrayList<>(fields.entrySet()));
    }

    /**
     * Posts the form as if the button of that name was clicked.
     *
     * @param button the button's name (or without Wicket's {@code p::})
     */
    public Page submit(String button) throws IOException {
        String name = buttons.stream().map(Map.Entry::getKey)
                .filter(n -> n.equals(button) || n.equals("p::" + button)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button " + button + " in the form " + action
                        + "; buttons: " + buttons));
        String value = buttons.stream().filter(b -> b.getKey().equals(name)).findFirst().orElseThrow().getValue();
        return submit(name, value);
    }

    /**
     * Posts the form as if a button with that name and value was clicked (the plan table's {@code op} buttons).
     */
    public Page submit(String button, String value) throws IOException {
        List<Map.Entry<String, String>> posted = new ArrayList<>(fields.entrySet());
        posted.add(Map.entry(button, value));
        return session.post(action, posted);
    }

    /** @return the page the form is on */
    public Page page() {
        return page;
    }

    private String fieldName(String name) {
        if (fields.containsKey(name) || options.containsKey(name)) {
            return name;
        }
        if (fields.containsKey("p::" + name) || options.containsKey("p::" + name)) {
            return "p::" + name;
        }
        throw new IllegalArgumentException("no field " + name + " in the form " + action + "; fields: "
                + fields.keySet());
    }
}
