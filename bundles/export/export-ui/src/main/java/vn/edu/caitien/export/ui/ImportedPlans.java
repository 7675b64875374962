package vn.edu.caitien.export.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import vn.edu.caitien.plan.api.DocumentHeader;
import vn.edu.caitien.plan.api.PlanDocument;

/** Puts the content of an imported draft into a plan the plan service created. */
final class ImportedPlans {

    private ImportedPlans() {
    }

    /**
     * Copies everything the school wrote from {@code imported} into {@code created}; what the service decided on
     * creation stays: id, school, revision, status, version, regime, catalogue version, appendix, form, and the
     * issuing body and symbol when the import has none. The title and period are the created plan's (the user chose
     * them on the review screen).
     *
     * @return {@code created}, changed
     */
    static PlanDocument merge(PlanDocument created, PlanDocument imported) {
        PlanDocument source = copy(imported);
        created.setTargetLevel(source.getTargetLevel());
        DocumentHeader to = created.getHeader();
        DocumentHeader from = source.getHeader();
        if (!from.getParentBody().isBlank()) {
            to.setParentBody(from.getParentBody());
        }
        if (!from.getIssuingBody().isBlank()) {
            to.setIssuingBody(from.getIssuingBody());
        }
        if (!from.getSymbol().isBlank()) {
            to.setSymbol(from.getSymbol());
        }
        to.setNumber(from.getNumber());
        to.setPlace(from.getPlace());
        to.setDate(from.getDate());
        if (!from.getSignerAuthority().isBlank()) {
            to.setSignerAuthority(from.getSignerAuthority());
        }
        if (!from.getSignerAuthorityTitle().isBlank()) {
            to.setSignerAuthorityTitle(from.getSignerAuthorityTitle());
        }
        if (!from.getSignerTitle().isBlank()) {
            to.setSignerTitle(from.getSignerTitle());
        }
        to.setSignerName(from.getSignerName());
        if (!from.getRecipients().isEmpty()) {
            to.setRecipients(new ArrayList<>(from.getRecipients()));
        }
        if (!from.getArchive().isBlank()) {
            to.setArchive(from.getArchive());
        }
        created.setGeneralInformation(source.getGeneralInformation());
        created.setPurposes(source.getPurposes());
        created.setLegalBases(source.getLegalBases());
        created.setBaseline(source.getBaseline());
        created.setLevel4(source.getLevel4());
        created.setRecognitionConditionsMet(source.isRecognitionConditionsMet());
        created.setStatedSchoolLevel(source.getStatedSchoolLevel());
        created.setStatedAccreditation(source.getStatedAccreditation());
        created.setStatedNationalStandard(source.getStatedNationalStandard());
        created.setStrengths(source.getStrengths());
        created.setWeaknesses(source.getWeaknesses());
        created.setOverallGoal(source.getOverallGoal());
        created.setYearGoals(source.getYearGoals());
        created.setPriorityProblems(source.getPriorityProblems());
        created.setSolutionDirection(source.getSolutionDirection());
        created.setSolutionFunding(source.getSolutionFunding());
        created.setSolutionSupervision(source.getSolutionSupervision());
        created.setRows(source.getRows());
        created.setPlannedReviews(source.getPlannedReviews());
        created.setDuties(source.getDuties());
        created.setImplementationNotes(source.getImplementationNotes());
        created.setProposals(source.getProposals());
        return created;
    }

    /** @return a deep copy, so that the draft kept for the review screen never changes */
    static PlanDocument copy(PlanDocument plan) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(plan);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
                @Override
                protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                    // under OSGi the default loader sees neither bundle: try ours, then plan-api's (which sees the
                    // catalogue types its beans hold)
                    try {
                        return Class.forName(desc.getName(), false, ImportedPlans.class.getClassLoader());
                    } catch (ClassNotFoundException e) {
                        return Class.forName(desc.getName(), false, PlanDocument.class.getClassLoader());
                    }
                }
            }) {
                return (PlanDocument) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
