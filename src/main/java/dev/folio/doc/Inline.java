package dev.folio.doc;

import java.util.List;

/** Inline content of a paragraph, heading, table cell or link: immutable and width-free. */
public sealed interface Inline {

    /** Plain text. May hold any character; the layout makes it safe to show. */
    record Text(String text) implements Inline {}

    /** Emphasis-like styling around other inlines. */
    record Styled(Decoration decoration, List<Inline> children) implements Inline {
        public Styled {
            children = List.copyOf(children);
        }
    }

    /** Inline code ({@code `x`} or {@code <code>}). */
    record Code(String text) implements Inline {}

    /** A hyperlink: {@code target} is the raw href as written (unresolved), title may be empty. */
    record Link(String target, String title, List<Inline> children) implements Inline {
        public Link {
            children = List.copyOf(children);
        }
    }

    /**
     * An embedded media item: a Markdown image, or an HTML {@code <img> <svg> <video> <audio>
     * <iframe> <picture>}. {@code target} may be empty (an inline {@code <svg>}); {@code label}
     * is the alt text or title.
     */
    record Media(MediaKind kind, String target, String label) implements Inline {}

    /**
     * Math in running text ({@code $…$}, or {@code $$…$$} when {@code display}): {@code tex} as
     * written, {@code shown} the readable form.
     */
    record Math(String tex, String shown, boolean display) implements Inline {}

    /** A reference to footnote {@code number} (1-based, in order of first reference). */
    record FootnoteRef(String label, int number) implements Inline {}

    /** A soft line break: a space between words, nothing between two CJK characters. */
    record SoftBreak() implements Inline {}

    /** A hard line break ({@code two spaces}, backslash, {@code <br>}). */
    record HardBreak() implements Inline {}

    /** Inline decorations; they combine when nested. */
    enum Decoration { EMPHASIS, STRONG, STRIKETHROUGH, KBD, SUBSCRIPT, SUPERSCRIPT }
}
