package dev.folio.viewer;

import dev.folio.open.LinkResolver;

/**
 * The viewer's collaborators, fixed for a session: how links resolve (it may ask the file
 * system whether a file is executable), how documents are laid out, and which keys do what
 * (the defaults, or the config file's). Tests substitute all three.
 */
public record Collaborators(LinkResolver links, PageLayout layout, KeyMap keys, WebPages webPages) {
    /** Where following a link to an HTML web page goes (Markdown on the web is always read in folio). */
    public enum WebPages { BROWSER, FOLIO }

    public Collaborators {
        keys = keys == null ? KeyMap.defaults() : keys;
        webPages = webPages == null ? WebPages.BROWSER : webPages;
    }

    public Collaborators(LinkResolver links, PageLayout layout, KeyMap keys) {
        this(links, layout, keys, WebPages.BROWSER);
    }

    /** With the default keys. */
    public Collaborators(LinkResolver links, PageLayout layout) {
        this(links, layout, KeyMap.defaults());
    }

    public static Collaborators standard() {
        return new Collaborators(LinkResolver.system(), PageLayout.standard());
    }

    public Collaborators withLayout(PageLayout newLayout) {
        return new Collaborators(links, newLayout, keys, webPages);
    }

    public Collaborators withKeys(KeyMap newKeys) {
        return new Collaborators(links, layout, newKeys, webPages);
    }

    public Collaborators withWebPages(WebPages pages) {
        return new Collaborators(links, layout, keys, pages);
    }
}
