package vn.edu.caitien.export.api;

import java.io.Serializable;

/** A piece of a section: every renderer handles each of these kinds. */
public sealed interface Block extends Serializable
        permits HeaderBlock, TitleBlock, Heading, Paragraph, Table, ClosingBlock, SignaturesBlock {
}
