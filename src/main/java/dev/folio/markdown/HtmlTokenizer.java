package dev.folio.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, tolerant HTML tokenizer: start and end tags with quoted or unquoted attributes,
 * comments, text with entities decoded. Anything that is not a well-formed tag stays text, so no
 * word is lost. The contents of {@code <script>} and {@code <style>} come back as one text token
 * that is never split into tags. Runs in time linear in the input: a tag never extends past the
 * next {@code <} outside a quoted value.
 */
final class HtmlTokenizer {
    private final String s;
    private final int n;
    private final int lastDoubleQuote;
    private final int lastSingleQuote;
    private final int lastGreaterThan;
    private final List<HtmlToken> tokens = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int textStart = -1;
    private int pos;

    private HtmlTokenizer(String s) {
        this.s = s;
        this.n = s.length();
        this.lastDoubleQuote = s.lastIndexOf('"');
        this.lastSingleQuote = s.lastIndexOf('\'');
        this.lastGreaterThan = s.lastIndexOf('>');
    }

    static List<HtmlToken> tokenize(CharSequence html) {
        return new HtmlTokenizer(html.toString()).run();
    }

    private List<HtmlToken> run() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c != '<' || !markup()) {
                appendText(pos, pos + 1);
                pos++;
            }
        }
        flushText();
        return tokens;
    }

    /** Tries to read markup at {@code pos}; false when the {@code <} is only text. */
    private boolean markup() {
        if (s.startsWith("<!--", pos)) {
            int end = s.indexOf("-->", pos + 4);
            emit(new HtmlToken.Comment(pos));
            pos = end < 0 ? n : end + 3;
            return true;
        }
        if (pos > lastGreaterThan) {
            return false; // no tag can end: spares a rescan per '<' in long broken input
        }
        char next = pos + 1 < n ? s.charAt(pos + 1) : 0;
        if (next == '!' || next == '?') {
            int end = s.indexOf('>', pos);
            if (end < 0) {
                return false;
            }
            emit(new HtmlToken.Comment(pos));
            pos = end + 1;
            return true;
        }
        if (next == '/') {
            return endTag();
        }
        return isAsciiLetter(next) && startTag();
    }

    private boolean endTag() {
        int start = pos;
        int i = pos + 2;
        int nameEnd = nameEnd(i);
        if (nameEnd == i) {
            return false;
        }
        int close = nameEnd;
        while (close < n && s.charAt(close) != '>' && s.charAt(close) != '<') {
            close++;
        }
        if (close >= n || s.charAt(close) != '>') {
            return false;
        }
        emit(new HtmlToken.EndTag(s.substring(start + 2, nameEnd).toLowerCase(Locale.ROOT), start));
        pos = close + 1;
        return true;
    }

    private boolean startTag() {
        int start = pos;
        int nameEnd = nameEnd(pos + 1);
        String name = s.substring(pos + 1, nameEnd).toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        int i = nameEnd;
        while (true) {
            i = skipSpace(i);
            if (i >= n || s.charAt(i) == '<') {
                return false;
            }
            char c = s.charAt(i);
            if (c == '>' || c == '/' && i + 1 < n && s.charAt(i + 1) == '>') {
                boolean selfClosing = c == '/';
                pos = i + (selfClosing ? 2 : 1);
                emit(new HtmlToken.StartTag(name, attributes, selfClosing, start));
                if (!selfClosing && (name.equals("script") || name.equals("style"))) {
                    rawText(name);
                }
                return true;
            }
            if (c == '/') {
                i++;
                continue;
            }
            i = attribute(i, attributes);
            if (i < 0) {
                return false;
            }
        }
    }

    /** Reads one attribute at {@code i}; returns the index after it, or -1 if the tag is broken. */
    private int attribute(int i, Map<String, String> attributes) {
        int nameStart = i;
        while (i < n && !isSpace(s.charAt(i)) && "/>=<".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String key = s.substring(nameStart, i).toLowerCase(Locale.ROOT);
        i = skipSpace(i);
        String value = "";
        if (i < n && s.charAt(i) == '=') {
            i = skipSpace(i + 1);
            if (i >= n) {
                return -1;
            }
            char q = s.charAt(i);
            if (q == '"' || q == '\'') {
                int last = q == '"' ? lastDoubleQuote : lastSingleQuote;
                int close = last > i ? s.indexOf(q, i + 1) : -1;
                if (close < 0) {
                    return -1;
                }
                value = s.substring(i + 1, close);
                i = close + 1;
            } else {
                int valueStart = i;
                while (i < n && !isSpace(s.charAt(i)) && s.charAt(i) != '>' && s.charAt(i) != '<') {
                    i++;
                }
                value = s.substring(valueStart, i);
            }
        }
        if (!key.isEmpty()) {
            attributes.putIfAbsent(key, HtmlEntities.decode(value));
        }
        return i;
    }

    /** Script and style bodies are not HTML: keep them whole up to the matching end tag. */
    private void rawText(String name) {
        int end = indexOfIgnoreCase("</" + name, pos);
        int stop = end < 0 ? n : end;
        if (stop > pos) {
            emit(new HtmlToken.Text(s.substring(pos, stop), pos));
        }
        pos = stop;
    }

    private int indexOfIgnoreCase(String needle, int from) {
        for (int i = from; i + needle.length() <= n; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private int nameEnd(int i) {
        while (i < n && (isAsciiLetter(s.charAt(i)) || Character.isDigit(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private int skipSpace(int i) {
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private void appendText(int from, int to) {
        if (textStart < 0) {
            textStart = from;
        }
        text.append(s, from, to);
    }

    private void emit(HtmlToken token) {
        flushText();
        tokens.add(token);
    }

    private void flushText() {
        if (text.length() > 0) {
            tokens.add(new HtmlToken.Text(HtmlEntities.decode(text), textStart));
            text.setLength(0);
        }
        textStart = -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
