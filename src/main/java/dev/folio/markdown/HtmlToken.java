package dev.folio.markdown;

import java.util.Map;

/** One piece of raw HTML: a tag, a run of text (entities decoded) or a comment. */
sealed interface HtmlToken {
    /** Where the token starts in the tokenized string. */
    int offset();

    /** {@code <name attr=value …>}; the name and attribute names are lower case. */
    record StartTag(String name, Map<String, String> attributes, boolean selfClosing, int offset) implements HtmlToken {
        public StartTag {
            attributes = Map.copyOf(attributes);
        }

        String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        /** An attribute holding a URL: tabs and line breaks removed, as browsers do. */
        String url(String key) {
            return attribute(key).replaceAll("[\\t\\n\\r]", "").strip();
        }

        /** An attribute shown as text (alt, title): whitespace runs become one space. */
        String text(String key) {
            return attribute(key).replaceAll("\\s+", " ").strip();
        }
    }

    record EndTag(String name, int offset) implements HtmlToken {}

    record Text(String text, int offset) implements HtmlToken {}

    record Comment(int offset) implements HtmlToken {}
}
