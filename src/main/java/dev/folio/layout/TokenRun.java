package dev.folio.layout;

/**
 * A highlighted stretch of one line of a code block: characters {@code [start, end)} of line
 * {@code line} (UTF-16 indices into the line as given to the {@link CodeHighlighter}) shown with
 * {@code role}. Runs only ever change roles: the text and its width stay as they are.
 */
public record TokenRun(int line, int start, int end, Role role) {
    public TokenRun {
        if (line < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad run: line " + line + ", " + start + ".." + end);
        }
        if (role == null) {
            throw new IllegalArgumentException("a run needs a role");
        }
    }
}
