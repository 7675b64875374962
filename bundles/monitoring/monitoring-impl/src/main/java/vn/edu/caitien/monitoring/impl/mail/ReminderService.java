package vn.edu.caitien.monitoring.impl.mail;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.exceptions.PersistenceException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.monitoring.api.DueRules;
import vn.edu.caitien.monitoring.api.DueState;
import vn.edu.caitien.monitoring.api.MonitoringService;
import vn.edu.caitien.monitoring.impl.db.MonitoringStore;
import vn.edu.caitien.monitoring.impl.db.Rows.DigestRow;
import vn.edu.caitien.monitoring.impl.db.Rows.StateRow;
import vn.edu.caitien.portal.api.MailAddressBook;
import vn.edu.caitien.portal.api.NotificationException;
import vn.edu.caitien.portal.api.NotificationService;
import vn.edu.caitien.portal.db.api.MyBatisFactory;
import vn.edu.caitien.portal.db.api.PortalDatabase;

/**
 * Weekly reminder digests: one message per person and week listing the actions they lead that are overdue or due
 * soon, never one per action. Delivered through the host's {@link NotificationService} when one is registered, else by
 * e-mail over SMTP (disabled without a host). A digest is recorded (sent or failed, with the error) and never sent twice
 * for the same week; a failing address is logged once and does not stop the others.
 */
@Component(service = ReminderService.class, configurationPid = ReminderService.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        // Immediate: nothing uses the service, but it must run to schedule the digests.
        immediate = true)
@Designate(ocd = ReminderService.Config.class)
public final class ReminderService {

    /** The configuration PID. */
    public static final String PID = "vn.edu.caitien.monitoring.mail";

    /** Mail and schedule settings. */
    @ObjectClassDefinition(name = "Cải Tiến reminders")
    public @interface Config {
        /** @return the SMTP server; empty disables e-mail */
        @AttributeDefinition(name = "SMTP host", required = false)
        String host() default "";

        /** @return the SMTP port */
        @AttributeDefinition(name = "SMTP port")
        int port() default 25;

        /** @return the sender address */
        @AttributeDefinition(name = "From address", required = false)
        String from() default "";

        /** @return the SMTP user; empty for none */
        @AttributeDefinition(name = "User name", required = false)
        String username() default "";

        /** @return the SMTP password */
        @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false)
        String password() default "";

        /** @return whether to use STARTTLS */
        @AttributeDefinition(name = "STARTTLS")
        boolean starttls() default false;

        /** @return whether the connection is TLS from the first byte (implicit TLS, "SMTPS", usually port 465) */
        @AttributeDefinition(name = "Implicit TLS (SMTPS)")
        boolean tls() default false;

        /** @return an address template when the host has no MailAddressBook: {@code {user}@truong.edu.vn} */
        @AttributeDefinition(name = "Address template", required = false)
        String address_template() default "";

        /** @return whether digests are scheduled at all */
        @AttributeDefinition(name = "Send weekly digests")
        boolean enabled() default true;

        /** @return the day of the week from which the week's digests go out */
        @AttributeDefinition(name = "Digest day")
        DayOfWeek digest_day() default DayOfWeek.MONDAY;

        /** @return how often to look for digests to send, in minutes */
        @AttributeDefinition(name = "Check every (minutes)", min = "1")
        int check_minutes() default 60;

        /** @return the due-soon window in days */
        @AttributeDefinition(name = "Due-soon window (days)", min = "0")
        int due_soon_days() default DueRules.DEFAULT_DUE_SOON_DAYS;

