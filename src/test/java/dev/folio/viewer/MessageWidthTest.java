package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message the viewer shows is written to fit 40 columns: the status line of a 40-column
 * terminal holds it whole when the names in it are short. The messages are read from the
 * source of the packages that make them (viewer, tui, open): each call that makes a status
 * message, an outcome or a refusal, with its fixed text and a typical 8 columns for each value
 * put into it (a file name, a key, a count). A message with a choice in it is two calls.
 */
class MessageWidthTest {
    static final int COLUMNS = 40;
    /** What a value put into a message is counted as: a short file name, a number, a key. */
    static final int VALUE = 8;
    private static final List<String> PACKAGES = List.of("viewer", "tui", "open");
    private static final Pattern CALL = Pattern.compile(
            "Status\\.(?:info|error|progress)\\(|new Msg\\.(?:OpenResult|Notice|LoadFailed|Edited)\\("
                    + "|new Opener\\.Outcome\\(|new Target\\.(?:Refused|Unresolvable)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One message as written: where, its fixed text, and how many values go into it. */
    record Template(String where, String text, int values) {
        int width() {
            return Width.of(text) + VALUE * values;
        }
    }

    @Test
    void everyFixedMessageFitsFortyColumns() throws IOException {
        List<Template> templates = templates();
        assertTrue(templates.size() > 60, "the scan finds the messages: " + templates.size());
        List<String> tooWide = new ArrayList<>();
        for (Template t : templates) {
            if (t.width() > COLUMNS) {
                tooWide.add(t.where() + ": " + t.width() + " columns: " + t.text() + " (+" + t.values() + " values)");
            }
        }
        assertEquals(List.of(), tooWide);
    }

    /** In a 40-column terminal the help panel's 36 inner columns hold every entry whole: too long ones wrap under their text. */
    @Test
    void helpEntriesWrapWithAHangingIndentInsteadOfAnEllipsis() {
        int inner = 36;
        KeyMap keys = KeyMap.defaults();
        List<String> lines = keys.helpLines(inner);
        String all = String.join(" ", lines).replaceAll("\\s+", " ");
        int column = 0;
        for (Action a : Action.values()) {
            column = Math.max(column, Width.of(keys.label(a)));
        }
        String indent = " ".repeat(2 + column + 2);
        boolean wrapped = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(Width.of(line) <= inner, line);
            assertTrue(!line.contains("…"), "cut: " + line);
            if (line.startsWith(indent) && !line.isBlank() && i > 0 && !lines.get(i - 1).isBlank()) {
                wrapped = true; // a continuation, under the text of the entry above
            }
        }
        assertTrue(wrapped, "some entry is longer than 36 columns and wraps: " + lines);
        for (Action a : Action.values()) {
            assertTrue(all.contains(a.help()), a + " whole in help: " + all);
        }
    }

    /** Messages kept in constants, which the scan of calls does not see. */
    @Test
    void theNamedMessagesFitToo() {
        for (String message : List.of(SidewaysScroll.NOTHING, SourceView.NO_SOURCE, View.EMPTY)) {
            assertTrue(Width.of(message) <= COLUMNS, message);
        }
    }

    @Test
    void theScanCountsTextAndValuesAsTheScreenWould() {
        Template t = template("x", "Status.info(\"not found: \" + Following.shown(query))");
        assertEquals("not found: ", t.text());
        assertEquals(1, t.values());
        assertEquals(19, t.width());
    }

    static List<Template> templates() throws IOException {
        List<Template> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/folio", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String source = Files.readString(f, StandardCharsets.UTF_8);
                    Matcher m = CALL.matcher(source);
                    while (m.find()) {
                        String call = source.substring(m.start(), end(source, m.end()));
                        int line = source.substring(0, m.start()).split("\n", -1).length;
                        Template t = template(f.getFileName() + ":" + line, call);
                        if (!t.text().isEmpty()) {
                            out.add(t);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The fixed text of a call's first argument and the number of values concatenated into it. */
    static Template template(String where, String call) {
        String argument = firstArgument(call.substring(call.indexOf('(') + 1));
        StringBuilder text = new StringBuilder();
        Matcher lit = LITERAL.matcher(argument);
        while (lit.find()) {
            text.append(lit.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        String rest = LITERAL.matcher(argument).replaceAll("");
        int values = 0;
        for (String operand : splitTopLevel(rest, '+')) {
            if (operand.chars().anyMatch(Character::isLetterOrDigit)) {
                values++;
            }
        }
        return new Template(where, text.toString(), values);
    }

    /** Where the call that opened before {@code from} closes. */
    private static int end(String s, int from) {
        int depth = 1;
        boolean string = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    /** The message argument: the whole argument list, or the one holding text when the first is a flag or a target. */
    private static String firstArgument(String arguments) {
        List<String> parts = splitTopLevel(arguments.substring(0, Math.max(0, arguments.lastIndexOf(')'))), ',');
        for (String p : parts) {
            if (p.contains("\"")) {
                return p;
            }
        }
        return parts.isEmpty() ? "" : parts.get(0);
    }

    private static List<String> splitTopLevel(String s, char on) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean string = false;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == on && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
