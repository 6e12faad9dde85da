package dev.folio.viewer;

import dev.folio.open.LinkResolver;

/**
 * The viewer's collaborators, fixed for a session: how links resolve (it may ask the file
 * system whether a file is executable), how documents are laid out, and which keys do what
 * (the defaults, or the config file's). Tests substitute all three.
 */
public record Collaborators(LinkResolver links, PageLayout layout, KeyMap keys) {
    public Collaborators {
        keys = keys == null ? KeyMap.defaults() : keys;
    }

    /** With the default keys. */
    public Collaborators(LinkResolver links, PageLayout layout) {
        this(links, layout, KeyMap.defaults());
    }

    public static Collaborators standard() {
        return new Collaborators(LinkResolver.system(), PageLayout.standard());
    }

    public Collaborators withKeys(KeyMap newKeys) {
        return new Collaborators(links, layout, newKeys);
    }
}
