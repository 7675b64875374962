package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * A standard (tiêu chuẩn) of one appendix of one catalogue version.
 *
 * @param regimeId the regime
 * @param version  the catalogue version number
 * @param appendix the appendix code
 * @param number   1, 2, ...
 * @param title    the official title in that appendix
 */
public record Standard(String regimeId, int version, String appendix, int number, String title)
        implements Serializable {
}
