package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * One item of section II, Căn cứ xây dựng kế hoạch: a document the plan rests on. Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class LegalBasis implements Serializable {
    private static final long serialVersionUID = 1L;

    private LegalBasisKind kind = LegalBasisKind.LEGAL_DOCUMENT;
    private String text = "";
    private String number = "";
    private java.time.LocalDate date;
    private String issuer = "";
    private Integer periodFrom;
    private Integer periodTo;

    /** An empty item. */
    public LegalBasis() {
    }

    /** @return what kind of basis */
    public LegalBasisKind getKind() {
        return kind;
    }

    /** @param kind what kind of basis */
    public void setKind(LegalBasisKind kind) {
        this.kind = kind;
    }

    /** @return the item as printed */
    public String getText() {
        return text;
    }

    /** @param text the item as printed; null is stored as empty */
    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    /** @return the document number, for example "18/2018/TT-BGDĐT"; may be empty */
    public String getNumber() {
        return number;
    }

    /** @param number the document number, for example "18/2018/TT-BGDĐT"; may be empty; null is stored as empty */
    public void setNumber(String number) {
        this.number = number == null ? "" : number;
    }

    /** @return the document's date; may be null */
    public java.time.LocalDate getDate() {
        return date;
    }

    /** @param date the document's date; may be null */
    public void setDate(java.time.LocalDate date) {
        this.date = date;
    }

    /** @return who issued it, for example "Bộ GD&ĐT"; may be empty */
    public String getIssuer() {
        return issuer;
    }

    /** @param issuer who issued it, for example "Bộ GD&ĐT"; may be empty; null is stored as empty */
    public void setIssuer(String issuer) {
        this.issuer = issuer == null ? "" : issuer;
    }

    /** @return first year covered (self-assessment report "giai đoạn 2020-2024"); may be null */
    public Integer getPeriodFrom() {
        return periodFrom;
    }

    /** @param periodFrom first year covered (self-assessment report "giai đoạn 2020-2024"); may be null */
    public void setPeriodFrom(Integer periodFrom) {
        this.periodFrom = periodFrom;
    }

    /** @return last year covered; may be null */
    public Integer getPeriodTo() {
        return periodTo;
    }

    /** @param periodTo last year covered; may be null */
    public void setPeriodTo(Integer periodTo) {
        this.periodTo = periodTo;
    }

}
