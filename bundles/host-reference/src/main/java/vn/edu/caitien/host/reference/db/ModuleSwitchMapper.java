package vn.edu.caitien.host.reference.db;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Per-school module switches and the audit log. SQL in {@code ModuleSwitchMapper.xml}. */
public interface ModuleSwitchMapper {

    /** @return the recorded switch, or null when none was ever set */
    ModuleSwitchRow findSwitch(@Param("moduleId") String moduleId, @Param("schoolId") String schoolId);

    /** @return every recorded switch, by module and school */
    List<ModuleSwitchRow> findSwitches();

    /** @return the number of rows updated (0 when the switch was never recorded) */
    int updateSwitch(ModuleSwitchRow row);

    /** Records a switch for the first time. */
    void insertSwitch(ModuleSwitchRow row);

    /** Appends to the audit log. */
    void insertAudit(AuditRow row);

    /** @return the audit log, newest first */
    List<AuditRow> findAudit();
}
