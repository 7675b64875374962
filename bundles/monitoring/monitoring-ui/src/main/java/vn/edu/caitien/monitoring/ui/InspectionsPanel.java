package vn.edu.caitien.monitoring.ui;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.danekja.java.util.function.serializable.SerializableSupplier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.PropertyModel;
import vn.edu.caitien.monitoring.api.ActionProgress;
import vn.edu.caitien.monitoring.api.Finding;
import vn.edu.caitien.monitoring.api.FollowUp;
import vn.edu.caitien.monitoring.api.Inspection;
import vn.edu.caitien.monitoring.api.InspectionDraft;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.api.Participant;
import vn.edu.caitien.monitoring.api.TeamMember;
import vn.edu.caitien.monitoring.api.TeamRole;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;

/**
 * On-site inspections of the school's plan, as on the inspection form ("Kiểm tra kế hoạch cải tiến chất lượng giáo
 * dục"): the school and the bodies above it read them; a member of a supervising body records one (date and time,
 * team with its leader, school participants, basis, findings per action or criterion — those needing corrective
 * action may add a follow-up action to the plan —, "Nhận xét của đoàn kiểm tra", conclusion, signatures).
 */
public class InspectionsPanel extends PanelBase {
    private static final long serialVersionUID = 1L;

    /** Wicket ids for tests. */
    public static final String INSPECTIONS = "inspections";
    public static final String FORM = "form";
    public static final String SAVE = "save";
    static final int TEAM_ROWS = 6;
    static final int PARTICIPANT_ROWS = 4;
    static final int FINDING_ROWS = 4;
    /** The most rows a list of the form grows to with its "add a row" button. */
    static final int MAX_ROWS = 40;

