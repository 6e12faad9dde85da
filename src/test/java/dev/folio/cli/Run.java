package dev.folio.cli;

import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of the command in a test: its exit code and what it wrote. */
record Run(int exit, String out, String err) {
    /** Runs folio with a stand-in pipeline ({@link #LINES}) and no viewer. */
    static Run folio(FakeEnvironment env, String... args) {
        return folio(env, LINES, Optional.empty(), args);
    }

    static Run folio(FakeEnvironment env, Pipeline pipeline, Optional<ViewerLauncher> viewer, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new FolioCommand(env, pipeline, () -> viewer)
                .execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Lines of stderr. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /**
     * A stand-in for parser and layout: one page line per text line; {@code # x} is a heading,
     * {@code <target>} a link to target.
     */
    static final Pipeline LINES = (text, options) -> lines(text, options);

    static Page lines(String text, LayoutOptions options) {
        List<Line> lines = new ArrayList<>();
        List<LinkRegion> links = new ArrayList<>();
        for (String s : text.split("\n")) {
            Span span;
            if (s.startsWith("# ")) {
                span = new Span(s.substring(2), Role.HEADING_1);
            } else if (s.startsWith("<") && s.endsWith(">")) {
                int id = links.size();
                String target = s.substring(1, s.length() - 1);
                links.add(new LinkRegion(id, target, target, LinkRegion.Kind.LINK, List.of(new LinkRegion.Part(lines.size(), 0, 1))));
                span = new Span(target, Role.LINK, 0, id);
            } else {
                span = new Span(s, Role.TEXT);
            }
            lines.add(new Line(List.of(span), lines.size() + 1, Line.Wrap.END));
        }
        return new Page(options.width(), "", lines, links, List.of(), List.of(), Map.of());
    }
}
