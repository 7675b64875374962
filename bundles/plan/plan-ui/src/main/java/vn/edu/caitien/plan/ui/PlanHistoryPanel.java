package vn.edu.caitien.plan.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.PropertyModel;
import vn.edu.caitien.plan.api.DocumentNumbers;
import vn.edu.caitien.plan.api.FieldChange;
import vn.edu.caitien.plan.api.PlanAction;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanRow;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * The history of a plan: who changed what and when (field by field, newest first), the differences between any
 * two revisions, and for a plan copied from a previous period what was carried forward, dropped and added.
 *
 * <p>The panel keeps only the plan id and the two chosen revision numbers; everything shown is read again
 * through detachable models.
 */
public class PlanHistoryPanel extends Panel {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String ENTRIES = "entries";
    public static final String DIFF_FORM = "diffForm";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COMPARE = "compare";
    public static final String DIFF = "diff";
    public static final String COPY = "copy";
    public static final String CONTENT = "content";

    /** Schools are in Vietnam; the portal shows their local time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[([^\\]]*)\\])?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int SHOWN_CHARS = 300;

    private final ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
    private final PortalContext context;
    private final long planId;

    private Integer fromRevision;
    private Integer toRevision;
    private boolean compared;

    /**
     * @param context the user and the current school
     * @param planId  the plan whose history to show
     */
    public PlanHistoryPanel(String id, PortalContext context, long planId) {
        super(id);
        this.context = context;
        this.planId = planId;
    }

    /** One save or workflow step: its changes share revision, user, time and step. */
    record Entry(int revision, String who, Instant at, String action, List<FieldChange> changes)
            implements Serializable {
    }

