package vn.edu.caitien.catalogue.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * Changes the catalogue. Every method needs a system administrator (permission {@code catalogue.manage}) and
 * throws {@link vn.edu.caitien.portal.api.AccessDeniedException} otherwise. Thread-safe.
 */
@ProviderType
public interface CatalogueAdminService {

    /** Argument of {@link #publish} meaning "do not check the current version". */
    int ANY_VERSION = -1;

    /**
     * Checks a catalogue file without saving anything. Files over the size limit are refused before parsing.
     *
     * @param yaml the file's bytes (UTF-8)
     * @return every problem, with its line
     */
    ImportReport validate(PortalUser user, byte[] yaml);

    /**
     * Publishes a catalogue file as the next version of its regime (creating the regime on first publish), in one
     * transaction: all of it or nothing. Plans keep the version they recorded.
     *
     * @param expectedCurrentVersion the current version the administrator saw (0 for a new regime), or
     *                               {@link #ANY_VERSION}
     * @param note                   a note shown in the version list; may be null
     * @return the new version
     * @throws CatalogueImportException when the file has problems
     * @throws PublishConflictException when another version was published meanwhile
     */
    CatalogueVersion publish(PortalUser user, byte[] yaml, int expectedCurrentVersion, String note);

    /**
     * Records that an administrator checked the regime's data against the official text; the UI stops flagging it.
     *
     * @throws CatalogueNotFoundException when the regime does not exist
     */
    void confirmOfficialText(PortalUser user, String regimeId);

    /**
     * Replaces the mapping of one criterion to the criteria of another regime.
     *
     * @param targets the criteria of {@code toRegimeId}; empty removes the mapping
     */
    void replaceMapping(PortalUser user, CriterionKey from, String toRegimeId, List<CriterionKey> targets);

    /** Adds or replaces an override (same province, level and first year). */
    void setProvinceOverride(PortalUser user, ProvinceOverride override);

    /** Removes an override; does nothing when there is none. */
    void removeProvinceOverride(PortalUser user, String provinceId, SchoolLevel level, SchoolYear fromYear);
}
