package dev.folio.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pre-pass that rewrites the fenced containers of other dialects into MkDocs admonitions,
 * which flexmark's admonition extension parses: VuePress/Docusaurus {@code ::: tip Title} …
 * {@code :::} (also {@code :::tip[Title]}), and MyST {@code ```{note}} … {@code ```} (or with
 * colons). The marker line becomes {@code !!! tip "Title"}, the body is indented four columns,
 * the closing fence becomes a blank line: every line keeps its number. A container whose name is
 * not an admonition type ({@code ::: code-group}) only loses its fence lines.
 *
 * <p>One pass over the lines, never inside a code fence; nesting is a stack.
 */
final class ContainerBlocks {
    private static final Set<String> TYPES = Set.of("note", "tip", "info", "warning", "danger", "caution",
            "important", "hint", "attention", "error", "seealso", "admonition", "success", "question", "failure",
            "bug", "example", "abstract", "summary", "quote", "todo", "details", "check", "done", "fail",
            "faq", "help", "cite", "tldr", "missing", "custom");
    private static final String INDENT = "    ";
    /** Deeper containers are not indented further (and not boxed): indenting each line by depth would make output quadratic. */
    static final int MAX_DEPTH = 8;

    /** An open container: its fence and whether it became an admonition (so its body is indented). */
    private record Open(char fence, int length, boolean admonition) {}

    private ContainerBlocks() {}

    /** The source with containers rewritten, or the same string when it has none. */
    static String rewrite(String source) {
        if (source.indexOf(":::") < 0 && source.indexOf("```{") < 0 && source.indexOf("~~~{") < 0) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length() + 64);
        List<Open> open = new ArrayList<>();
        char codeFence = 0;
        int codeLength = 0;
        int indentDepth = 0;
        int start = 0;
        int n = source.length();
        while (start <= n) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = source.substring(start, end);
            int first = firstNonSpace(line);
            String rest = line.substring(first);
            String prefix = INDENT.repeat(indentDepth);
            if (codeFence != 0) {
                if (isClosing(rest, codeFence, codeLength)) {
                    codeFence = 0;
                }
                out.append(line.isEmpty() ? "" : prefix + line);
            } else if (!open.isEmpty() && isClosing(rest, open.get(open.size() - 1).fence(), open.get(open.size() - 1).length())) {
                Open closed = open.remove(open.size() - 1);
                if (closed.admonition()) {
                    indentDepth--;
                }
            } else {
                Opening opening = opening(rest);
                if (opening != null) {
                    boolean admonition = opening.type() != null && indentDepth < MAX_DEPTH;
                    if (admonition) {
                        out.append(prefix).append(line, 0, first).append("!!! ").append(opening.type());
                        if (!opening.title().isEmpty()) {
                            out.append(" \"").append(opening.title().replace('"', '\'')).append('"');
                        }
                        indentDepth++;
                    }
                    open.add(new Open(opening.fence(), opening.length(), admonition));
                } else {
                    int fence = fenceLength(rest, '`') >= 3 ? fenceLength(rest, '`') : fenceLength(rest, '~');
                    if (fence >= 3) {
                        codeFence = rest.charAt(0);
                        codeLength = fence;
                    }
                    out.append(line.isEmpty() || isDirectiveOption(rest, open) ? "" : prefix + line);
                }
            }
            if (end < n) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** {@code :class: tip} and friends right inside a MyST directive are options, not text. */
    private static boolean isDirectiveOption(String rest, List<Open> open) {
        return !open.isEmpty() && rest.length() > 2 && rest.charAt(0) == ':' && rest.indexOf(':', 1) > 1
                && Character.isLetter(rest.charAt(1));
    }

    private record Opening(char fence, int length, String type, String title) {}

    /** The container a line opens, or null. {@code type} is null for a container that is no admonition. */
    private static Opening opening(String rest) {
        int colons = fenceLength(rest, ':');
        int ticks = fenceLength(rest, '`');
        int tildes = fenceLength(rest, '~');
        char fence;
        int length;
        if (colons >= 3) {
            fence = ':';
            length = colons;
        } else if (ticks >= 3 && rest.startsWith("{", ticks)) {
            fence = '`';
            length = ticks;
        } else if (tildes >= 3 && rest.startsWith("{", tildes)) {
            fence = '~';
            length = tildes;
        } else {
            return null;
        }
        String spec = rest.substring(length).strip();
        if (spec.isEmpty()) {
            return null; // a bare fence closes, it does not open
        }
        boolean myst = spec.startsWith("{");
        String name;
        String title;
        if (myst) {
            int close = spec.indexOf('}');
            if (close < 0) {
                return null;
            }
            name = spec.substring(1, close).strip();
            name = name.startsWith(".") ? name.substring(1) : name; // pandoc's ::: {.note}
            title = spec.substring(close + 1).strip();
        } else {
            int i = 0;
            while (i < spec.length() && (Character.isLetterOrDigit(spec.charAt(i)) || spec.charAt(i) == '-' || spec.charAt(i) == '_')) {
                i++;
            }
            name = spec.substring(0, i);
            title = spec.substring(i).strip();
            if (title.startsWith("[") && title.endsWith("]")) {
                title = title.substring(1, title.length() - 1).strip(); // Docusaurus :::tip[Title]
            }
            title = title.startsWith("\"") && title.endsWith("\"") && title.length() >= 2 ? title.substring(1, title.length() - 1) : title;
        }
        if (name.isEmpty()) {
            return null;
        }
        String type = name.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            return fence == ':' ? new Opening(fence, length, null, "") : null; // MyST code directives stay code
        }
        return new Opening(fence, length, type.equals("admonition") ? "note" : type, title);
    }

    private static boolean isClosing(String rest, char fence, int length) {
        int run = fenceLength(rest, fence);
        return run >= length && rest.substring(run).isBlank();
    }

    private static int fenceLength(String rest, char c) {
        int i = 0;
        while (i < rest.length() && rest.charAt(i) == c) {
            i++;
        }
        return i;
    }

    private static int firstNonSpace(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
