package vn.edu.caitien.export.api;

import java.util.List;

/**
 * The end of the document, side by side in a borderless table: "Nơi nhận:" (bold italic) and its list on the left;
 * the authority and title lines (bold upper case), room for the signature and seal, and the signer's name (bold) on
 * the right.
 *
 * @param recipientsLabel "Nơi nhận:"
 * @param recipients      "- UBND phường Kinh Bắc (để b/c);" ... "- Lưu: VT."
 * @param authority       "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"
 * @param signerName      the signer's name; may be empty
 */
public record ClosingBlock(String recipientsLabel, List<String> recipients, List<String> authority,
                           String signerName) implements Block {

    /** Copies the lists. */
    public ClosingBlock {
        recipients = List.copyOf(recipients);
        authority = List.copyOf(authority);
    }
}
