package dev.folio.open;

import java.nio.file.Path;

/**
 * Where a link leads, decided before anything is opened: a place in this document, another
 * document folio reads itself, something for an external program, or nothing that may be opened.
 */
public sealed interface Target {

    /** A heading or note of the current document; an empty id means its top. */
    record Anchor(String id) implements Target {}

    /** A local Markdown or text file, read by folio itself; {@code anchor} may be empty. */
    record Document(Path path, String anchor) implements Target {}

    /**
     * A local folder, read by folio itself: its {@code README.md} or {@code index.md} when it has
     * one, else its library view (the reader decides which when it is opened, not the resolver).
     */
    record Folder(Path path) implements Target {}

    /** An absolute URI or absolute path for an external program (never starts with {@code -}). */
    record External(String target, TargetKind kind) implements Target {}

    /** May be opened only after the reader saw the full target and agreed. */
    record NeedsConfirm(External external, String reason) implements Target {}

    /** Never opened; {@code target} is the href as written, for the message. */
    record Refused(String target, String reason) implements Target {}

    /** The href leads nowhere folio can go; {@code reason} is one line for the status bar. */
    record Unresolvable(String reason) implements Target {}
}
