package vn.edu.caitien.itests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.edu.caitien.portal.api.PortalUser;

/**
 * Part 2 of the IDOR suite: each legitimate user crawls the portal for a target school (the home page and every
 * registered navigation page, then the links found, bounded), and every intruder requests what they collected, in a
 * fresh session: the pages and Wicket's stateful links (tied to the owner's session, still an attempt), the
 * downloads, and the intruder's own URLs and forms with the target's ids put in. A page leaks when it answers 200
 * with one of the target's markers; a download of the target's when it answers 200 with content.
 */
final class IdorCrawler {

    /** The most pages one crawl opens (a stateful link costs its page and the link). */
    static final int MAX_PAGES = 40;

    /** Links with a side effect the crawl must not trigger (sign-out, language, copying a plan, admin switches). */
    private static final Pattern SIDE_EFFECT = Pattern.compile("-(logout|lang\\w*|copy|toggle|remove|delete|purge|"
            + "confirm|publish|approve|submit|close|again|reload)$");
    /** A Wicket listener or page-instance query: "3", "3-1.-content-plans-0-edit". */
    private static final Pattern WICKET = Pattern.compile("^(\\d+)(?:-\\d+)?\\.?(-[^&]*)?");
    /** A number in a download path that is an id (not a year). */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d-])(\\d{1,6})(?![\\d])");

    /** A form and the bookmarkable page it is on. */
    record FoundForm(String page, IdorWeb.Form form) {
    }

    /** What one user collected for one school. */
    static final class Crawl {
        final String user;
        final String school;
        /** Whether the user sees other schools too (a supervising body): their links may be another school's. */
        boolean seesOthers;
        /** Every page URL requested and every page URL it ended on, in order. */
        final Set<String> pages = new LinkedHashSet<>();
        final Set<String> downloads = new LinkedHashSet<>();
        /** The forms of bookmarkable pages (not reached through a stateful link), with the page they are on. */
        final List<FoundForm> forms = new ArrayList<>();
        /** The bodies of the pages that answered 200, by the URL asked for. */
        final Map<String, String> bodies = new LinkedHashMap<>();

        Crawl(String user, String school) {
            this.user = user;
            this.school = school;
        }

        boolean anyBodyContains(String text) {
            return bodies.values().stream().anyMatch(b -> b.contains(text));
        }

        @Override
        public String toString() {
            return user + "@" + school + ": " + bodies.size() + " pages, " + downloads.size() + " downloads, "
                    + forms.size() + " forms";
        }
    }

    private final int port;
    private final IdorReport report;
    private final List<String> navigation;

    /** @param navigation the paths of every registered navigation panel, "/m/{module}/{panel}" */
    IdorCrawler(int port, IdorReport report, List<String> navigation) {
        this.port = port;
        this.report = report;
        this.navigation = navigation;
    }

    /**
     * Crawls as the user, with the school as the current school. A stateful link is followed right after its page is
     * opened afresh (from its bookmarkable page, through the links that led to it): an older page of the session may
     * no longer be readable, and Wicket would then render the bookmarkable page instead of following the link.
     */
    Crawl crawl(String login, String school) throws Exception {
        IdorWeb web = new IdorWeb(port);
        web.login(login);
        Crawl crawl = new Crawl(login, school);
        // A chain: a bookmarkable URL, then the logical stateful links to follow from it, in order.
        Deque<List<String>> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(List.of("/home?school=" + school));
        navigation.forEach(n -> queue.add(List.of(n + "?school=" + school)));
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES) {
            List<String> chain = queue.poll();
            String last = chain.get(chain.size() - 1);
            if (!seen.add(chain.size() == 1 ? logical(last) : last)) {
                continue;
            }
            IdorWeb.Response r = null;
            String url = chain.get(0);
            try {
                r = web.get(url);
                opened++;
                for (String step : chain.subList(1, chain.size())) {
                    IdorWeb.Response from = r;
                    String link = web.links(from).stream().filter(l -> logical(l).equals(step)).findFirst()
                            .orElse(null);
                    if (link == null) {
                        r = null;
                        break;
                    }
                    url = link;
                    crawl.pages.add(url);
                    r = web.get(url);
                    opened++;
                }
            } catch (java.io.IOException failed) {
                report.error("crawl request failed: " + failed);
                continue;
            }
            if (r == null) {
                continue;
            }
            crawl.pages.add(url);
            crawl.pages.add(r.uri().toString().substring(web.base().length()));
            if (r.status() != 200 || !r.html()) {
                continue;
            }
            crawl.bodies.put(url, r.body());
            for (String link : web.links(r)) {
                if (link.startsWith("/download/")) {
                    crawl.downloads.add(link);
                } else if (!link.contains("/wicket/resource/") && !SIDE_EFFECT.matcher(query(link)).find()
                        && !link.startsWith("/login")) {
                    boolean stateful = WICKET.matcher(query(link)).find();
                    if (!stateful && !seen.contains(logical(link))) {
                        queue.add(List.of(link));
                    } else if (stateful && chain.size() < 3 && !seen.contains(logical(link))) {
                        List<String> next = new ArrayList<>(chain);
                        next.add(logical(link));
                        queue.add(next);
                    }
                }
            }
            if (chain.size() == 1) {
                String page = url;
                web.forms(r).stream().filter(f -> !f.multipart()).forEach(f -> crawl.forms.add(new FoundForm(page, f)));
            }
        }
        return crawl;
    }

    private static String query(String url) {
        int q = url.indexOf('?');
        return q < 0 ? "" : url.substring(q + 1);
    }

    /** The URL without Wicket's page id and render count: the same link on another render of the page. */
    static String logical(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        Matcher m = WICKET.matcher(url.substring(q + 1));
        return m.find() ? url.substring(0, q) + "?" + (m.group(2) == null ? "page" : m.group(2)) : url;
    }

    /**
     * One request an intruder makes: what, against which targets, and how its answer is judged. A POST first opens
     * the page in the intruder's session and submits its form (the one posting to {@code action}) with {@code field}
     * set to {@code value}.
     */
    record Attempt(Set<String> targets, String method, String url, boolean download, String action, String field,
                   String value) {
        static Attempt get(String target, String url, boolean download) {
            return new Attempt(Set.of(target), "GET", url, download, null, null, null);
        }

        /** @return the same request, judged against the other's targets too */
        Attempt and(Attempt other) {
            Set<String> all = new java.util.TreeSet<>(targets);
            all.addAll(other.targets);
            return new Attempt(Set.copyOf(all), method, url, download, action, field, value);
        }

        @Override
        public String toString() {
            return method + " " + url + (action == null ? "" : " form " + action + " with " + field + "=" + value);
        }
    }

    /** The most values put into one form field. */
    static final int MAX_VALUES = 2;

    /**
     * The requests of one intruder against one target: what the target's legitimate users collected, and the
     * intruder's own URLs and forms with the target's ids in place of theirs. Keyed so that the same request made
     * against two targets is made once (a Wicket link collected for either is the same link in a fresh session).
     *
     * @param own    the intruder's own crawl
     * @param ownIds numbers the intruder may see (their own objects): never put in as the target's
     * @param swaps  each of the intruder's own school and body ids, with the target's ids of the same kind
     */
    static Map<String, Attempt> attempts(IdorWorld.Target t, Collection<Crawl> targetCrawls, Crawl own,
                                         Set<Long> ownIds, Map<String, List<String>> swaps) {
        Map<String, Attempt> out = new LinkedHashMap<>();
        for (Crawl c : targetCrawls) {
            for (String p : c.pages) {
                // A page instance ("?3") opens in another session as its bookmarkable page, requested anyway.
                if (!logical(p).endsWith("?page")) {
                    out.putIfAbsent("GET " + logical(p), Attempt.get(t.id(), p, false));
                }
            }
            for (String d : c.downloads) {
                // A body that sees several schools collects their files too: only those naming the target count.
                if (c.seesOthers ? namesTarget(d, t) : targetSpecific(d, t)) {
                    out.putIfAbsent("GET " + d, Attempt.get(t.id(), d, true));
                }
            }
        }
        Set<Long> numbers = new LinkedHashSet<>(t.numericIds());
        numbers.removeAll(ownIds);
        // Downloads of one shape (the same path but for the numbers and the format): every number in the first,
        // the first number in the others.
        Set<String> shapes = new HashSet<>();
        for (String d : own.downloads) {
            Set<Long> put = shapes.add(shape(d)) ? numbers
                    : numbers.stream().limit(1).collect(java.util.stream.Collectors.toSet());
            for (String swapped : swap(d, swaps, put)) {
                out.putIfAbsent("GET " + swapped, Attempt.get(t.id(), swapped, true));
            }
        }
        for (String p : own.pages) {
            for (String swapped : swap(p, swaps, Set.of())) {
                out.putIfAbsent("GET " + logical(swapped), Attempt.get(t.id(), swapped, false));
            }
        }
        Set<String> actionKeys = t.actionKeys();
        for (FoundForm found : own.forms) {
            IdorWeb.Form f = found.form();
            for (IdorWeb.Field field : f.fields()) {
                List<String> replacements = new ArrayList<>();
                if (swaps.containsKey(field.value())) {
                    replacements.addAll(swaps.get(field.value()));
                } else if (field.value().matches("\\d{1,6}") && !field.name().toLowerCase().contains("year")) {
                    numbers.forEach(n -> replacements.add(Long.toString(n)));
                } else if (field.value().matches("a-[0-9a-f]{8,32}") || field.options().stream()
                        .anyMatch(o -> o.matches("a-[0-9a-f]{8,32}"))) {
                    replacements.addAll(actionKeys);
                }
                for (String value : replacements.subList(0, Math.min(MAX_VALUES, replacements.size()))) {
                    String key = "POST " + signature(f.action()) + " " + field.name() + "=" + value;
                    out.putIfAbsent(key, new Attempt(Set.of(t.id()), "POST", found.page(), false,
                            logical(f.action()), field.name(), value));
                }
            }
        }
        return out;
    }

    /** @return the path with its numbers as {@code #} and without its file extension */
    static String shape(String path) {
        return path.replaceAll("\\d+", "#").replaceAll("\\.[a-z0-9]+$", "");
    }

    /**
     * @return what identifies a form: its page and component, except the page frame's forms (outside the module's
     *         content, the school switcher), which are the same form on every page
     */
    static String signature(String action) {
        String logical = logical(action);
        String component = query(logical);
        return component.startsWith("-content") ? logical : component;
    }

    /** @return whether a download path names the target school or a body above it */
    static boolean namesTarget(String path, IdorWorld.Target t) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return p.contains("/" + t.id() + "/")
                || t.school.supervisorIds().stream().anyMatch(b -> p.contains("/" + b + "/"));
    }

    /** @return whether a download path names one of the target's objects (an id that is not a year, or its bodies) */
    static boolean targetSpecific(String path, IdorWorld.Target t) {
        if (namesTarget(path, t)) {
            return true;
        }
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Matcher m = NUMBER.matcher(p);
        while (m.find()) {
            if (t.numericIds().contains(Long.parseLong(m.group(1)))) {
                return true;
            }
        }
        return false;
    }

    /** @return the URL with each of the intruder's ids replaced by the target's (words, then numbers) */
    static List<String> swap(String url, Map<String, List<String>> swaps, Set<Long> numbers) {
        Set<String> out = new LinkedHashSet<>();
        swaps.forEach((own, theirs) -> {
            if (url.contains(own)) {
                theirs.forEach(t -> out.add(url.replace(own, t)));
            }
        });
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (path.startsWith("/download/")) {
            Matcher m = NUMBER.matcher(path);
            while (m.find()) {
                for (long n : numbers) {
                    out.add(path.substring(0, m.start()) + n + url.substring(m.end()));
                }
            }
        }
        out.remove(url);
        return List.copyOf(out);
    }

    /** The targets, by id, for judging answers. */
    private Map<String, IdorWorld.Target> targets = Map.of();
    /** Files an intruder got that are not the target's (collected in its context by a body that sees more), counted. */
    final Map<String, Integer> notTheirs = new java.util.concurrent.ConcurrentHashMap<>();
    /** A session of each target's owner, to tell whether a file an intruder got is the target's. */
    private final Map<String, IdorWeb> owners = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Runs every intruder's attempts in a fresh session of their own, in parallel; records the leaks.
     *
     * @param perIntruder the attempts by intruder login
     * @param targets     the targets
     */
    void replay(Map<PortalUser, List<Attempt>> perIntruder, List<IdorWorld.Target> targets) throws Exception {
        this.targets = targets.stream().collect(java.util.stream.Collectors.toMap(IdorWorld.Target::id, t -> t));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Map.Entry<PortalUser, List<Attempt>> e : perIntruder.entrySet()) {
                done.add(pool.submit((Callable<Void>) () -> {
                    long started = System.nanoTime();
                    IdorWeb web = new IdorWeb(port);
                    web.login(e.getKey().id());
                    for (Attempt a : e.getValue()) {
                        report.attempt(IdorReport.Category.URLS);
                        IdorWeb.Response r;
                        try {
                            r = a.method().equals("POST") ? submit(web, a) : web.get(a.url());
                        } catch (java.io.IOException failed) {
                            report.error("request failed, not judged: " + failed);
                            continue;
                        }
                        for (String target : a.targets()) {
                            String leak = r == null ? null : judge(a, r, this.targets.get(target));
                            if (leak != null) {
                                report.leak(IdorReport.Category.URLS, e.getKey().id(), target, a.toString(), leak);
                            }
                        }
                    }
                    report.note("replay of " + e.getKey().id() + ": " + e.getValue().size() + " requests in "
                            + (System.nanoTime() - started) / 1_000_000 + " ms");
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens the page, fills its form as it is with one field changed, submits it; null when the form is gone. */
    private IdorWeb.Response submit(IdorWeb web, Attempt a) throws Exception {
        IdorWeb.Response page = web.get(a.url());
        for (IdorWeb.Form f : web.forms(page)) {
            if (!logical(f.action()).equals(a.action())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (IdorWeb.Field field : f.fields()) {
                values.put(field.name(), field.name().equals(a.field()) ? a.value() : field.value());
            }
            values.putIfAbsent(a.field(), a.value());
            return web.post(f.action(), values);
        }
        report.note("form " + a.action() + " not found again on " + a.url());
        return null;
    }

    /**
     * A page leaks when it shows one of the target's markers. A download leaks when it answers a file and names one
     * of the bodies above the target, or when the target's principal (who sees only the target's objects) gets it
     * too: a supervising body's crawl collects links of several schools, and an id alone does not tell whose it is.
     */
    private String judge(Attempt a, IdorWeb.Response r, IdorWorld.Target t) throws Exception {
        if (r.status() != 200) {
            return null;
        }
        String text = r.html() ? r.body() : IdorRender.text(r.bytes());
        for (String m : t.markers()) {
            if (text.contains(m)) {
                return "HTTP 200 with " + m + ": " + IdorRender.around(text, m, 80);
            }
        }
        if (!a.download() || r.bytes().length == 0 || r.html()) {
            return null;
        }
        String path = a.url();
        if (t.school.supervisorIds().stream().anyMatch(b -> path.contains("/" + b + "/"))
                || path.contains("/" + t.id() + "/")) {
            return "HTTP 200 with " + r.bytes().length + " bytes of " + r.contentType();
        }
        IdorWeb owner = owners.computeIfAbsent(t.id(), id -> {
            IdorWeb web = new IdorWeb(port);
            try {
                web.login(t.owner.id());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return web;
        });
        IdorWeb.Response mine;
        synchronized (owner) {
            mine = owner.get(path);
        }
        if (mine.status() == 200) {
            return "HTTP 200 with " + r.bytes().length + " bytes of " + r.contentType() + ", a file of "
                    + t.owner.id() + "'s school";
        }
        notTheirs.merge(t.id() + " (its principal gets " + mine.status() + ")", 1, Integer::sum);
        return null;
    }
}
