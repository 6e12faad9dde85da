package dev.folio.viewer;

import dev.folio.layout.HeadingAnchor;

/**
 * {@code Y}: a link to the section being read, as Markdown writes one ({@code guide.md#install}),
 * for the clipboard. The section is the last heading at or above the top line.
 */
final class SectionLink {
    private SectionLink() {}

    static Step copy(ViewerState s) {
        if (s.source() == null) {
            return Step.of(s);
        }
        String text = of(s);
        if (text.isEmpty()) {
            return Step.of(s.withStatus(Status.info("no section here to link to")));
        }
        return Step.of(s.withStatus(Status.info("copied " + Following.shown(text))), new Effect.Copy(text));
    }

    /**
     * {@code file.md#anchor} ({@code https://host/page#anchor} for a web document); just {@code file.md} above the first heading; just {@code #anchor}
     * for a document that is not a file (stdin); empty when there is neither.
     */
    static String of(ViewerState s) {
        String file = s.source().isWeb() ? s.source().url().toString()
                : s.source().path() == null ? "" : s.source().name().replace(" ", "%20");
        int current = Navigation.currentHeading(s);
        if (current < 0) {
            return file;
        }
        HeadingAnchor heading = s.page().headings().get(current);
        return heading.anchor().isEmpty() ? file : file + "#" + heading.anchor();
    }
}
