package vn.edu.caitien.host.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edu.caitien.host.reference.PasswordHasher.PasswordHash;
import vn.edu.caitien.host.reference.db.AccountMapper;
import vn.edu.caitien.host.reference.db.AccountRow;
import vn.edu.caitien.host.reference.db.MembershipRow;
import vn.edu.caitien.portal.api.Membership;
import vn.edu.caitien.portal.api.PortalRole;
import vn.edu.caitien.portal.api.PortalUser;

/** {@link AccountService} over {@code PORTAL.ACCOUNT} and {@code PORTAL.MEMBERSHIP}. */
@Component(service = AccountService.class)
public final class AccountServiceImpl implements AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceImpl.class);

    /**
     * Verified when the login is unknown, so that an unknown login costs as much time as a wrong password and
     * response times do not reveal which logins exist.
     */
    private final PasswordHash decoy;
    private final HostStore store;
    private final PasswordHasher hasher;

    /** @param store the host's tables */
    @Activate
    public AccountServiceImpl(@Reference HostStore store) {
        this.store = store;
        this.hasher = new PasswordHasher();
        this.decoy = hasher.hash("decoy".toCharArray());
    }

    @Override
    public Optional<PortalUser> authenticate(String login, char[] password) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        String name = login.strip();
        try (SqlSession session = store.openSession()) {
            AccountMapper mapper = session.getMapper(AccountMapper.class);
            AccountRow account = mapper.findAccount(name);
            if (account == null || !account.active()) {
                hasher.verify(password, decoy);
                LOG.info("Failed sign-in for an unknown or inactive login");
                return Optional.empty();
            }
            if (!hasher.verify(password, new PasswordHash(account.passwordHash(), account.salt(),
                    account.iterations()))) {
                LOG.info("Failed sign-in for login {}", account.login());
                return Optional.empty();
            }
            LOG.info("Login {} signed in", account.login());
            return Optional.of(toUser(account, mapper.findMemberships(account.login())));
        }
    }

    @Override
    public Optional<PortalUser> user(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        try (SqlSession session = store.openSession()) {
            AccountMapper mapper = session.getMapper(AccountMapper.class);
            AccountRow account = mapper.findAccount(login);
            if (account == null || !account.active()) {
                return Optional.empty();
            }
            return Optional.of(toUser(account, mapper.findMemberships(account.login())));
        }
    }

    private static PortalUser toUser(AccountRow account, List<MembershipRow> rows) {
        // One row per role: gather them per organisation, keeping the query's order.
        Map<String, Set<PortalRole>> roles = new LinkedHashMap<>();
        Map<String, Boolean> isBody = new LinkedHashMap<>();
        for (MembershipRow row : rows) {
            PortalRole role;
            try {
                role = PortalRole.valueOf(row.role());
            } catch (IllegalArgumentException unknown) {
                LOG.warn("Login {} has an unknown role {} in {}; ignored", row.login(), row.role(), row.orgId());
                continue;
            }
            roles.computeIfAbsent(row.orgId(), k -> EnumSet.noneOf(PortalRole.class)).add(role);
            isBody.put(row.orgId(), row.body());
        }
        List<Membership> memberships = new ArrayList<>();
        roles.forEach((orgId, set) -> memberships.add(new Membership(orgId, isBody.get(orgId), set)));
        return new PortalUser(account.login(), account.displayName(), account.systemAdmin(), memberships);
    }
}
