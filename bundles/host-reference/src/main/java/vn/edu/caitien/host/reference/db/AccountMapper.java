package vn.edu.caitien.host.reference.db;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Accounts and their memberships. SQL in {@code AccountMapper.xml}. */
public interface AccountMapper {

    /** @return the account, or null */
    AccountRow findAccount(@Param("login") String login);

    /** @return the account's memberships, by organisation and role */
    List<MembershipRow> findMemberships(@Param("login") String login);

    /** Inserts an account; used by tests and administration. */
    void insertAccount(AccountRow account);

    /** Inserts one membership row. */
    void insertMembership(MembershipRow membership);
}
