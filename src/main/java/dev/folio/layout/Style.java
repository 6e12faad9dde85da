package dev.folio.layout;

/** The look of a run of inline text (role, marks, link), shared by every span cut from the run. */
record Style(Role role, int marks, int link) {
    static final Style TEXT = new Style(Role.TEXT, 0, Span.NO_LINK);

    static Style of(Role role) {
        return new Style(role, 0, Span.NO_LINK);
    }

    Style withRole(Role newRole) {
        return new Style(newRole, marks, link);
    }

    Style withMarks(int extra) {
        return new Style(role, marks | extra, link);
    }

    Style withLink(int id) {
        return new Style(role, marks, id);
    }

    Span span(String text) {
        return new Span(text, role, marks, link);
    }
}