    /** An action of the copied plan set against the source plan. */
    record CopyLine(String criterion, String description, String note) implements Serializable {
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        IModel<Optional<PlanDocument>> plan = LoadableDetachableModel.of(this::loadPlan);
        add(new Link<Void>("back") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                PlanHistoryPanel.this.replaceWith(new PlanListPanel(PlanHistoryPanel.this.getId(), context));
            }
        });
        add(new FeedbackPanel("feedback"));
        add(new Label("notFound", getString("plan.notFound")) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject().isEmpty());
            }
        });
        WebMarkupContainer content = new WebMarkupContainer(CONTENT) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject().isPresent());
            }
        };
        add(content);
        content.add(new Label("title", plan.map(p -> p.map(d ->
                DocumentNumbers.format(d.getHeader().getNumber(), d.getHeader().getSymbol()) + " "
                        + d.getHeader().getTitle()).orElse(""))));
        IModel<Map<String, String>> rowCodes = plan.map(p -> p.map(PlanHistoryPanel::rowCodes).orElse(Map.of()));
        history(content, rowCodes);
        diff(content, plan, rowCodes);
        copy(content, plan);
    }

    private Optional<PlanDocument> loadPlan() {
        try {
            return plans.get().plan(context.user(), planId);
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
    }

    private void history(WebMarkupContainer content, IModel<Map<String, String>> rowCodes) {
        IModel<List<Entry>> entries = LoadableDetachableModel.of(() -> {
            try {
                return entries(plans.get().history(context.user(), planId));
            } catch (PlanNotFoundException | AccessDeniedException e) {
                return List.of();
            }
        });
        content.add(new ListView<>(ENTRIES, entries) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Entry> item) {
                Entry e = item.getModelObject();
                item.add(new Label("when", WHEN.format(e.at().atZone(ZONE))));
                item.add(new Label("who", e.who()));
                item.add(new Label("revision", e.revision()));
                item.add(new Label("action", getString("step." + e.action(), null, e.action())));
                item.add(changes("changes", item.getModel().map(Entry::changes), rowCodes));
            }
        });
        content.add(new WebMarkupContainer("noHistory") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(entries.getObject().isEmpty());
            }
        });
    }

    /** A list of field changes: the field in words, the value before and after. */
    private ListView<FieldChange> changes(String id, IModel<List<FieldChange>> changes,
                                          IModel<Map<String, String>> rowCodes) {
        return new ListView<>(id, changes) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<FieldChange> item) {
                FieldChange c = item.getModelObject();
                Label field = new Label("field", fieldLabel(this, c.path(), rowCodes.getObject()));
                field.add(AttributeModifier.replace("title", c.path()));
                item.add(field);
                item.add(valueLabel("old", c.path(), c.oldValue()));
                item.add(valueLabel("new", c.path(), c.newValue()));
            }
        };
    }

    private Label valueLabel(String id, String path, String value) {
        String full = value(this, path, value);
        Label label = new Label(id, full.length() > SHOWN_CHARS ? full.substring(0, SHOWN_CHARS) + "…" : full);
        if (full.length() > SHOWN_CHARS) {
            label.add(AttributeModifier.replace("title", full));
        }
        return label;
    }

    private void diff(WebMarkupContainer content, IModel<Optional<PlanDocument>> plan,
                      IModel<Map<String, String>> rowCodes) {
        IModel<List<Integer>> revisions = LoadableDetachableModel.of(() -> plan.getObject().map(p ->
                IntStream.rangeClosed(1, p.getRevision()).boxed()
                        // A supervising body sees only the published revisions.
                        .filter(r -> r == p.getRevision() || plans.get().plan(context.user(), planId, r).isPresent())
                        .toList()).orElse(List.of()));
        Form<Void> form = new Form<>(DIFF_FORM);
        content.add(form);
        ChoiceRenderer<Integer> renderer = new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Integer revision) {
                return getString("label.revisionN") + " " + revision;
            }

            @Override
            public String getIdValue(Integer revision, int index) {
                return String.valueOf(revision);
            }
        };
        form.add(new DropDownChoice<>(FROM, new PropertyModel<Integer>(this, "fromRevision"), revisions, renderer)
                .setRequired(true).setLabel(new org.apache.wicket.model.ResourceModel("label.from")));
        form.add(new DropDownChoice<>(TO, new PropertyModel<Integer>(this, "toRevision"), revisions, renderer)
                .setRequired(true).setLabel(new org.apache.wicket.model.ResourceModel("label.to")));
        form.add(new org.apache.wicket.markup.html.form.Button(COMPARE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                compared = true;
            }
        });
        IModel<List<FieldChange>> diff = LoadableDetachableModel.of(() -> {
            if (!compared || fromRevision == null || toRevision == null) {
                return List.of();
            }
            try {
                return plans.get().diff(context.user(), planId, fromRevision, toRevision);
            } catch (PlanNotFoundException | AccessDeniedException e) {
                error(getString("plan.notFound"));
                return List.of();
            }
        });
        WebMarkupContainer result = new WebMarkupContainer(DIFF) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(compared);
            }
        };
        form.add(result);
        result.add(changes("changes", diff, rowCodes));
        result.add(new WebMarkupContainer("same") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(diff.getObject().isEmpty());
            }
        });
    }

    @Override
    protected void onBeforeRender() {
        if (fromRevision == null && toRevision == null) {
            loadPlan().ifPresent(p -> {
                toRevision = p.getRevision();
                fromRevision = Math.max(1, p.getRevision() - 1);
            });
        }
        super.onBeforeRender();
    }

    private void copy(WebMarkupContainer content, IModel<Optional<PlanDocument>> plan) {
        IModel<Optional<PlanDocument>> source = LoadableDetachableModel.of(() -> plan.getObject()
                .map(PlanDocument::getSourcePlanId).flatMap(id -> {
                    try {
                        return plans.get().plan(context.user(), id);
                    } catch (AccessDeniedException e) {
                        return Optional.empty();
                    }
                }));
        WebMarkupContainer box = new WebMarkupContainer(COPY) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(plan.getObject().map(p -> p.getSourcePlanId() != null).orElse(false));
            }
        };
        content.add(box);
        box.add(new Label("source", source.map(s -> s.map(d -> DocumentNumbers.format(d.getHeader().getNumber(),
                d.getHeader().getSymbol()) + " " + d.getHeader().getTitle() + " ("
                + Labels.period(this, d.getHeader().getPeriod()) + ")").orElse(getString("copy.sourceMissing")))));
        box.add(new Label("period", plan.map(p -> p.map(d -> source.getObject().map(s ->
                Labels.period(this, s.getHeader().getPeriod()) + " → ").orElse("")
                + Labels.period(this, d.getHeader().getPeriod())).orElse(""))));
        box.add(new Label("regime", plan.map(p -> p.map(d -> source.getObject()
                .filter(s -> !s.getRegimeId().equals(d.getRegimeId()))
                .map(s -> getString("copy.regimeChanged") + " " + s.getRegimeId() + " → " + d.getRegimeId())
                .orElse("")).orElse(""))));
        box.add(copyList("carried", LoadableDetachableModel.of(() -> carried(plan.getObject(), source.getObject()))));
        box.add(copyList("dropped", LoadableDetachableModel.of(() -> dropped(plan.getObject(), source.getObject()))));
        box.add(copyList("added", LoadableDetachableModel.of(() -> added(plan.getObject()))));
    }

    private WebMarkupContainer copyList(String id, IModel<List<CopyLine>> lines) {
        WebMarkupContainer box = new WebMarkupContainer(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!lines.getObject().isEmpty());
            }
        };
        box.add(new ListView<>("lines", lines) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CopyLine> item) {
                CopyLine l = item.getModelObject();
                item.add(new Label("criterion", l.criterion()));
                item.add(new Label("description", l.description()));
                item.add(new Label("note", l.note()));
            }
        });
        return box;
    }

    /** Carried actions, with what was changed since the copy compared with the source action. */
    private List<CopyLine> carried(Optional<PlanDocument> plan, Optional<PlanDocument> source) {
        if (plan.isEmpty()) {
            return List.of();
        }
        Map<String, PlanAction> sourceActions = new HashMap<>();
        source.ifPresent(s -> s.actions().forEach(a -> sourceActions.put(a.getKey(), a)));
        List<CopyLine> out = new ArrayList<>();
        for (PlanRow row : plan.get().getRows()) {
            for (PlanAction a : row.getActions()) {
                if (!a.isCarriedForward()) {
                    continue;
                }
                PlanAction from = sourceActions.get(a.getSourceActionKey());
                List<String> changed = new ArrayList<>();
                if (from != null) {
                    compare(changed, "description", from.getDescription(), a.getDescription());
                    compare(changed, "leadText", from.getLeadText(), a.getLeadText());
                    compare(changed, "partners", from.getPartners(), a.getPartners());
                    compare(changed, "timeText", from.getTimeText(), a.getTimeText());
                    compare(changed, "budgetText", from.getBudgetText(), a.getBudgetText());
                    compare(changed, "support", from.getSupport(), a.getSupport());
                }
                String note = from == null ? "" : changed.isEmpty() ? getString("copy.unchanged")
                        : getString("copy.changed") + " " + String.join(", ", changed);
                out.add(new CopyLine(row.getCriterionCode(), a.getDescription(), note));
            }
        }
        return out;
    }

    private void compare(List<String> changed, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changed.add(getString("field.rows.actions." + field));
        }
    }

    /** Actions of the source that the copy does not carry: finished ones, or ones whose criterion has no mapping. */
    private List<CopyLine> dropped(Optional<PlanDocument> plan, Optional<PlanDocument> source) {
        if (plan.isEmpty() || source.isEmpty()) {
            return List.of();
        }
        Set<String> carried = new HashSet<>();
        plan.get().actions().forEach(a -> carried.add(a.getSourceActionKey()));
        List<CopyLine> out = new ArrayList<>();
        for (PlanRow row : source.get().getRows()) {
            for (PlanAction a : row.getActions()) {
                if (!carried.contains(a.getKey())) {
                    out.add(new CopyLine(row.getCriterionCode(), a.getDescription(),
                            getString(a.isCompleted() ? "copy.completed" : "copy.unmapped")));
                }
            }
        }
        return out;
    }

    private List<CopyLine> added(Optional<PlanDocument> plan) {
        List<CopyLine> out = new ArrayList<>();
        plan.ifPresent(p -> p.getRows().forEach(row -> row.getActions().stream().filter(a -> !a.isCarriedForward())
                .forEach(a -> out.add(new CopyLine(row.getCriterionCode(), a.getDescription(), "")))));
        return out;
    }

    /** Groups the recorded changes by save (revision, user, time, step), newest first. */
    static List<Entry> entries(List<PlanChange> history) {
        List<Entry> out = new ArrayList<>();
        Entry current = null;
        for (PlanChange c : history) {
            if (current == null || current.revision() != c.revision() || !current.who().equals(c.userName())
                    || !current.at().equals(c.at()) || !current.action().equals(c.action())) {
                current = new Entry(c.revision(), c.userName(), c.at(), c.action(), new ArrayList<>());
                out.add(current);
            }
            current.changes().add(c.change());
        }
        Collections.reverse(out);
        return out;
    }

    /** @return row key → criterion code of the plan's rows, to name table fields by their criterion */
    static Map<String, String> rowCodes(PlanDocument plan) {
        Map<String, String> codes = new HashMap<>();
        plan.getRows().forEach(r -> codes.put(r.getKey(), r.getCriterionCode()));
        return codes;
    }

    /**
     * A field path in words: {@code legalBases[1].number} gives "Căn cứ 2 – số văn bản",
     * {@code rows[r-1].actions[a-2].budgetText} gives "Bảng kế hoạch, tiêu chí 3.1 – công việc – dự kiến kinh phí".
     * An unknown path is shown as it is.
     */
    static String fieldLabel(Component c, String path, Map<String, String> rowCodes) {
        List<String> parts = new ArrayList<>();
        StringBuilder key = new StringBuilder("field");
        Matcher m = SEGMENT.matcher(path);
        boolean any = false;
        while (m.find()) {
            any = true;
            key.append('.').append(m.group(1));
            String label = c.getString(key.toString(), null, "");
            if (label.isEmpty()) {
                return path;
            }
            String index = m.group(2);
            if (index == null) {
                parts.add(label);
            } else if (index.matches("\\d+")) {
                parts.add(label + " " + (Integer.parseInt(index) + 1));
            } else if ("rows".equals(m.group(1)) && rowCodes.containsKey(index)) {
                parts.add(label + ", " + c.getString("plan.criterion").toLowerCase(c.getLocale()) + " "
                        + rowCodes.get(index));
            } else {
                parts.add(label);
            }
        }
        return any ? String.join(" – ", parts) : path;
    }

    /** A stored value for people: translated status and yes/no, dates as dd/MM/yyyy. */
    static String value(Component c, String path, String value) {
        if (value == null || value.isEmpty()) {
            return c.getString("value.empty");
        }
        if ("status".equals(path)) {
            return c.getString("status." + value, null, value);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return c.getString("value." + value);
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return Formats.date(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
