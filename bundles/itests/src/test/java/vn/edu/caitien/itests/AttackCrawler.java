package vn.edu.caitien.itests;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a signed-in user can reach: from {@code /home} and every page it links to (the navigation entries
 * {@code /m/{module}/{panel}} included), clicking Wicket's listener links and pressing the buttons that only change
 * the view, two steps deep. Records every page, every form with its fields, the listener links that change data
 * (not followed), the Ajax behaviours and the download links. A {@link Route} replays the way to a page in a fresh
 * page instance, so that forms can be submitted again and again.
 */
final class AttackCrawler {

    /** Links whose click changes data or the session: recorded for the CSRF attack, never followed. */
    static final Set<String> ACTION_LINKS = Set.of("logout", "langVi", "langEn", "copy", "remove", "toggle", "confirm",
            "reload", "again", "delete", "purge");
    /** Links that only lead back to a page already seen. */
    private static final Set<String> BACK_LINKS = Set.of("back");
    /** Buttons that only change what a panel shows, pressed while crawling. */
    private static final Set<String> VIEW_BUTTONS = Set.of("show", "showHistory", "compare", "preview", "openPlan",
            "openCriterion", "openAction");
    /** Values of the plan editor's {@code op} button that open a line for editing. */
    private static final List<String> VIEW_OPS = List.of("editRow:", "addAction:", "editAction:");
    /** How many links that differ only in a list index are followed. */
    private static final int SAME_LINK_LIMIT = 3;
    private static final Pattern AJAX = Pattern.compile("\\{\"u\":\"([^\"]+)\"(.*?)\\}");
    private static final Pattern AJAX_COMPONENT = Pattern.compile("\"c\":\"([^\"]+)\"");

    /** One step on a route: a click on a listener link, or the press of a button of a form left as it is. */
    record Step(String component, String buttonName, String buttonValue) {

        static Step click(String component) {
            return new Step(component, null, null);
        }

        static Step press(String form, HtmlForm.Button button) {
            return new Step(form, button.name(), button.value());
        }

        boolean isClick() {
            return buttonName == null;
        }

        String key() {
            String generic = component.replaceAll("-\\d+-", "-N-");
            if (isClick()) {
                return generic;
            }
            int colon = buttonValue.indexOf(':');
            return generic + "!" + buttonName + "=" + (colon > 0 ? buttonValue.substring(0, colon) : buttonValue);
        }

        @Override
        public String toString() {
            return isClick() ? component
                    : component + "[" + buttonName + (buttonValue.isEmpty() ? "" : "=" + buttonValue) + "]";
        }
    }

    /** The way to a page, for one role. */
    record Route(String role, String start, List<Step> steps) {

        Route then(Step step) {
            List<Step> longer = new ArrayList<>(steps);
            longer.add(step);
            return new Route(role, start, List.copyOf(longer));
        }

        String key() {
            StringBuilder key = new StringBuilder(start);
            steps.forEach(s -> key.append(" > ").append(s.key()));
            return key.toString();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(role).append(' ').append(start);
            steps.forEach(s -> text.append(" > ").append(s));
            return text.toString();
        }
    }

    /** A page seen while crawling. */
    record Visit(Route route, AttackClient.Response response) {
    }

    /** A form and the way to it. */
    record FormSite(Route route, HtmlForm form) {

        /**
         * @return the form wherever it is found: its start page (without query; none for the page's own forms such as
         *         the school switcher, the same on every page), component path and field names, list indexes left out
         */
        String genericKey() {
            String path = form.componentPath();
            return (path.startsWith("content") ? pathOf(route.start()) : "") + " # " + path.replaceAll("\\d+", "N")
                    + form.fields().stream().map(f -> f.name().replaceAll("\\d+", "N")).distinct().sorted().toList();
        }
    }

    /** A listener link that changes data when clicked, and the way to its page. */
    record LinkSite(Route route, String component) {
    }

    /** An Ajax behaviour (autosave and the like), the field it sends, and the way to its page. */
    record BehaviourSite(Route route, String url, String field) {
    }

    /** Everything one role can reach. */
    static final class Site {
        final String role;
        final List<Visit> visits = new ArrayList<>();
        final List<FormSite> forms = new ArrayList<>();
        final List<LinkSite> actionLinks = new ArrayList<>();
        final List<BehaviourSite> behaviours = new ArrayList<>();
        final Set<String> downloads = new LinkedHashSet<>();
        final Set<String> starts = new LinkedHashSet<>();

        Site(String role) {
            this.role = role;
        }
    }

