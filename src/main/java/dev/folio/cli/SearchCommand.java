package dev.folio.cli;

import dev.folio.library.SearchHit;
import dev.folio.library.SearchIndex;
import dev.folio.library.SearchResult;
import dev.folio.library.UpdateReport;
import dev.folio.state.Xdg;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code folio --search QUERY [DIR]}: brings the collection's index up to date (a progress bar
 * on stderr when it is a terminal), then prints the best documents: the title, then the path
 * and line number with the best matching line. Exit 0 (also when nothing matches: stderr says
 * so), 1 when DIR is not a readable folder or the index cannot be written.
 */
final class SearchCommand {
    /** Results printed; stderr says how many more there are. */
    static final int LIMIT = 20;
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String MATCH = "\u001b[1;33m";
    private static final String RESET = "\u001b[0m";

    private final Environment env;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean colour;
    private final int width;

    /**
     * @param colour whether stdout gets SGR styles
     * @param width  columns a result line may take (the line of text is cut to fit)
     */
    SearchCommand(Environment env, PrintWriter out, PrintWriter err, boolean colour, int width) {
        this.env = env;
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.width = width;
    }

    int run(String query, Path dirArgument) {
        Path cwd = env.workingDirectory();
        Path dir = dirArgument == null ? cwd : cwd.resolve(dirArgument).normalize();
        String shownDir = Sanitizer.target(dirArgument == null ? "." : dirArgument.toString());
        if (!Files.isDirectory(dir)) {
            err.println("folio: " + shownDir + ": " + (Files.exists(dir) ? "not a folder (--search searches a folder)" : "no such folder"));
            return FolioCommand.EXIT_INPUT;
        }
        if (!Files.isReadable(dir)) {
            err.println("folio: " + shownDir + ": permission denied");
            return FolioCommand.EXIT_INPUT;
        }
        Path cache = Xdg.of(env::get, env.home()).cache();
        try (SearchIndex index = SearchIndex.of(dir, cache)) {
            ProgressBar bar = env.stderrIsTerminal() ? new ProgressBar(err, "indexing") : null;
            UpdateReport report = index.update(bar == null ? (done, total) -> {} : bar);
            if (bar != null) {
                bar.clear();
            }
            report.notices().forEach(n -> err.println("folio: " + Sanitizer.visible(n)));
            SearchResult result = index.search(query, LIMIT);
            result.notices().forEach(n -> err.println("folio: " + Sanitizer.visible(n)));
            for (SearchHit hit : result.hits()) {
                print(hit, cwd);
            }
            out.flush();
            if (result.total() == 0) {
                err.println("folio: no document matches " + Sanitizer.visible(query)
                        + " (" + report.documents() + " searched)");
            } else if (result.total() > result.hits().size()) {
                err.println("folio: the best " + result.hits().size() + " of " + result.total()
                        + " matching documents; more words narrow the search");
            }
            return FolioCommand.EXIT_OK;
        } catch (IOException e) {
            err.println("folio: cannot search " + shownDir + ": " + Sanitizer.visible(String.valueOf(e.getMessage())));
            return FolioCommand.EXIT_INPUT;
        }
    }

    private void print(SearchHit hit, Path cwd) {
        Path path = hit.path();
        String shown = path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
        String where = Sanitizer.target(shown) + (hit.line() > 0 ? ":" + hit.line() : "");
        out.println(style(BOLD, fit(Sanitizer.visible(hit.title()), width)));
        if (hit.line() == 0) {
            out.println("  " + style(DIM, where));
            return;
        }
        int room = Math.max(10, width - 2 - Width.of(where) - 2);
        out.println("  " + style(DIM, where) + "  " + highlighted(hit, room));
    }

    /** The line cut to {@code room} columns, its matches in the match style. */
    private String highlighted(SearchHit hit, int room) {
        String text = hit.text();
        StringBuilder b = new StringBuilder();
        int used = 0;
        int at = 0;
        int match = 0;
        boolean inMatch = false;
        while (at < text.length()) {
            int cp = text.codePointAt(at);
            int w = Math.max(0, Width.codePoint(cp));
            if (used + w > room - 1 && at + Character.charCount(cp) < text.length()) {
                if (inMatch) {
                    b.append(colour ? RESET : "");
                }
                b.append('…');
                return b.toString();
            }
            if (colour && !inMatch && match < hit.matches().size() && at == hit.matches().get(match)[0]) {
                b.append(MATCH);
                inMatch = true;
            }
            b.append(Sanitizer.visible(new String(Character.toChars(cp))));
            used += w;
            at += Character.charCount(cp);
            if (inMatch && at >= hit.matches().get(match)[1]) {
                b.append(RESET);
                inMatch = false;
                match++;
            }
        }
        if (inMatch) {
            b.append(RESET);
        }
        return b.toString();
    }

    private static String fit(String s, int columns) {
        if (Width.of(s) <= columns) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = Math.max(0, Width.codePoint(cp));
            if (used + w > columns - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    private String style(String sgr, String text) {
        return colour ? sgr + text + RESET : text;
    }
}
