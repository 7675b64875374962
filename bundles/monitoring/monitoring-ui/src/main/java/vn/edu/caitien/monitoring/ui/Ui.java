package vn.edu.caitien.monitoring.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.StringResourceModel;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.MonitoringNotFoundException;
import vn.edu.caitien.monitoring.api.MonitoringStateException;
import vn.edu.caitien.monitoring.api.MonitoringValidationException;
import vn.edu.caitien.monitoring.api.Problem;
import vn.edu.caitien.plan.api.PlanNotFoundException;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanQuery;
import vn.edu.caitien.plan.api.PlanService;
import vn.edu.caitien.plan.api.PlanSummary;
import vn.edu.caitien.portal.api.AccessDeniedException;
import vn.edu.caitien.portal.api.PortalContext;
import vn.edu.caitien.portal.api.ui.ServiceRef;
import vn.edu.caitien.portal.api.ui.ServiceUnavailableException;

/** What the monitoring panels share: translating the service's refusals in place, and choosing a plan. */
final class Ui {

    private Ui() {
    }

    /** @return the message {@code key} of the component's bundle with {@code {0}}, {@code {1}} filled in */
    static String message(Component c, String key, List<String> args) {
        return new StringResourceModel(key, c).setParameters(args.toArray()).setDefaultValue(key).getString();
    }

    /**
     * Reports a refusal of the service where it belongs: each problem of a validation on the form component of the
     * same id (or on the form), anything else on {@code form}. Returns normally for the refusals it knows; rethrows
     * the others.
     */
    private static final String REQUIRED = "monitoring.error.required";

    static void report(Form<?> form, RuntimeException e) {
        if (e instanceof MonitoringValidationException v) {
            for (Problem p : v.problems()) {
                Component target = p.field().isEmpty() ? null : field(form, p.field());
                String text = message(form, p.key(), p.args());
                // An empty required field is named when it has a label: "Hãy điền Nhận xét của đoàn kiểm tra."
                if (REQUIRED.equals(p.key()) && target instanceof FormComponent<?> c && c.getLabel() != null
                        && c.getLabel().getObject() != null) {
                    text = message(form, REQUIRED + "Named", List.of(c.getLabel().getObject()));
                }
                (target == null ? form : target).error(text);
            }
        } else if (e instanceof MonitoringStateException s) {
            form.error(message(form, s.key(), s.args()));
        } else if (e instanceof AccessDeniedException) {
            form.error(form.getString("monitoring.denied"));
        } else if (e instanceof MonitoringNotFoundException n) {
            form.error(form.getString("monitoring.notFound." + n.what(), null, form.getString("monitoring.notFound")));
        } else if (e instanceof PlanNotFoundException) {
            form.error(form.getString("monitoring.notFound.plan"));
        } else if (e instanceof ServiceUnavailableException) {
            form.error(form.getString("monitoring.unavailable"));
        } else {
            throw e;
        }
    }

    private static Component field(Form<?> form, String id) {
        return form.visitChildren(FormComponent.class, (FormComponent<?> c, org.apache.wicket.util.visit.IVisit<Component> visit) -> {
            if (c.getId().equals(id)) {
                visit.stop(c);
            }
        });
    }

    /** @return the school's plans that the user may see, newest period first (empty without a school) */
    static IModel<List<PlanSummary>> plans(PortalContext context) {
        ServiceRef<PlanService> plans = ServiceRef.of(PlanService.class);
        return LoadableDetachableModel.of(() -> {
            if (context.school() == null) {
                return List.of();
            }
            try {
                return plans.get().plans(context.user(), context.school().id(), PlanQuery.ALL).stream()
                        .sorted(Comparator.comparing((PlanSummary p) -> p.period().startYear()).reversed())
                        .toList();
            } catch (AccessDeniedException e) {
                return List.of();
            }
        });
    }

    /** @return the plan whose period holds today's school year, else the newest; empty when none */
    static Optional<Long> currentPlan(List<PlanSummary> plans, LocalDate today) {
        int year = DueRules.schoolYearStart(today);
        return plans.stream().filter(p -> p.period().startYear() <= year && year < p.period().endYear())
                .findFirst().or(() -> plans.stream().findFirst()).map(PlanSummary::id);
    }

    /** @return "Năm học 2025-2026 · 12/KH-THCSAB" */
    static String planLabel(Component c, PlanSummary p) {
        String period = c.getString(p.period().kind() == PlanPeriod.Kind.STAGE ? "plan.stage" : "plan.schoolYear")
                + " " + p.period().years();
        String number = p.documentNumber();
        return number == null || number.isBlank() ? period : period + " · " + number;
    }

    /** @return a renderer showing an enum constant as the message {@code prefix + name()} */
    static <E extends Enum<E>> ChoiceRenderer<E> enumRenderer(Component owner, String prefix) {
        return new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(E value) {
                return owner.getString(prefix + value.name());
            }

            @Override
            public String getIdValue(E value, int index) {
                return value.name();
            }
        };
    }

    /**
     * A required drop-down of the school years of a plan; when the chosen year is not one of them (today is past the
     * plan's period), the plan's year nearest to it is chosen.
     */
    static DropDownChoice<Integer> yearChoice(String id, IModel<Integer> year, IModel<List<Integer>> years,
                                              ChoiceRenderer<Integer> renderer) {
        DropDownChoice<Integer> choice = new DropDownChoice<>(id, year, years, renderer) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                List<Integer> list = years.getObject();
                Integer y = year.getObject();
                if (!list.isEmpty() && (y == null || !list.contains(y))) {
                    int target = y == null ? DueRules.schoolYearStart(LocalDate.now()) : y;
                    year.setObject(list.stream().min(Comparator.comparingInt(v -> Math.abs(v - target))).orElseThrow());
                }
            }
        };
        choice.setRequired(true);
        return choice;
    }

    /** A drop-down of the school's plans, writing the chosen plan id into {@code selected}. */
    static DropDownChoice<Long> planChoice(String id, Component owner, IModel<List<PlanSummary>> plans,
                                           IModel<Long> selected) {
        IModel<List<Long>> ids = plans.map(l -> l.stream().map(PlanSummary::id).toList());
        return new DropDownChoice<>(id, selected, ids, new ChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(Long planId) {
                return plans.getObject().stream().filter(p -> p.id() == planId).findFirst()
                        .map(p -> planLabel(owner, p)).orElse(String.valueOf(planId));
            }

            @Override
            public String getIdValue(Long planId, int index) {
                return String.valueOf(planId);
            }
        });
    }
}
