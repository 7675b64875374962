package vn.edu.caitien.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.caitien.plan.impl.PlanFixtures.PRINCIPAL;
import static vn.edu.caitien.plan.impl.PlanFixtures.THCS;

import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.wicket.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.edu.caitien.plan.api.PlanChange;
import vn.edu.caitien.plan.api.PlanDocument;
import vn.edu.caitien.plan.api.PlanPeriod;
import vn.edu.caitien.plan.api.PlanRow;

/**
 * Every field of a plan that a user can change has a name in words in the history, in Vietnamese and in English: a
 * plan with every property set (found by reflection, so a field added to the plan later is covered) is saved, and no
 * path of its recorded changes is shown as the raw path ({@code rows[r-1].objective}).
 */
class PlanFieldNamesTest extends PanelTestSupport {

    /** Set by the service or the workflow, never typed by a user. */
    private static final Set<String> SYSTEM = Set.of("id", "schoolId", "revision", "status", "version", "regimeId",
            "catalogueVersion", "appendix", "planForm", "sourcePlanId", "returnReason", "key", "criterionCode",
            "sourceActionKey", "carriedForward", "leadUserId");

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyChangedFieldOfAPlanIsNamedInWords(String language) throws Exception {
        PlanDocument plan = service.create(PRINCIPAL, THCS.id(), PlanPeriod.schoolYear(2025), "");
        fill(plan, 0);
        PlanRow row = new PlanRow();
        fill(row, 1);
        row.setCriterionCode("1.1");
        plan.getRows().add(row);
        plan = service.save(PRINCIPAL, plan);

        List<PlanChange> history = service.history(PRINCIPAL, plan.getId());
        assertThat(history).hasSizeGreaterThan(20);
        tester.startComponentInPage(new PlanHistoryPanel("panel", context(PRINCIPAL, THCS, language), plan.getId()));
        Component panel = tester.getComponentFromLastRenderedPage("panel");
        Map<String, String> rowCodes = PlanHistoryPanel.rowCodes(plan);
        Set<String> unnamed = new TreeSet<>();
        for (PlanChange change : history) {
            String path = change.change().path();
            if (PlanHistoryPanel.fieldLabel(panel, path, rowCodes).equals(path)) {
                unnamed.add(path);
            }
        }
        assertThat(unnamed).as("fields shown as raw paths in the history (" + language + ")").isEmpty();
    }

    /** Sets every writable property of a plan bean that users type, with lists of one filled element. */
    private static void fill(Object bean, int depth) throws Exception {
        BeanInfo info = Introspector.getBeanInfo(bean.getClass(), Object.class);
        for (PropertyDescriptor p : info.getPropertyDescriptors()) {
            if (SYSTEM.contains(p.getName()) || p.getReadMethod() == null) {
                continue;
            }
            Class<?> type = p.getPropertyType();
            if (Collection.class.isAssignableFrom(type)) {
                if (depth > 3) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Collection<Object> list = (Collection<Object>) p.getReadMethod().invoke(bean);
                Type element = ((ParameterizedType) p.getReadMethod().getGenericReturnType()).getActualTypeArguments()[0];
                Object value = value((Class<?>) element, p.getName(), depth);
                if (list != null && value != null && !(bean instanceof PlanDocument && p.getName().equals("rows"))) {
                    list.add(value);
                }
                continue;
            }
            if (p.getWriteMethod() == null) {
                Object nested = p.getReadMethod().invoke(bean);
                if (nested != null && nested.getClass().getPackageName().equals(PlanDocument.class.getPackageName())
                        && !nested.getClass().isEnum()) {
                    fill(nested, depth + 1);
                }
                continue;
            }
            Object value = value(type, p.getName(), depth);
            if (value != null) {
                p.getWriteMethod().invoke(bean, value);
            }
        }
    }

    private static Object value(Class<?> type, String name, int depth) throws Exception {
        if (type == String.class) {
            return name.toLowerCase().contains("code") ? "1.1" : "Giá trị của " + name;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return name.toLowerCase().contains("level") ? 2 : 2026;
        }
        if (type == long.class || type == Long.class) {
            return 500_000_000L;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(500_000_000L);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 3, 15);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.getPackageName().equals(PlanDocument.class.getPackageName()) && !type.isInterface()
                && !type.isRecord()) {
            try {
                Object bean = type.getConstructor().newInstance();
                fill(bean, depth + 1);
                return bean;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        return null;
    }
}
