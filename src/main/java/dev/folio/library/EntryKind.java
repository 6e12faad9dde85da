package dev.folio.library;

/** What an entry of a folder is. */
public enum EntryKind {
    /** A Markdown or text file folio can read. */
    DOCUMENT,
    /** A subfolder: entering it lists it. */
    FOLDER,
    /** A document file whose first bytes are not text. */
    BINARY,
    /** A file or folder that could not be read. */
    UNREADABLE
}
