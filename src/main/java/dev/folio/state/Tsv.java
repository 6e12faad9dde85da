package dev.folio.state;

/** Tab-separated fields with {@code \t}, {@code \n}, {@code \r} and {@code \\} escaped, so any text fits on a line. */
final class Tsv {
    private Tsv() {}

    static String join(String[] fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            String f = fields[i] == null ? "" : fields[i];
            for (int j = 0; j < f.length(); j++) {
                char c = f.charAt(j);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The fields of a line, or null when an escape is malformed. */
    static String[] split(String line) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\\') {
                if (++i >= line.length()) {
                    return null;
                }
                switch (line.charAt(i)) {
                    case '\\' -> f.append('\\');
                    case 't' -> f.append('\t');
                    case 'n' -> f.append('\n');
                    case 'r' -> f.append('\r');
                    default -> {
                        return null;
                    }
                }
            } else if (c == '\r' && i == line.length() - 1) {
                // A file edited on Windows: the line ends with CR LF.
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields.toArray(String[]::new);
    }
}
