package vn.edu.caitien.plan.api;

import java.io.Serializable;

/**
 * The administrative header and closing of the plan document (Nghị định 30/2020 layout). Part of a {@link PlanDocument}; a mutable, serializable bean. Strings are never null.
 */
public class DocumentHeader implements Serializable {
    private static final long serialVersionUID = 1L;

    private String parentBody = "";
    private String issuingBody = "";
    private Integer number;
    private String symbol = "";
    private String place = "";
    private java.time.LocalDate date;
    private String title = "";
    private PlanPeriod period;
    private String signerAuthority = "";
    private String signerAuthorityTitle = "";
    private String signerTitle = "";
    private String signerName = "";
    private java.util.List<Recipient> recipients = new java.util.ArrayList<>();
    private String archive = "VT";

    /** An empty item. */
    public DocumentHeader() {
    }

    /** @return the parent body printed above the school, for example "UBND XÃ THANH XƯƠNG" */
    public String getParentBody() {
        return parentBody;
    }

    /** @param parentBody the parent body printed above the school, for example "UBND XÃ THANH XƯƠNG" */
    public void setParentBody(String parentBody) {
        this.parentBody = parentBody == null ? "" : parentBody;
    }

    /** @return the school as issuing body, for example "TRƯỜNG THCS THANH XƯƠNG" */
    public String getIssuingBody() {
        return issuingBody;
    }

    /** @param issuingBody the school as issuing body, for example "TRƯỜNG THCS THANH XƯƠNG" */
    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody == null ? "" : issuingBody;
    }

    /** @return the document number (166 in "166/KH-THCSTX"); null until numbered */
    public Integer getNumber() {
        return number;
    }

    /** @param number the document number (166 in "166/KH-THCSTX"); null until numbered */
    public void setNumber(Integer number) {
        this.number = number;
    }

    /** @return the symbol after the slash, for example "KH-THCSTX"; stored without spaces, upper case */
    public String getSymbol() {
        return symbol;
    }

    /** @param symbol the symbol after the slash, for example "KH-THCSTX"; stored without spaces, upper case */
    public void setSymbol(String symbol) {
        this.symbol = symbol == null ? "" : symbol;
    }

    /** @return the place name (địa danh), for example "Thanh Xương" */
    public String getPlace() {
        return place;
    }

    /** @param place the place name (địa danh), for example "Thanh Xương" */
    public void setPlace(String place) {
        this.place = place == null ? "" : place;
    }

    /** @return the document date; null until dated */
    public java.time.LocalDate getDate() {
        return date;
    }

    /** @param date the document date; null until dated */
    public void setDate(java.time.LocalDate date) {
        this.date = date;
    }

    /** @return the title (trích yếu) after "KẾ HOẠCH", for example "Cải tiến chất lượng giáo dục năm học 2025-2026" */
    public String getTitle() {
        return title;
    }

    /** @param title the title (trích yếu) after "KẾ HOẠCH", for example "Cải tiến chất lượng giáo dục năm học 2025-2026" */
    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    /** @return the period the plan covers */
    public PlanPeriod getPeriod() {
        return period;
    }

    /** @param period the period the plan covers */
    public void setPeriod(PlanPeriod period) {
        this.period = period;
    }

    /** @return authority prefix: "KT.", "TM.", "Q." or empty */
    public String getSignerAuthority() {
        return signerAuthority;
    }

    /** @param signerAuthority authority prefix: "KT.", "TM.", "Q." or empty */
    public void setSignerAuthority(String signerAuthority) {
        this.signerAuthority = signerAuthority == null ? "" : signerAuthority;
    }

    /** @return the head's title after the prefix, for example "HIỆU TRƯỞNG" in "KT. HIỆU TRƯỞNG"; empty without a prefix */
    public String getSignerAuthorityTitle() {
        return signerAuthorityTitle;
    }

    /** @param signerAuthorityTitle the head's title after the prefix, for example "HIỆU TRƯỞNG" in "KT. HIỆU TRƯỞNG"; empty without a prefix */
    public void setSignerAuthorityTitle(String signerAuthorityTitle) {
        this.signerAuthorityTitle = signerAuthorityTitle == null ? "" : signerAuthorityTitle;
    }

    /** @return the signer's own title, for example "PHÓ HIỆU TRƯỞNG" or "HIỆU TRƯỞNG" */
    public String getSignerTitle() {
        return signerTitle;
    }

    /** @param signerTitle the signer's own title, for example "PHÓ HIỆU TRƯỞNG" or "HIỆU TRƯỞNG" */
    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle == null ? "" : signerTitle;
    }

    /** @return the signer's name */
    public String getSignerName() {
        return signerName;
    }

    /** @param signerName the signer's name */
    public void setSignerName(String signerName) {
        this.signerName = signerName == null ? "" : signerName;
    }

    /** @return Nơi nhận, in order, without the archive line */
    public java.util.List<Recipient> getRecipients() {
        return recipients;
    }

    /** @param recipients Nơi nhận, in order, without the archive line */
    public void setRecipients(java.util.List<Recipient> recipients) {
        this.recipients = recipients == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(recipients);
    }

    /** @return what follows "Lưu:" in the last recipient line, for example "VT" */
    public String getArchive() {
        return archive;
    }

    /** @param archive what follows "Lưu:" in the last recipient line, for example "VT" */
    public void setArchive(String archive) {
        this.archive = archive == null ? "" : archive;
    }


}
