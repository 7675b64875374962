package vn.edu.caitien.export.api;

import java.io.Serializable;
import java.util.List;

/**
 * Signatures side by side at the end of a record (biên bản), in a borderless table: for each signer the title lines
 * (bold upper case), room for the signature, and the name (bold).
 *
 * @param signers the signers, left to right
 */
public record SignaturesBlock(List<Signer> signers) implements Block {

    /** Copies the list. */
    public SignaturesBlock {
        signers = List.copyOf(signers);
    }

    /**
     * One signer.
     *
     * @param title the title lines, for example "ĐẠI DIỆN NHÀ TRƯỜNG", "HIỆU TRƯỞNG"
     * @param name  the name; may be empty (signed by hand)
     */
    public record Signer(List<String> title, String name) implements Serializable {

        /** Copies the list. */
        public Signer {
            title = List.copyOf(title);
            name = name == null ? "" : name;
        }
    }
}
