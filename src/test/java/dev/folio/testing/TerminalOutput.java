package dev.folio.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what folio writes to a terminal in print mode and checks that the only escape sequences
 * in it are folio's own: SGR ({@code ESC [ digits;… m}) and OSC 8 hyperlinks
 * ({@code ESC ] 8 ; params ; uri ESC \}, the URI printable ASCII). Everything else must be text:
 * no C0 control but newline, no DEL, no C1 control. A small state machine, so a test can say
 * exactly which byte broke the rule.
 */
public final class TerminalOutput {
    private final List<String> lines = new ArrayList<>();
    private final List<String> sequences = new ArrayList<>();

    private TerminalOutput() {}

    /**
     * Parses {@code output}; throws {@link AssertionError} naming the offset and the context of
     * the first byte that is neither text nor part of an allowed sequence.
     */
    public static TerminalOutput parse(String output) {
        TerminalOutput result = new TerminalOutput();
        StringBuilder line = new StringBuilder();
        int i = 0;
        int n = output.length();
        while (i < n) {
            char c = output.charAt(i);
            if (c == '\u001b') {
                int end = sequenceEnd(output, i);
                result.sequences.add(output.substring(i, end));
                i = end;
            } else if (c == '\n') {
                result.lines.add(line.toString());
                line.setLength(0);
                i++;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                throw fail(output, i, String.format("control character U+%04X outside a sequence", (int) c));
            } else {
                line.append(c);
                i++;
            }
        }
        if (line.length() > 0) {
            result.lines.add(line.toString());
        }
        return result;
    }

    /** The visible text, one entry per output line, with the sequences taken out. */
    public List<String> lines() {
        return lines;
    }

    /** Every escape sequence found, in order. */
    public List<String> sequences() {
        return sequences;
    }

    private static int sequenceEnd(String s, int esc) {
        if (esc + 1 >= s.length()) {
            throw fail(s, esc, "ESC at the end of the output");
        }
        char kind = s.charAt(esc + 1);
        if (kind == '[') {
            int i = esc + 2;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ';')) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == 'm') {
                return i + 1;
            }
            throw fail(s, esc, "CSI that is not SGR");
        }
        if (kind == ']' && s.startsWith("]8;", esc + 1)) {
            int params = esc + 4;
            int semicolon = s.indexOf(';', params);
            if (semicolon < 0) {
                throw fail(s, esc, "OSC 8 without its second ';'");
            }
            for (int i = params; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\u001b') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\\' && i > semicolon) {
                        return i + 2;
                    }
                    throw fail(s, i, "ESC inside OSC 8 that is not its ST");
                }
                if (c <= 0x20 || c >= 0x7F) {
                    throw fail(s, i, String.format("U+%04X inside OSC 8", (int) c));
                }
            }
            throw fail(s, esc, "OSC 8 without ST");
        }
        throw fail(s, esc, "escape sequence that is neither SGR nor OSC 8");
    }

    private static AssertionError fail(String s, int at, String what) {
        int from = Math.max(0, at - 30);
        int to = Math.min(s.length(), at + 30);
        String context = s.substring(from, to).replace("\u001b", "<ESC>").replace("\n", "<LF>");
        return new AssertionError(what + " at offset " + at + ": ..." + visible(context) + "...");
    }

    private static String visible(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("<%02X>", (int) c) : String.valueOf(c));
        }
        return sb.toString();
    }
}
