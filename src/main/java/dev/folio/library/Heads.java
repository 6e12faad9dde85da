package dev.folio.library;

import dev.folio.input.DecodeException;
import dev.folio.input.Decoder;
import dev.folio.text.AttributeLists;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document's title and source URL from its first bytes only ({@value #HEAD_BYTES}), so a
 * folder of 15,000 articles gets its titles in a few seconds of background work.
 */
public final class Heads {
    static final int HEAD_BYTES = 8 * 1024;
    /** Source lines count only near the top: an article's {@code 原文：} line comes first. */
    private static final int SOURCE_LINES = 30;
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SOURCE = Pattern.compile(
            "^[>\\s*_-]*(?:原文|来源|出处|source|original)\\s*[：:]\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\"'\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRONT_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)$");

    private Heads() {}

    /** The head of the file at {@code path}; never throws (unreadable and binary files say so). */
    public static Head read(Path path) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(HEAD_BYTES);
        } catch (IOException | RuntimeException e) {
            return Head.UNREADABLE;
        }
        return parse(bytes, bytes.length == HEAD_BYTES);
    }

    /** The head of a document's first bytes; {@code truncated} when more follows (the last line may be cut). */
    static Head parse(byte[] bytes, boolean truncated) {
        String text = decode(bytes, truncated);
        return text == null ? Head.BINARY : parse(text);
    }

    /** The head of a document's text (all of it, or its beginning). */
    public static Head parse(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        String title = null;
        String source = null;
        int i = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (i = 1; i < lines.length; i++) {
                String line = lines[i];
                if (line.strip().equals("---") || line.strip().equals("...")) {
                    i++;
                    break;
                }
                Matcher m = FRONT_KEY.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String key = m.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(m.group(2).strip());
                if (value.isEmpty()) {
                    continue;
                }
                if (key.equals("title") && title == null) {
                    title = value;
                } else if (source == null && (key.equals("source") || key.equals("url") || key.equals("original")
                        || key.equals("canonical_url") || key.equals("canonical"))) {
                    Matcher url = URL.matcher(value);
                    source = url.find() ? url.group() : null;
                }
            }
        }
        String heading = null;
        boolean fenced = false;
        int firstBody = i;
        for (; i < lines.length && (heading == null || (source == null && i - firstBody < SOURCE_LINES)); i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (heading == null) {
                Matcher atx = ATX.matcher(line);
                if (atx.matches() && !atx.group(1).isBlank()) {
                    heading = inlineText(atx.group(1));
                    continue;
                }
                if (!stripped.isEmpty() && i + 1 < lines.length && isSetextUnderline(lines[i + 1])
                        && !stripped.startsWith(">") && !stripped.startsWith("-")) {
                    heading = inlineText(stripped);
                    i++;
                    continue;
                }
            }
            if (source == null && i - firstBody < SOURCE_LINES) {
                Matcher m = SOURCE.matcher(line);
                if (m.matches()) {
                    String rest = m.group(1);
                    if (rest.isBlank() && i + 1 < lines.length) {
                        rest = lines[i + 1]; // "原文：" with the address on the next line
                    }
                    Matcher url = URL.matcher(rest);
                    if (url.find()) {
                        source = url.group();
                    }
                }
            }
        }
        String shown = heading != null ? heading : title;
        return new Head(shown == null || shown.isBlank() ? null : clean(shown), source, EntryKind.DOCUMENT);
    }

    private static boolean isSetextUnderline(String line) {
        String s = line.strip();
        return s.length() >= 2 && (s.chars().allMatch(c -> c == '=') || s.chars().allMatch(c -> c == '-'))
                && line.indexOf(s) < 4;
    }

    /** Heading text without the commonest inline markup: emphasis, code and link syntax. */
    static String inlineText(String s) {
        String text = AttributeLists.withoutTrailing(s).replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>]+>", "")
                .replaceAll("(\\*\\*|__|`)", "");
        return text.strip();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** No control characters in a title: it goes to the screen. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString().strip();
    }

    /** Strict UTF-8 (the common case, fast), else what folio's decoder makes of it; null for binary. */
    private static String decode(byte[] bytes, boolean truncated) {
        int length = truncated ? withoutCutCharacter(bytes) : bytes.length;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            try {
                return Decoder.decode(Arrays.copyOf(bytes, length)).text();
            } catch (DecodeException binary) {
                return null;
            }
        }
    }

    /** The length of {@code bytes} without a UTF-8 character cut at the end. */
    private static int withoutCutCharacter(byte[] bytes) {
        int length = bytes.length;
        int back = 0;
        while (back < 3 && length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (length - back - 1 >= 0 && (bytes[length - back - 1] & 0xC0) == 0xC0) {
            int lead = bytes[length - back - 1] & 0xFF;
            int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            if (back < needed) {
                return length - back - 1;
            }
        }
        return length;
    }
}
