package dev.folio.layout;

/** The look of a run of inline text (role, marks, link), shared by every span cut from the run. */
record SpanStyle(Role role, int marks, int link) {
    static final SpanStyle TEXT = new SpanStyle(Role.TEXT, 0, Span.NO_LINK);

    static SpanStyle of(Role role) {
        return new SpanStyle(role, 0, Span.NO_LINK);
    }

    SpanStyle withRole(Role newRole) {
        return new SpanStyle(newRole, marks, link);
    }

    SpanStyle withMarks(int extra) {
        return new SpanStyle(role, marks | extra, link);
    }

    SpanStyle withLink(int id) {
        return new SpanStyle(role, marks, id);
    }

    Span span(String text) {
        return new Span(text, role, marks, link);
    }
}
