package dev.folio.markdown;

/**
 * A pre-pass for Material for MkDocs' option blocks: a definition with no term but an HTML
 * comment ({@code <!-- md:option -->}) before it, whose body is an admonition
 * ({@code :   !!! note}, the body indented eight). Without a term flexmark sees no definition
 * list and prints the marker raw; here the {@code :} indent is taken off the block (four columns
 * from each of its lines), so the admonition parses. Every line keeps its number; one pass.
 */
final class TermlessDefinitions {
    private static final String MARKER = ":   ";

    private TermlessDefinitions() {}

    static String rewrite(String source) {
        if (!source.contains("\n:   !!!") && !source.contains("\n:   ???")) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        boolean inBlock = false;
        String previous = "";
        int start = 0;
        int n = source.length();
        while (start <= n) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = source.substring(start, end);
            if (line.startsWith(MARKER + "!!!") || line.startsWith(MARKER + "???") || line.startsWith(MARKER + "???+")) {
                String before = previous.strip();
                inBlock = before.isEmpty() || before.startsWith("<!--") && before.endsWith("-->");
                out.append(inBlock ? line.substring(MARKER.length()) : line);
            } else if (inBlock && (line.isBlank() || line.startsWith("    "))) {
                out.append(line.isBlank() ? line : line.substring(4));
            } else {
                inBlock = false;
                out.append(line);
            }
            if (!line.isBlank()) {
                previous = line;
            } else if (!inBlock) {
                previous = previous.strip().startsWith("<!--") ? previous : "";
            }
            if (end < n) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }
}
