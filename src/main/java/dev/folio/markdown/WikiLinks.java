package dev.folio.markdown;

import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Wiki links of notes vaults, GitHub wikis, Obsidian and Foam, found in converted text:
 * {@code [[Page]]}, {@code [[Page|shown text]]}, {@code [[Page#Heading]]} become links to
 * {@code wiki:Page#heading} (the link resolver finds {@code Page.md} beside the document or in
 * its collection, by name, ignoring case), and {@code ![[image.png]]} an image {@code wiki:image.png}
 * (the layout has it looked up in the collection, else it is the file beside the document). Linear: each {@code [[} looks only as far as the next {@code ]]}, {@code [[} or line end.
 */
final class WikiLinks {
    static final String SCHEME = "wiki:";
    private static final int LONGEST = 512;

    private WikiLinks() {}

    /** {@code content} with wiki links in its top-level text made links and images. */
    static List<Inline> apply(List<Inline> content) {
        List<Inline> out = null;
        for (int i = 0; i < content.size(); i++) {
            Inline in = content.get(i);
            if (in instanceof Inline.Text t && t.text().contains("[[")) {
                if (out == null) {
                    out = new ArrayList<>(content.subList(0, i));
                }
                split(t.text(), out);
            } else if (out != null) {
                out.add(in);
            }
        }
        return out == null ? content : out;
    }

    private static void split(String text, List<Inline> out) {
        int copied = 0;
        int at = text.indexOf("[[");
        while (at >= 0) {
            int close = closing(text, at + 2);
            if (close < 0) {
                at = text.indexOf("[[", at + 2);
                continue;
            }
            boolean embed = at > 0 && text.charAt(at - 1) == '!';
            int start = embed ? at - 1 : at;
            Inline link = link(text.substring(at + 2, close), embed);
            if (link == null) {
                at = text.indexOf("[[", at + 2);
                continue;
            }
            if (start > copied) {
                out.add(new Inline.Text(text.substring(copied, start)));
            }
            out.add(link);
            copied = close + 2;
            at = text.indexOf("[[", copied);
        }
        if (copied < text.length()) {
            out.add(new Inline.Text(text.substring(copied)));
        }
    }

    /** The {@code ]]} closing a link whose content starts at {@code from}, or -1. */
    private static int closing(String text, int from) {
        for (int i = from; i < text.length() - 1 && i - from <= LONGEST; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '[' && text.charAt(i + 1) == '[')) {
                return -1;
            }
            if (c == ']' && text.charAt(i + 1) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static Inline link(String inside, boolean embed) {
        int bar = inside.indexOf('|');
        String target = (bar < 0 ? inside : inside.substring(0, bar)).strip();
        String shown = bar < 0 ? "" : inside.substring(bar + 1).strip();
        if (target.isEmpty()) {
            return null;
        }
        if (embed) {
            String file = encode(target);
            MediaKind kind = HtmlElements.kindOfTarget(file, MediaKind.IMAGE);
            // wiki:name: the layout has it looked up in the collection (else it is the file beside the document).
            return new Inline.Media(kind, SCHEME + file, shown.isEmpty() || shown.matches("\\d+(x\\d+)?") ? target : shown);
        }
        int hash = target.indexOf('#');
        String page = hash < 0 ? target : target.substring(0, hash).strip();
        String heading = hash < 0 ? "" : target.substring(hash + 1).strip();
        String href = SCHEME + encode(page) + (heading.isEmpty() ? "" : "#" + new Slugger().slug(heading.replace("^", "")));
        String text = !shown.isEmpty() ? shown : heading.isEmpty() ? page : page.isEmpty() ? heading : page + " › " + heading;
        return new Inline.Link(href, "", List.of(new Inline.Text(text)));
    }

    /** Percent-encoding for a path: spaces and the like, but {@code /} stays a separator. */
    private static String encode(String path) {
        return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
    }
}
