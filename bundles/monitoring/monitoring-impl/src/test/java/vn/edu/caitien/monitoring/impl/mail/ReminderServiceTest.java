package vn.edu.caitien.monitoring.impl.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.edu.caitien.monitoring.impl.MonitoringFixtures;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.portal.api.NotificationException;
import vn.edu.caitien.testsupport.DerbyTestDatabase;

/** Weekly digests on Derby: one per person and week, failures recorded, the SMTP fallback. */
class ReminderServiceTest {

    @RegisterExtension
    final DerbyTestDatabase db = new DerbyTestDatabase("reminders");

    private MonitoringStore store;
    /** Monday 19/01/2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 19);

    @BeforeEach
    void start() {
        store = MonitoringFixtures.store(db);
        store.write(m -> m.insertStates(List.of(
                row(1, "a1", "gv-ab", "IN_PROGRESS", LocalDate.of(2026, 1, 10)),   // overdue
                row(1, "a2", "gv-ab", "NOT_STARTED", LocalDate.of(2026, 1, 25)),   // due soon
                row(1, "a3", "gv-ab", "DONE", LocalDate.of(2026, 1, 10)),          // done: not listed
                row(1, "a4", "gv-ab", "NOT_STARTED", LocalDate.of(2026, 5, 31)),   // far away
                row(2, "b1", "bounce", "LATE", LocalDate.of(2026, 1, 5)),
                row(2, "b2", "pht-ab", "PAUSED", LocalDate.of(2026, 1, 30)),
                row(2, "b3", "", "NOT_STARTED", LocalDate.of(2026, 1, 1)))));      // no portal lead
    }

    private static StateRow row(long plan, String key, String lead, String status, LocalDate due) {
        StateRow s = new StateRow();
        s.planId = plan;
        s.actionKey = key;
        s.schoolYear = 2025;
        s.schoolId = "thcs-an-binh";
        s.criterion("3.1");
        s.standardNo = 3;
        s.schoolNo = 1;
        s.seq = key.hashCode() & 0xffff;
        s.description = "Hoạt động " + key;
        s.leadText = lead;
        s.leadUserId = lead;
        s.openEnded = false;
        s.dueDate = Date.valueOf(due);
        s.sources = "";
        s.status(vn.edu.caitien.monitoring.api.ActionStatus.valueOf(status));
        s.percentDone = 40;
        return s;
    }

    private static ReminderService.Config config(String host, int port) {
        return new ReminderService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReminderService.Config.class;
            }

            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public String from() {
                return "caitien@truong.edu.vn";
            }

            @Override
            public String username() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public boolean starttls() {
                return false;
            }

            @Override
            public boolean tls() {
                return false;
            }

            @Override
            public String address_template() {
                return "{user}@truong.edu.vn";
            }

            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public DayOfWeek digest_day() {
                return DayOfWeek.MONDAY;
            }

            @Override
            public int check_minutes() {
                return 60;
            }

            @Override
            public int due_soon_days() {
                return 14;
            }

            @Override
            public int timeout_ms() {
                return 5_000;
            }
        };
    }

    @Test
    void oneDigestPerPersonAndWeekThroughTheHostAndFailuresDoNotStopOthers() {
        ReminderService reminders = new ReminderService(store, config("", 25), MonitoringFixtures.CLOCK);
        List<String> sent = new ArrayList<>();
        reminders.notifications = (user, subject, text) -> {
            if (user.equals("bounce")) {
                throw new NotificationException("no such user");
            }
            sent.add(user + "|" + subject + "|" + text);
        };
        assertThat(reminders.run(MONDAY)).isEqualTo(new ReminderService.Run(2, 1, 0));
        assertThat(sent).hasSize(2);
        String teacher = sent.stream().filter(s -> s.startsWith("gv-ab|")).findFirst().orElseThrow();
        assertThat(teacher).contains("Cải Tiến: 1 việc quá hạn, 1 việc sắp đến hạn")
                .contains("Quá hạn (1):\n- [3.1] Hoạt động a1 — hạn 10/01/2026, đã thực hiện 40%")
                .contains("Sắp đến hạn (1):\n- [3.1] Hoạt động a2 — hạn 25/01/2026")
                .doesNotContain("a3").doesNotContain("a4").contains("tuần từ 19/01/2026");
        // The failure is recorded with its error and not retried that week; nothing is sent twice.
        assertThat(store.read(m -> m.digest("bounce", Date.valueOf(MONDAY))).errorText).isEqualTo("no such user");
        assertThat(reminders.run(MONDAY.plusDays(3))).isEqualTo(new ReminderService.Run(0, 0, 3));
        assertThat(sent).hasSize(2);
        // Next week, again.
        assertThat(reminders.run(MONDAY.plusDays(7)).sent()).isEqualTo(2);
    }

    @Test
    void beforeTheDigestDayNothingGoesOut() {
        ReminderService reminders = new ReminderService(store, new ReminderService.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ReminderService.Config.class;
            }

            @Override
            public DayOfWeek digest_day() {
                return DayOfWeek.WEDNESDAY;
            }

            @Override
            public int due_soon_days() {
                return 14;
            }

            // unused here
            @Override public String host() { return ""; }
            @Override public int port() { return 25; }
            @Override public String from() { return ""; }
            @Override public String username() { return ""; }
            @Override public String password() { return ""; }
            @Override public boolean starttls() { return false; }
            @Override public boolean tls() { return false; }
            @Override public String address_template() { return ""; }
            @Override public boolean enabled() { return false; }
            @Override public int check_minutes() { return 60; }
            @Override public int timeout_ms() { return 1000; }
        }, MonitoringFixtures.CLOCK);
        reminders.notifications = (u, s, t) -> {
            throw new AssertionError("sent on Monday");
        };
        assertThat(reminders.run(MONDAY)).isEqualTo(new ReminderService.Run(0, 0, 0));
    }

    @Test
    void withoutAHostServiceDigestsGoByMailAndABounceIsRecorded() throws Exception {
        try (TinySmtpServer server = new TinySmtpServer("bounce@truong.edu.vn")) {
            ReminderService reminders = new ReminderService(store, config("127.0.0.1", server.port()),
                    MonitoringFixtures.CLOCK);
            assertThat(reminders.run(MONDAY)).isEqualTo(new ReminderService.Run(2, 1, 0));
            assertThat(server.received).extracting(TinySmtpServer.Message::to)
                    .containsExactlyInAnyOrder("<gv-ab@truong.edu.vn>", "<pht-ab@truong.edu.vn>");
            assertThat(store.read(m -> m.digest("bounce", Date.valueOf(MONDAY))).errorText).contains("550");
            assertThat(reminders.run(MONDAY)).isEqualTo(new ReminderService.Run(0, 0, 3));
            assertThat(server.received).hasSize(2);
        }
    }

    @Test
    void withoutHostServiceOrMailServerNothingIsRecorded() {
        ReminderService reminders = new ReminderService(store, config("", 25), MonitoringFixtures.CLOCK);
        assertThat(reminders.run(MONDAY)).isEqualTo(new ReminderService.Run(0, 0, 3));
        assertThat((Object) store.read(m -> m.digest("gv-ab", Date.valueOf(MONDAY)))).isNull();
    }
}
