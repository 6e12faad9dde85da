package dev.folio.layout;

/**
 * What a span of a laid-out line is. A theme maps each role to a style at the edge (print,
 * viewer); the layout never knows colours. Decorative roles are drawn by the layout and are
 * not part of the document's text (search skips them).
 */
public enum Role {
    TEXT,
    HEADING_1, HEADING_2, HEADING_3, HEADING_4, HEADING_5, HEADING_6,
    /** The level marker before a heading ({@code ##}), or its underline rule. */
    HEADING_MARKER(true),
    LINK,
    /** Inline code. */
    CODE,
    /** Math, inline or display, shown in its readable form. */
    MATH,
    /** A line of a code block, or the part of it no code token below covers. */
    CODE_BLOCK,
    /*
     * Tokens of highlighted code (see CodeHighlighter): text of the document, not decoration,
     * so search finds them. A theme that leaves one out shows it as CODE_BLOCK.
     */
    CODE_KEYWORD, CODE_TYPE, CODE_FUNCTION, CODE_VARIABLE, CODE_STRING, CODE_NUMBER,
    /** Literal constants: booleans, null, entity references. */
    CODE_CONSTANT,
    CODE_REGEX, CODE_COMMENT, CODE_OPERATOR, CODE_ANNOTATION, CODE_PREPROCESSOR,
    /** Markup: tag names and delimiters, and attribute names. */
    CODE_TAG, CODE_ATTRIBUTE,
    /** Diff lines added, removed, and file or hunk headers. */
    CODE_INSERTED, CODE_DELETED, CODE_META,
    /** The language label of a code block. */
    CODE_INFO(true),
    /** The mark at the end/start of a code line wrapped because it is wider than the page. */
    CONTINUATION(true),
    QUOTE_BAR(true),
    LIST_MARKER(true),
    TASK_OPEN(true),
    TASK_DONE(true),
    TABLE_BORDER(true),
    TABLE_HEADER,
    RULE(true),
    /** An image, audio, video or embedded item: its icon, label and target. */
    MEDIA,
    FOOTNOTE_REF,
    /** The label of a footnote in the footnotes section. */
    FOOTNOTE_LABEL(true),
    META_TITLE,
    META_KEY(true),
    META_VALUE,
    ALERT_NOTE(true), ALERT_TIP(true), ALERT_IMPORTANT(true), ALERT_WARNING(true), ALERT_CAUTION(true),
    DETAILS_SUMMARY,
    DEFINITION_TERM,
    /** A numbered link reference listed after a block in print mode ({@code [1] https://…}). */
    LINK_REFERENCE(true),
    /** Indentation and padding. */
    INDENT(true);

    private final boolean decoration;

    Role() {
        this(false);
    }

    Role(boolean decoration) {
        this.decoration = decoration;
    }

    /** True for what the layout draws around the text (bars, markers, borders). */
    public boolean isDecoration() {
        return decoration;
    }

    public static Role heading(int level) {
        return values()[HEADING_1.ordinal() + Math.max(1, Math.min(6, level)) - 1];
    }
}
