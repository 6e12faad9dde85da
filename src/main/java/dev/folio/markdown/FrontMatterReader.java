package dev.folio.markdown;

import dev.folio.doc.Block;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the simple YAML people put in front matter: {@code key: value} lines, lists (block
 * {@code - item} or flow {@code [a, b]}), quoted scalars and folded continuation lines. It is
 * not a YAML parser: anything else is kept as text in the entry it follows, so no word is lost.
 */
final class FrontMatterReader {
    private FrontMatterReader() {}

    /** Entries of the front matter whose source, fences included, is {@code block}. */
    static List<Block.Entry> read(String block) {
        List<String> keys = new ArrayList<>();
        List<StringBuilder> values = new ArrayList<>();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || isFence(trimmed, i, lines.length)) {
                continue;
            }
            int colon = line.indexOf(':');
            boolean topLevel = !Character.isWhitespace(line.charAt(0)) && !trimmed.startsWith("- ");
            if (topLevel && colon > 0 && (colon + 1 == line.length() || line.charAt(colon + 1) == ' ')) {
                keys.add(line.substring(0, colon).strip());
                values.add(new StringBuilder(scalar(line.substring(colon + 1).strip())));
            } else {
                if (keys.isEmpty()) {
                    keys.add("");
                    values.add(new StringBuilder());
                }
                boolean item = trimmed.startsWith("- ") || trimmed.equals("-");
                String part = scalar(item ? trimmed.substring(1).strip() : trimmed);
                StringBuilder value = values.get(values.size() - 1);
                if (value.length() > 0 && !part.isEmpty()) {
                    value.append(item ? ", " : " ");
                }
                value.append(part);
            }
        }
        List<Block.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.add(new Block.Entry(keys.get(i), values.get(i).toString()));
        }
        return entries;
    }

    private static boolean isFence(String trimmed, int index, int count) {
        return (index == 0 || index >= count - 2) && (trimmed.equals("---") || trimmed.equals("..."));
    }

    /** A scalar without its quotes; a flow list as comma-separated items; block indicators dropped. */
    static String scalar(String raw) {
        if (raw.length() >= 2 && raw.charAt(0) == '"' && raw.endsWith("\"")) {
            return raw.substring(1, raw.length() - 1).replace("\\\"", "\"");
        }
        if (raw.length() >= 2 && raw.charAt(0) == '\'' && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1).replace("''", "'");
        }
        if (raw.length() >= 2 && raw.charAt(0) == '[' && raw.endsWith("]")) {
            List<String> items = new ArrayList<>();
            for (String item : raw.substring(1, raw.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(scalar(item.strip()));
                }
            }
            return String.join(", ", items);
        }
        if (raw.matches("[|>][-+]?")) {
            return "";
        }
        return raw;
    }
}
