package dev.folio.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title a code fence's info string gives its block, as MkDocs (pymdownx), Docusaurus,
 * VitePress and Astro write it: {@code ```py title="a.py"}, {@code title='a.py'},
 * {@code title=a.py}, or Docusaurus's {@code {title="a.py"}} form among other attributes.
 */
final class FenceTitles {
    private static final Pattern TITLE = Pattern.compile(
            "(?:^|[\\s{,])title\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s}\"',]+))", Pattern.CASE_INSENSITIVE);

    private FenceTitles() {}

    /** The title in {@code info}, or "" when it names none. */
    static String of(String info) {
        if (info == null || info.length() > 1_000) {
            return ""; // a fence's info is a line; a huge one is not worth a regular expression
        }
        Matcher m = TITLE.matcher(info);
        if (!m.find()) {
            return "";
        }
        String t = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        return t.strip();
    }
}
