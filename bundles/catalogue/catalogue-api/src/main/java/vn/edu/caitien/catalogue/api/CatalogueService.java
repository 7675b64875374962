package vn.edu.caitien.catalogue.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import vn.edu.caitien.portal.api.PortalUser;
import vn.edu.caitien.portal.api.School;
import vn.edu.caitien.portal.api.SchoolLevel;

/**
 * Reads the criteria catalogue. Every method needs a signed-in user and throws
 * {@link vn.edu.caitien.portal.api.AccessDeniedException} for a null user. Lists are sorted as the circulars print
 * them (standards by number, criteria by standard then position). Thread-safe.
 */
@ProviderType
public interface CatalogueService {

    /** Version argument meaning "the current published version". */
    int CURRENT = 0;

    /** @return every regime, oldest circular first */
    List<Regime> regimes(PortalUser user);

    /** @return the regime, or empty */
    Optional<Regime> regime(PortalUser user, String regimeId);

    /**
     * @return the published versions of a regime, newest first
     * @throws CatalogueNotFoundException when the regime does not exist
     */
    List<CatalogueVersion> versions(PortalUser user, String regimeId);

    /**
     * @param version  a version number or {@link #CURRENT}
     * @param appendix an appendix code ({@link Appendix#NONE} for a regime without appendices)
     * @return the standards of that appendix
     * @throws CatalogueNotFoundException when the regime or version does not exist
     */
    List<Standard> standards(PortalUser user, String regimeId, int version, String appendix);

    /**
     * @param version  a version number or {@link #CURRENT}
     * @param appendix an appendix code
     * @return the criteria of that appendix with their indicators
     * @throws CatalogueNotFoundException when the regime or version does not exist
     */
    List<Criterion> criteria(PortalUser user, String regimeId, int version, String appendix);

    /**
     * @param key     regime, appendix and code
     * @param version a version number or {@link #CURRENT}
     * @return the criterion, or empty when that version has no such criterion
     */
    Optional<Criterion> criterion(PortalUser user, CriterionKey key, int version);

    /** @return the Mức 4 items of a version (empty for TT 57) */
    List<Level4Item> level4Items(PortalUser user, String regimeId, int version);

    /**
     * Finds criteria of the current versions whose code, title or standard title contain every word of the
     * query, ignoring case and Vietnamese diacritics ({@code "tieu chi co so vat chat"} finds
     * "Cơ sở vật chất"; đ/Đ match d). Words match at word starts. Title matches come first.
     *
     * @param query free text; blank gives an empty list
     * @param limit the most hits to return (at least 1)
     */
    List<SearchHit> search(PortalUser user, String query, int limit);

    /**
     * Decides which regime applies: a province override of one of the school's supervising bodies for the level
     * and year if any, else the newest regime that covers the level and is in force on
     * {@link SchoolYear#referenceDate()} (so 2026-2027 and later use TT 57).
     *
     * @return the regime, its current version and the appendix for the level
     * @throws CatalogueNotFoundException when no regime covers the level in that year
     */
    Applicability applicableRegime(PortalUser user, School school, SchoolLevel level, SchoolYear year);

    /**
     * @return the differences between two versions of a regime
     * @throws CatalogueNotFoundException when the regime or a version does not exist
     */
    CatalogueDiff diff(PortalUser user, String regimeId, int fromVersion, int toVersion);

    /**
     * @return the mapping of every criterion of {@code fromRegimeId} (all appendices) to {@code toRegimeId},
     *         in the order of the source criteria; a criterion with no mapping has empty targets
     */
    List<CriterionMapping> mappings(PortalUser user, String fromRegimeId, String toRegimeId);

    /**
     * @param version a version number or {@link #CURRENT}
     * @return the version as YAML of the same shape as the shipped catalogues, importable again
     */
    String exportYaml(PortalUser user, String regimeId, int version);

    /** @return every province override, by province, level and year */
    List<ProvinceOverride> provinceOverrides(PortalUser user);
}