        /** @return SMTP timeout in milliseconds */
        @AttributeDefinition(name = "SMTP timeout (ms)", min = "100")
        int timeout_ms() default 20_000;
    }

    /**
     * What one run did.
     *
     * @param sent    digests delivered
     * @param failed  digests that failed (recorded with their error)
     * @param skipped people already served this week, or without an address
     */
    public record Run(int sent, int failed, int skipped) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MonitoringStore store;
    private final Config config;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile NotificationService notifications;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MailAddressBook addresses;

    /**
     * @param database the portal database; the monitoring service (referenced so that it migrated the schema first)
     *                 owns the tables
     */
    @Activate
    public ReminderService(@Reference PortalDatabase database, @Reference MonitoringService monitoring, Config config) {
        this(new MonitoringStore(MyBatisFactory.create(database, MonitoringStore.MAPPERS, MonitoringStore.ALIASES)),
                config, Clock.systemDefaultZone());
        if (config.enabled()) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "caitien-monitoring-reminders");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::runSafely, 1, config.check_minutes(), TimeUnit.MINUTES);
            LOG.info("Reminder digests checked every {} minute(s); e-mail {}", config.check_minutes(),
                    config.host().isBlank() ? "off" : "via " + config.host());
        }
    }

    ReminderService(MonitoringStore store, Config config, Clock clock) {
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void runSafely() {
        try {
            run(LocalDate.now(clock));
        } catch (RuntimeException e) {
            LOG.error("Reminder run failed", e);
        }
    }

    /** Sends the week's digests that are not sent yet. */
    public Run run(LocalDate today) {
        if (today.getDayOfWeek().getValue() < config.digest_day().getValue()) {
            return new Run(0, 0, 0);
        }
        LocalDate week = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, List<StateRow>> byLead = new LinkedHashMap<>();
        for (StateRow r : store.read(m -> m.dueByLead(Date.valueOf(today.plusDays(config.due_soon_days()))))) {
            byLead.computeIfAbsent(r.leadUserId, k -> new ArrayList<>()).add(r);
        }
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (Map.Entry<String, List<StateRow>> e : byLead.entrySet()) {
            String user = e.getKey();
            if (store.read(m -> m.digest(user, Date.valueOf(week))) != null) {
                skipped++;
                continue;
            }
            String subject = subject(e.getValue(), today);
            String text = text(e.getValue(), today, week);
            String error = "";
            try {
                if (!deliver(user, subject, text)) {
                    skipped++;
                    continue;
                }
            } catch (NotificationException | IllegalStateException ex) {
                error = ex.getMessage() == null ? ex.toString() : ex.getMessage();
                LOG.warn("Reminder digest for user {} (week of {}) failed: {}", user, DMY.format(week), error);
            }
            DigestRow row = new DigestRow();
            row.userId = user;
            row.weekStart = Date.valueOf(week);
            row.outcome = error.isEmpty() ? "SENT" : "FAILED";
            row.errorText = error.length() > 1000 ? error.substring(0, 1000) : error;
            row.items = e.getValue().size();
            row.sentAt = Timestamp.from(clock.instant());
            try {
                store.write(m -> m.insertDigest(row));
            } catch (PersistenceException ex) {
                LOG.debug("Digest of {} recorded by another run", user);
            }
            if (error.isEmpty()) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Run(sent, failed, skipped);
    }

    /** @return false when nothing could deliver it (no notification service, e-mail off or no address) */
    private boolean deliver(String user, String subject, String text) {
        NotificationService host = notifications;
        if (host != null) {
            host.send(user, subject, text);
            return true;
        }
        if (config.host() == null || config.host().isBlank()) {
            return false;
        }
        Optional<String> address = Optional.ofNullable(addresses).flatMap(b -> b.emailOf(user));
        if (address.isEmpty() && !config.address_template().isBlank()) {
            address = Optional.of(config.address_template().replace("{user}", user));
        }
        if (address.isEmpty()) {
            return false;
        }
        new SmtpClient(new SmtpClient.Settings(config.host(), config.port(), config.from(), config.username(),
                config.password(), config.starttls(), config.tls(), config.timeout_ms())).send(address.get(), subject,
                text);
        return true;
    }

    private DueState state(StateRow r, LocalDate today) {
        return DueRules.dueState(r.status(), r.dueDate.toLocalDate(), today, config.due_soon_days());
    }

    String subject(List<StateRow> rows, LocalDate today) {
        long overdue = rows.stream().filter(r -> state(r, today) == DueState.OVERDUE).count();
        long soon = rows.stream().filter(r -> state(r, today) == DueState.DUE_SOON).count();
        return "Cải Tiến: " + overdue + " việc quá hạn, " + soon + " việc sắp đến hạn";
    }

    String text(List<StateRow> rows, LocalDate today, LocalDate week) {
        StringBuilder t = new StringBuilder();
        t.append("Kính gửi thầy/cô,\n\n");
        t.append("Cải Tiến nhắc các việc thầy/cô phụ trách trong kế hoạch cải tiến chất lượng giáo dục (tuần từ ")
                .append(DMY.format(week)).append("):\n");
        for (DueState s : List.of(DueState.OVERDUE, DueState.DUE_SOON)) {
            List<StateRow> part = rows.stream().filter(r -> state(r, today) == s).toList();
            if (part.isEmpty()) {
                continue;
            }
            t.append('\n').append(s == DueState.OVERDUE ? "Quá hạn" : "Sắp đến hạn").append(" (").append(part.size())
                    .append("):\n");
            for (StateRow r : part) {
                t.append("- [").append(r.criterionCode).append("] ").append(r.description).append(" — hạn ")
                        .append(DMY.format(r.dueDate.toLocalDate())).append(", đã thực hiện ").append(r.percentDone)
                        .append("%\n");
            }
        }
        t.append("\nXin thầy/cô cập nhật tiến độ và minh chứng trên cổng thông tin của nhà trường.\n");
        return t.toString();
    }
}