    private AttackCrawler() {
    }

    /**
     * Crawls as the signed-in user of the client.
     *
     * @param schoolParameter appended to every start page ({@code school=thcs-kinhbac}) for users who see several
     *                        schools, or null
     */
    static Site crawl(AttackClient client, String role, String schoolParameter, int depth) throws IOException {
        Site site = new Site(role);
        AttackClient.Response home = client.get("/home");
        Set<String> starts = new LinkedHashSet<>();
        starts.add("/home");
        starts.addAll(pageLinks(home));
        Deque<Route> queue = new ArrayDeque<>();
        for (String start : starts) {
            String withSchool = schoolParameter == null ? start
                    : start + (start.contains("?") ? "&" : "?") + schoolParameter;
            site.starts.add(withSchool);
            queue.add(new Route(role, withSchool, List.of()));
        }
        Set<String> shapes = new LinkedHashSet<>();
        Map<String, Integer> sameLink = new HashMap<>();
        Set<String> formKeys = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            Route route = queue.poll();
            // Each page is reached afresh from its start page. Clicking on an earlier instance of a page would work
            // in the portal (Wicket stores them), but not under Pax Exam, where a stored page that holds module API
            // objects cannot be read back (the test class path has a second copy of those classes).
            AttackClient.Response page = replay(client, route);
            if (page == null) {
                continue;
            }
            site.visits.add(new Visit(route, page));
            if (page.status() != 200 || !page.isHtml()) {
                continue;
            }
            List<HtmlForm> forms = page.forms();
            List<HtmlForm.Tag> tags = page.tags();
            Set<String> shape = new java.util.TreeSet<>();
            for (HtmlForm form : forms) {
                shape.add(form.componentPath() + form.fields().stream().map(HtmlForm.Field::name).distinct().sorted()
                        .toList());
            }
            for (HtmlForm.Tag a : tags) {
                if (a.name().equals("a") && !a.closing() && a.attr("href") != null) {
                    String component = HtmlForm.listenerPath(page.uri().resolve(a.attr("href").trim()));
                    if (component != null) {
                        shape.add(component.replaceAll("-\\d+-", "-N-"));
                    }
                }
            }
            // the same page again (a view button that changed nothing, a second row of a list): seen
            if (!shapes.add(pathOf(route.start()) + shape)) {
                continue;
            }
            for (String start : pageLinks(page)) {
                if (!starts.contains(start) && !start.startsWith("/login")) {
                    starts.add(start);
                    site.starts.add(start);
                    queue.add(new Route(role, start, List.of()));
                }
            }
            site.downloads.addAll(downloadLinks(page));
            for (HtmlForm form : forms) {
                FormSite found = new FormSite(route, form);
                if (formKeys.add(found.genericKey())) {
                    site.forms.add(found);
                }
            }
            site.behaviours.addAll(behaviours(route, tags));
            List<Route> next = new ArrayList<>();
            for (HtmlForm.Tag a : tags) {
                if (!a.name().equals("a") || a.closing() || a.attr("href") == null) {
                    continue;
                }
                URI href = page.uri().resolve(a.attr("href").trim());
                String component = HtmlForm.listenerPath(href);
                if (component == null) {
                    continue;
                }
                String id = component.substring(component.lastIndexOf('-') + 1);
                if (ACTION_LINKS.contains(id)) {
                    site.actionLinks.add(new LinkSite(route, component));
                } else if (!BACK_LINKS.contains(id)) {
                    next.add(route.then(Step.click(component)));
                }
            }
            for (HtmlForm form : forms) {
                for (HtmlForm.Button button : form.buttons()) {
                    if (button.name() != null && (VIEW_BUTTONS.contains(button.name()) || button.name().equals("op")
                            && VIEW_OPS.stream().anyMatch(button.value()::startsWith))) {
                        next.add(route.then(Step.press(form.componentPath(), button)));
                    }
                }
            }
            if (route.steps().size() >= depth) {
                continue;
            }
            for (Route step : next) {
                Step last = step.steps().get(step.steps().size() - 1);
                String generic = pathOf(route.start()) + " > " + last.key();
                if (sameLink.merge(generic, 1, Integer::sum) <= SAME_LINK_LIMIT) {
                    queue.add(step);
                }
            }
        }
        return site;
    }

    private static String pathOf(String start) {
        return start.contains("?") ? start.substring(0, start.indexOf('?')) : start;
    }

    /**
     * Opens the route's start page and takes its steps in a fresh page instance.
     *
     * @return the last page, or null when a link or a button of the route is no longer there
     */
    static AttackClient.Response replay(AttackClient client, Route route) throws IOException {
        AttackClient.Response page = client.get(route.start());
        for (Step step : route.steps()) {
            if (page.status() != 200 || !page.isHtml()) {
                return null;
            }
            if (step.isClick()) {
                URI link = link(page, step.component());
                if (link == null) {
                    return null;
                }
                page = client.get(link, AttackClient.Site.SAME_ORIGIN);
            } else {
                HtmlForm form = form(page, step.component());
                HtmlForm.Button button = form == null ? null : button(form, step.buttonName(), step.buttonValue());
                if (button == null) {
                    return null;
                }
                HtmlForm.Fill fill = form.fill().press(button);
                page = client.send("POST", form.action(), AttackClient.Site.SAME_ORIGIN, List.of(),
                        fill.contentType(), fill.body());
            }
        }
        return page;
    }

    /** @return the listener link of the page with that component path, or null */
    static URI link(AttackClient.Response page, String component) {
        for (HtmlForm.Tag a : page.tags()) {
            if (a.name().equals("a") && !a.closing() && a.attr("href") != null) {
                URI href = page.uri().resolve(a.attr("href").trim());
                if (component.equals(HtmlForm.listenerPath(href))) {
                    return href;
                }
            }
        }
        return null;
    }

    /** @return the form of the page with that component path, or null */
    static HtmlForm form(AttackClient.Response page, String component) {
        return page.forms().stream()
                .filter(f -> f.componentPath().equals(component)).findFirst().orElse(null);
    }

    /** @return the button with that name and value, or the first of that name whose value starts alike */
    static HtmlForm.Button button(HtmlForm form, String name, String value) {
        HtmlForm.Button prefix = null;
        for (HtmlForm.Button b : form.buttons()) {
            if (name.equals(b.name())) {
                if (b.value().equals(value)) {
                    return b;
                }
                int colon = value.indexOf(':');
                if (prefix == null && colon > 0 && b.value().startsWith(value.substring(0, colon + 1))) {
                    prefix = b;
                }
            }
        }
        return prefix;
    }

    /** @return the portal pages a page links to by plain links (no listener, no download, no resource) */
    static List<String> pageLinks(AttackClient.Response page) {
        List<String> pages = new ArrayList<>();
        for (HtmlForm.Tag a : page.tags()) {
            if (!a.name().equals("a") || a.closing() || a.attr("href") == null) {
                continue;
            }
            URI href = page.uri().resolve(a.attr("href").trim());
            if (!"127.0.0.1".equals(href.getHost()) || HtmlForm.listenerPath(href) != null) {
                continue;
            }
            String path = href.getRawPath();
            if (path.startsWith("/download/") || path.startsWith("/wicket/") || path.equals("/login")
                    || path.equals("/")) {
                continue;
            }
            String query = href.getRawQuery();
            // the page counter Wicket appends (?3) names a page instance, not a page
            pages.add(query == null || query.matches("\\d+") ? path : path + "?" + query);
        }
        return pages;
    }

    /** @return the download URLs the page links to */
    static List<String> downloadLinks(AttackClient.Response page) {
        List<String> links = new ArrayList<>();
        for (HtmlForm.Tag a : page.tags()) {
            if (a.name().equals("a") && !a.closing() && a.attr("href") != null) {
                URI href = page.uri().resolve(a.attr("href").trim());
                if (href.getRawPath() != null && href.getRawPath().startsWith("/download/")) {
                    links.add(href.getRawPath() + (href.getRawQuery() == null ? "" : "?" + href.getRawQuery()));
                }
            }
        }
        return links;
    }

    private static List<BehaviourSite> behaviours(Route route, List<HtmlForm.Tag> tags) {
        Map<String, String> names = new LinkedHashMap<>();
        List<BehaviourSite> found = new ArrayList<>();
        for (HtmlForm.Tag tag : tags) {
            if (tag.attr("id") != null && tag.attr("name") != null) {
                names.put(tag.attr("id"), tag.attr("name"));
            }
        }
        for (HtmlForm.Tag tag : tags) {
            if (!tag.name().equals("script") || tag.closing() || tag.rawText() == null) {
                continue;
            }
            Matcher m = AJAX.matcher(tag.rawText());
            while (m.find()) {
                Matcher c = AJAX_COMPONENT.matcher(m.group(2));
                String field = c.find() ? names.get(c.group(1)) : null;
                found.add(new BehaviourSite(route, m.group(1).replace("\\/", "/"), field));
            }
        }
        return found;
    }
}
