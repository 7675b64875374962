package vn.edu.caitien.monitoring.api;

/** What an evidence is. */
public enum EvidenceKind {
    /** An uploaded file, its type checked by content. */
    FILE,
    /** A reference only: a document number, a register, a web address, a description of where it is kept. */
    REFERENCE
}
