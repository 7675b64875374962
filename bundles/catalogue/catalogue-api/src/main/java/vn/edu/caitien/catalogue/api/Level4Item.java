package vn.edu.caitien.catalogue.api;

import java.io.Serializable;

/**
 * One requirement of Mức 4 (Điều 22 of the 2018 circulars), which a school needs on top of Mức 3.
 *
 * @param code    the article reference as printed, for example {@code Điều 22.1}
 * @param summary our short summary
 */
public record Level4Item(String code, String summary) implements Serializable {
}