    /** A line of the team table as typed. */
    static final class TeamRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String name = "";
        String position = "";
        String unit = "";
        TeamRole role = TeamRole.MEMBER;
    }

    /** A line of the school participants as typed. */
    static final class ParticipantRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String name = "";
        String position = "";
    }

    /** A finding as typed. */
    static final class FindingRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String actionKey;
        String criterion = "";
        String text = "";
        boolean corrective;
        String followUp = "";
        String lead = "";
    }

    private final ServiceRef<MonitoringService> monitoring = ServiceRef.of(MonitoringService.class);
    private final PortalContext context;
    private IModel<List<Inspection>> inspections;
    /** The actions of each plan shown, loaded once per request (labels of findings and of the action choices). */
    private final IModel<java.util.HashMap<Long, List<ActionProgress>>> actionCache =
            load(java.util.HashMap::new);

    public InspectionsPanel(String id, PortalContext context) {
        super(id);
        this.context = context;
    }

    @Override
    protected void onInitialize() {
        super.onInitialize();
        add(new FeedbackPanel("feedback", m -> m.getReporter() == this));
        boolean allowed = context.school() != null && context.can(MonitoringService.VIEW);
        add(new WebMarkupContainer("denied").setVisible(!allowed));
        inspections = load(() -> {
            if (!allowed) {
                return List.of();
            }
            try {
                return monitoring.get().inspections(context.user(), context.requireSchool().id());
            } catch (MonitoringNotFoundException | AccessDeniedException e) {
                return List.of();
            }
        });
        add(new ListView<>(INSPECTIONS, inspections) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Inspection> item) {
                Inspection i = item.getModelObject();
                item.add(new Label("when", Ui.message(InspectionsPanel.this, "when", List.of(
                        String.format("%02d", i.startsAt().getHour()), String.format("%02d", i.startsAt().getMinute()),
                        Formats.date(i.startsAt().toLocalDate()), context.school().name()))));
                item.add(new Label("body", i.bodyName()));
                item.add(new ListView<>("team", i.team()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<TeamMember> row) {
                        TeamMember m = row.getModelObject();
                        row.add(new Label("member", m.name() + (m.position().isBlank() ? "" : ", " + m.position())
                                + (m.unit().isBlank() ? "" : " " + m.unit()) + " – " + getString("role." + m.role().name())));
                    }
                });
                item.add(new ListView<>("participants", i.participants()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Participant> row) {
                        Participant p = row.getModelObject();
                        row.add(new Label("participant", p.name() + (p.position().isBlank() ? ""
                                : ", " + getString("position") + ": " + p.position())));
                    }
                });
                item.add(new Label("basis", i.basis()));
                item.add(new ListView<>("findings", i.findings()) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<Finding> row) {
                        Finding f = row.getModelObject();
                        String where = !f.actionKey().isEmpty() ? actionLabel(i.planId(), f.actionKey())
                                : f.criterionCode().isEmpty() ? "" : Ui.message(InspectionsPanel.this, "criterion",
                                        List.of(f.criterionCode()));
                        row.add(new Label("where", where));
                        row.add(new Label("text", f.text()));
                        row.add(new Label("corrective", !f.requiresFollowUp() ? ""
                                : getString("corrective") + (f.followUpActionKey().isEmpty() ? ""
                                        : " – " + getString("followUp.created"))));
                    }
                });
                item.add(new Label("comments", i.comments()));
                item.add(new Label("conclusion", i.conclusion()));
                item.add(new Label("signatures", String.join(", ", i.signatures())));
            }
        });
        add(new WebMarkupContainer("empty") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(allowed && inspections.getObject().isEmpty());
            }
        });
        add(form());
    }

    /** @return the body of the user that supervises the current school, or null */
    private String inspectingBody() {
        if (context.school() == null) {
            return null;
        }
        return context.user().bodyIds().stream().filter(context.school()::isSupervisedBy).findFirst().orElse(null);
    }

    private Form<Void> form() {
        IModel<List<PlanSummary>> plans = keep(Ui.plans(context));
        IModel<Long> planId = Model.of(Ui.currentPlan(plans.getObject(), LocalDate.now()).orElse(null));
        IModel<String> date = Model.of(Formats.date(LocalDate.now()));
        IModel<String> time = Model.of("08:00");
        IModel<String> basis = Model.of("");
        IModel<String> comments = Model.of("");
        IModel<String> conclusion = Model.of("");
        IModel<String> signatures = Model.of("");
        List<TeamRow> team = new ArrayList<>(IntStream.range(0, TEAM_ROWS).mapToObj(i -> new TeamRow()).toList());
        team.get(0).role = TeamRole.LEADER;
        List<ParticipantRow> participants = new ArrayList<>(IntStream.range(0, PARTICIPANT_ROWS)
                .mapToObj(i -> new ParticipantRow()).toList());
        List<FindingRow> findings = new ArrayList<>(IntStream.range(0, FINDING_ROWS)
                .mapToObj(i -> new FindingRow()).toList());
        Form<Void> form = new Form<>(FORM) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(context.can(MonitoringService.INSPECT) && inspectingBody() != null
                        && !plans.getObject().isEmpty());
            }
        };
        form.add(new FeedbackPanel("feedback", m -> m.getReporter() == form || form.contains(m.getReporter(), true)));
        form.add(Ui.planChoice("plan", this, plans, planId).setRequired(true)
                .setLabel(new org.apache.wicket.model.ResourceModel("label.plan")));
        form.add(new TextField<>("date", date).setLabel(new org.apache.wicket.model.ResourceModel("label.date")));
        form.add(new TextField<>("time", time));
        form.add(new ListView<>("team", team) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<TeamRow> item) {
                item.add(new TextField<>("name", new PropertyModel<String>(item.getModel(), "name")));
                item.add(new TextField<>("position", new PropertyModel<String>(item.getModel(), "position")));
                item.add(new TextField<>("unit", new PropertyModel<String>(item.getModel(), "unit")));
                item.add(new DropDownChoice<>("role", new PropertyModel<TeamRole>(item.getModel(), "role"),
                        Arrays.asList(TeamRole.values()), Ui.enumRenderer(InspectionsPanel.this, "role.")));
            }
        }.setReuseItems(true));
        form.add(addRow("addTeam", form, team, TeamRow::new));
        form.add(new ListView<>("participants", participants) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ParticipantRow> item) {
                item.add(new TextField<>("name", new PropertyModel<String>(item.getModel(), "name")));
                item.add(new TextField<>("position", new PropertyModel<String>(item.getModel(), "position")));
            }
        }.setReuseItems(true));
        form.add(addRow("addParticipant", form, participants, ParticipantRow::new));
        form.add(new TextArea<>("basis", basis).setLabel(new org.apache.wicket.model.ResourceModel("record.basis")));
        IModel<List<String>> actionKeys = load(() -> actions(planId.getObject()).stream()
                .map(ActionProgress::actionKey).toList());
        form.add(new ListView<>("findings", findings) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<FindingRow> item) {
                item.add(new DropDownChoice<>("action", new PropertyModel<String>(item.getModel(), "actionKey"),
                        actionKeys, new ChoiceRenderer<>() {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object getDisplayValue(String key) {
                                return actionLabel(planId.getObject(), key);
                            }

                            @Override
                            public String getIdValue(String key, int index) {
                                return key;
                            }
                        }).setNullValid(true));
                item.add(new TextField<>("criterion", new PropertyModel<String>(item.getModel(), "criterion")));
                item.add(new TextArea<>("text", new PropertyModel<String>(item.getModel(), "text")));
                item.add(new CheckBox("corrective", new PropertyModel<Boolean>(item.getModel(), "corrective")));
                item.add(new TextField<>("followUp", new PropertyModel<String>(item.getModel(), "followUp")));
                item.add(new TextField<>("lead", new PropertyModel<String>(item.getModel(), "lead")));
            }
        }.setReuseItems(true));
        form.add(addRow("addFinding", form, findings, FindingRow::new));
        form.add(new TextArea<>("comments", comments).setLabel(new org.apache.wicket.model.ResourceModel("record.comments")));
        form.add(new TextArea<>("conclusion", conclusion).setLabel(new org.apache.wicket.model.ResourceModel("record.conclusion")));
        form.add(new TextArea<>("signatures", signatures));
        Button save = new Button(SAVE) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                LocalDateTime startsAt;
                try {
                    LocalDate day = Formats.parseDate(date.getObject());
                    LocalTime at = LocalTime.parse(time.getObject() == null ? "" : time.getObject().strip(),
                            java.time.format.DateTimeFormatter.ofPattern("H:mm"));
                    startsAt = day == null ? null : LocalDateTime.of(day, at);
                } catch (DateTimeParseException e) {
                    form.error(getString("error.dateTime"));
                    return;
                }
                List<TeamMember> members = team.stream().filter(r -> !blank(r.name))
                        .map(r -> new TeamMember(r.name.strip(), r.position, r.unit, r.role)).toList();
                List<Participant> people = participants.stream().filter(r -> !blank(r.name))
                        .map(r -> new Participant(r.name.strip(), r.position)).toList();
                List<Finding> found = new ArrayList<>();
                for (FindingRow r : findings) {
                    if (blank(r.text)) {
                        continue;
                    }
                    FollowUp followUp = null;
                    if (blank(r.criterion) && r.actionKey != null) {
                        r.criterion = actions(planId.getObject()).stream()
                                .filter(a -> a.actionKey().equals(r.actionKey)).findFirst()
                                .map(ActionProgress::criterionCode).orElse("");
                    }
                    if (r.corrective && !blank(r.followUp)) {
                        if (blank(r.criterion) || blank(r.lead)) {
                            form.error(getString("error.followUp"));
                            return;
                        }
                        followUp = new FollowUp(r.criterion.strip(), r.followUp, r.lead, "", "", "");
                    }
                    found.add(new Finding(r.actionKey, blank(r.criterion) ? "" : r.criterion.strip(), r.text,
                            r.corrective, followUp, ""));
                }
                try {
                    monitoring.get().recordInspection(context.user(), new InspectionDraft(planId.getObject(),
                            inspectingBody(), startsAt, members, people, basis.getObject(), found,
                            comments.getObject(), conclusion.getObject(), ReviewsPanel.lines(signatures.getObject())));
                } catch (RuntimeException e) {
                    Ui.report(form, e);
                    return;
                }
                InspectionsPanel.this.info(getString("saved"));
                inspections.detach();
            }
        };
        form.add(save);
        // Enter in a field saves, as before the "add a row" buttons came before the save button.
        form.setDefaultButton(save);
        return form;
    }

    /**
     * A button that adds an empty row to one of the form's lists, keeping everything typed so far (the form's input
     * goes to the rows first). A list stops growing at {@link #MAX_ROWS}.
     */
    private <T extends Serializable> Button addRow(String id, Form<Void> form, List<T> rows,
                                                  SerializableSupplier<T> empty) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                if (rows.size() < MAX_ROWS) {
                    rows.add(empty.get());
                } else {
                    form.error(Ui.message(InspectionsPanel.this, "error.maxRows", List.of(String.valueOf(MAX_ROWS))));
                }
            }
        };
    }

    /** @return the plan's actions the user may see, empty when none or not visible */
    private List<ActionProgress> actions(Long planId) {
        if (planId == null) {
            return List.of();
        }
        return actionCache.getObject().computeIfAbsent(planId, id -> {
            try {
                return monitoring.get().progress(context.user(), id);
            } catch (PlanNotFoundException | MonitoringNotFoundException | AccessDeniedException e) {
                return List.of();
            }
        });
    }

    /** @return "3.1 – Sửa chữa sân chơi…" for an action of the plan, or the key when it is gone */
    private String actionLabel(Long planId, String key) {
        return actions(planId).stream().filter(a -> a.actionKey().equals(key)).findFirst()
                .map(a -> a.criterionCode() + " – " + (a.description().length() > 70
                        ? a.description().substring(0, 69) + "…" : a.description()))
                .orElse(key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
