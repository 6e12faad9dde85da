package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small reader of the bytes folio writes around a refresh: every byte must belong to a
 * well-formed sequence of the few folio writes (cursor save/restore, SGR reset, cursor moves,
 * erase characters, kitty APC, tmux passthrough DCS, sixel DCS, iTerm2 OSC 1337); it returns
 * what they do, each at the cursor cell where it happens (0-based).
 */
final class GraphicsBytes {
    sealed interface Command {}

    /** A kitty graphics command; {@code payload} is its base64 data (may be empty). */
    record Kitty(int row, int column, Map<String, String> keys, String payload, boolean passthrough) implements Command {}

    /** Erase {@code count} characters. */
    record Erase(int row, int column, int count) implements Command {}

    /** A sixel picture of {@code width × height} pixels. */
    record Sixel(int row, int column, int width, int height) implements Command {}

    /** An iTerm2 inline picture over {@code columns × rows} cells, carrying {@code png}. */
    record Iterm(int row, int column, int columns, int rows, byte[] png) implements Command {}

    private static final Pattern CUP = Pattern.compile("\u001b\\[(\\d+);(\\d+)H");
    private static final Pattern ECH = Pattern.compile("\u001b\\[(\\d+)X");
    private static final Pattern RASTER = Pattern.compile("\"1;1;(\\d+);(\\d+)");

    private GraphicsBytes() {}

    static List<Command> read(String bytes) {
        List<Command> out = new ArrayList<>();
        int row = -1;
        int column = -1;
        int at = 0;
        int saved = 0;
        while (at < bytes.length()) {
            assertEquals('\u001b', bytes.charAt(at), "a stray byte at " + at + " of " + shown(bytes));
            char kind = bytes.charAt(at + 1);
            if (kind == '7' || kind == '8') {
                saved += kind == '7' ? 1 : -1;
                assertTrue(saved == 0 || saved == 1, "save and restore pair up: " + shown(bytes));
                at += 2;
            } else if (bytes.startsWith("\u001b[0m", at)) {
                at += 4;
            } else if (match(CUP, bytes, at) != null) {
                Matcher m = match(CUP, bytes, at);
                row = Integer.parseInt(m.group(1)) - 1;
                column = Integer.parseInt(m.group(2)) - 1;
                at = m.end();
            } else if (match(ECH, bytes, at) != null) {
                Matcher m = match(ECH, bytes, at);
                out.add(new Erase(row, column, Integer.parseInt(m.group(1))));
                at = m.end();
            } else if (kind == '_') {
                int end = bytes.indexOf("\u001b\\", at);
                out.add(kitty(row, column, bytes.substring(at + 2, end), false));
                at = end + 2;
            } else if (bytes.startsWith("\u001bPtmux;", at)) {
                int end = at + 7;
                // Inside, every ESC is doubled; the passthrough ends at the first single ESC \.
                while (!(bytes.charAt(end) == '\u001b' && bytes.charAt(end + 1) == '\\')) {
                    end += bytes.charAt(end) == '\u001b' ? 2 : 1;
                }
                String inner = bytes.substring(at + 7, end).replace("\u001b\u001b", "\u001b");
                for (Command c : read(inner)) {
                    Kitty k = (Kitty) c;
                    out.add(new Kitty(row, column, k.keys(), k.payload(), true));
                }
                at = end + 2;
            } else if (kind == 'P') {
                int end = bytes.indexOf("\u001b\\", at);
                String body = bytes.substring(at + 2, end);
                assertTrue(body.startsWith("0;1;0q"), "a sixel picture: " + shown(body));
                Matcher m = RASTER.matcher(body);
                assertTrue(m.find(), "sixel raster attributes");
                assertTrue(body.substring(m.end()).matches("[#0-9;?-~!$-]*"), "only sixel data follows");
                out.add(new Sixel(row, column, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                at = end + 2;
            } else if (bytes.startsWith("\u001b]1337;File=", at)) {
                int end = bytes.indexOf('\u0007', at);
                String body = bytes.substring(at + "\u001b]1337;File=".length(), end);
                int colon = body.indexOf(':');
                Map<String, String> args = new LinkedHashMap<>();
                for (String kv : body.substring(0, colon).split(";")) {
                    args.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
                }
                byte[] png = Base64.getDecoder().decode(body.substring(colon + 1));
                assertEquals(String.valueOf(png.length), args.get("size"));
                out.add(new Iterm(row, column, Integer.parseInt(args.get("width")), Integer.parseInt(args.get("height")), png));
                at = end + 1;
            } else {
                throw new AssertionError("an unknown sequence at " + at + " of " + shown(bytes));
            }
        }
        assertEquals(0, saved, "the cursor is restored: " + shown(bytes));
        return out;
    }

    private static Kitty kitty(int row, int column, String body, boolean passthrough) {
        assertTrue(body.startsWith("G"), "a kitty graphics command: " + shown(body));
        int semicolon = body.indexOf(';');
        String control = semicolon < 0 ? body.substring(1) : body.substring(1, semicolon);
        Map<String, String> keys = new LinkedHashMap<>();
        for (String kv : control.split(",")) {
            assertTrue(kv.matches("[a-zA-Z]=[A-Za-z0-9]+"), "key=value: " + kv);
            keys.put(kv.substring(0, 1), kv.substring(2));
        }
        String payload = semicolon < 0 ? "" : body.substring(semicolon + 1);
        assertTrue(payload.matches("[A-Za-z0-9+/=]*"), "base64 payload");
        return new Kitty(row, column, keys, payload, passthrough);
    }

    private static Matcher match(Pattern p, String s, int at) {
        Matcher m = p.matcher(s);
        m.region(at, s.length());
        return m.lookingAt() ? m : null;
    }

    /** The PNG a run of kitty commands sent for image {@code id} (its chunks joined). */
    static byte[] kittyImage(List<Command> commands, String id) {
        StringBuilder data = new StringBuilder();
        boolean in = false;
        for (Command c : commands) {
            if (c instanceof Kitty k) {
                if (id.equals(k.keys().get("i")) && ("t".equals(k.keys().get("a")) || "T".equals(k.keys().get("a")))) {
                    in = true;
                }
                if (in) {
                    data.append(k.payload());
                    if ("0".equals(k.keys().get("m"))) {
                        in = false;
                    }
                }
            }
        }
        return Base64.getDecoder().decode(data.toString());
    }

    static String shown(String s) {
        String cut = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return cut.replace("\u001b", "␛").replace("\u0007", "␇");
    }
}
