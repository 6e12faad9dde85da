package dev.folio.text;

import java.net.IDN;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link target as the status line shows it before the link is followed: the one check a reader
 * has, so it must not be disguisable. The host comes first and whole (what gets shortened is the
 * path, query and fragment after it; when even the host does not fit, its start goes, since the
 * registered domain is at its end); a host that mixes scripts in one label (a Cyrillic {@code а}
 * among Latin letters) is shown in punycode with a warning, as browsers do; invisible and format
 * characters are made visible ({@link Sanitizer#target}) and nothing is removed.
 */
public final class TargetText {
    /** Shown before a host whose labels mix scripts. */
    public static final String MIXED_SCRIPTS = "⚠ mixed scripts: ";
    private static final String ELLIPSIS = "…";
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)(.*)", Pattern.DOTALL);

    private TargetText() {}

    /** {@code target} in at most {@code width} columns, by the rules above. */
    public static String shown(String target, int width) {
        Matcher m = URL.matcher(target);
        if (!m.matches()) {
            return Fit.end(Sanitizer.target(target), width);
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String user = at < 0 ? "" : Fit.end(Sanitizer.target(authority.substring(0, at)), 16) + "@";
        String hostPort = authority.substring(at + 1);
        Host host = Host.of(hostPort);
        String head = (host.mixed ? MIXED_SCRIPTS : "") + Sanitizer.target(m.group(1)) + user + host.shown;
        String rest = Sanitizer.target(m.group(3));
        int headWidth = Width.of(head);
        if (headWidth >= width) {
            return Fit.start(head, width);
        }
        return head + Fit.end(rest, width - headWidth);
    }

    /** A host (with its port) as shown: visible, and in punycode when its labels mix scripts. */
    private record Host(String shown, boolean mixed) {
        static Host of(String hostPort) {
            String visible = Sanitizer.target(hostPort);
            if (!visible.equals(hostPort) || hostPort.isEmpty() || hostPort.startsWith("[")) {
                return new Host(visible, false); // invisible characters shown as they are, never IDN-mapped away
            }
            int colon = hostPort.lastIndexOf(':');
            String name = colon < 0 ? hostPort : hostPort.substring(0, colon);
            String port = colon < 0 ? "" : hostPort.substring(colon);
            String unicode;
            try {
                unicode = IDN.toUnicode(name, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return new Host(visible, false);
            }
            for (String label : unicode.split("\\.")) {
                if (mixesScripts(label)) {
                    try {
                        return new Host(IDN.toASCII(unicode, IDN.ALLOW_UNASSIGNED) + port, true);
                    } catch (IllegalArgumentException e) {
                        return new Host(visible, true);
                    }
                }
            }
            return new Host(Sanitizer.target(unicode) + port, false);
        }
    }

    /** Whether letters of more than one script (Common and Inherited aside) are in {@code label}. */
    static boolean mixesScripts(String label) {
        Character.UnicodeScript first = null;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue;
            }
            if (first == null) {
                first = script;
            } else if (script != first && !japanese(first, script)) {
                return true;
            }
        }
        return false;
    }

    /** Han with Hiragana or Katakana is how Japanese is written, not a disguise. */
    private static boolean japanese(Character.UnicodeScript a, Character.UnicodeScript b) {
        java.util.Set<Character.UnicodeScript> cjk = java.util.Set.of(Character.UnicodeScript.HAN,
                Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA);
        return cjk.contains(a) && cjk.contains(b);
    }

    /** Cutting to a width by grapheme clusters. */
    private static final class Fit {
        /** The start of {@code s}, with an ellipsis when something was cut. */
        static String end(String s, int width) {
            if (Width.of(s) <= width) {
                return s;
            }
            if (width <= 0) {
                return "";
            }
            StringBuilder out = new StringBuilder();
            int used = 0;
            for (int i = 0; i < s.length(); ) {
                int next = Graphemes.next(s, i);
                int w = Width.of(s.substring(i, next));
                if (used + w > width - 1) {
                    break;
                }
                out.append(s, i, next);
                used += w;
                i = next;
            }
            return out.append(ELLIPSIS).toString();
        }

        /** The end of {@code s}, with an ellipsis in front when something was cut. */
        static String start(String s, int width) {
            if (Width.of(s) <= width) {
                return s;
            }
            if (width <= 0) {
                return "";
            }
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            for (int i = 0; i < s.length(); i = Graphemes.next(s, i)) {
                starts.add(i);
            }
            int i = s.length();
            int used = 0;
            for (int k = starts.size() - 1; k >= 0; k--) {
                int w = Width.of(s.substring(starts.get(k), i));
                if (used + w > width - 1) {
                    break;
                }
                used += w;
                i = starts.get(k);
            }
            return ELLIPSIS + s.substring(i);
        }
    }
}
