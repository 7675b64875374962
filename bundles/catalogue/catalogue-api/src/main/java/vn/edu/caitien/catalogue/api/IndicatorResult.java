package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * Whether one indicator was found met in an assessment.
 *
 * @param level  the indicator's level
 * @param letter its letter
 * @param met    whether all its content is met
 */
public record IndicatorResult(int level, String letter, boolean met) implements Serializable {
}
