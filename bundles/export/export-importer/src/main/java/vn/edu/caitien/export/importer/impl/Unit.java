package vn.edu.caitien.export.importer.impl;

import java.util.EnumSet;
import java.util.Set;
import vn.edu.caitien.export.importer.Confidence;
import vn.edu.caitien.export.importer.ImportFlag;
import vn.edu.caitien.export.importer.ImportPiece;
import vn.edu.caitien.export.importer.SourcePosition;

/** One non-empty cell or line of the source, and where the parser put it. Each unit becomes exactly one piece. */
final class Unit {

    final String raw;
    final String text;
    final SourcePosition position;
    private String folded;
    private String field = "";
    private Confidence confidence = Confidence.HIGH;
    private final Set<ImportFlag> flags = EnumSet.noneOf(ImportFlag.class);

    Unit(String raw, SourcePosition position) {
        this.raw = Texts.nfc(raw);
        this.text = Texts.clean(raw);
        this.position = position;
        if (Texts.hasMarkup(this.raw)) {
            flags.add(ImportFlag.MARKUP_REMOVED);
        }
        if (Texts.needsNormalising(raw)) {
            flags.add(ImportFlag.NORMALISED);
        }
    }

    /** @return the cleaned text folded for keyword tests (computed once) */
    String folded() {
        if (folded == null) {
            folded = Texts.fold(text);
        }
        return folded;
    }

    /** Places the unit; a second placement replaces the first (a unit never counts twice). */
    Unit assign(String field, Confidence confidence, ImportFlag... extra) {
        this.field = field;
        this.confidence = confidence;
        for (ImportFlag f : extra) {
            flags.add(f);
        }
        return this;
    }

    Unit flag(ImportFlag f, Confidence atMost) {
        flags.add(f);
        if (atMost.ordinal() > confidence.ordinal()) {
            confidence = atMost;
        }
        return this;
    }

    boolean assigned() {
        return !field.isEmpty();
    }

    String field() {
        return field;
    }

    ImportPiece piece() {
        if (field.isEmpty()) {
            Set<ImportFlag> f = EnumSet.copyOf(flags.isEmpty() ? EnumSet.of(ImportFlag.NO_FIELD) : flags);
            f.add(ImportFlag.NO_FIELD);
            return new ImportPiece(raw, position, "", Confidence.LOW, f);
        }
        return new ImportPiece(raw, position, field, confidence, flags);
    }
}
