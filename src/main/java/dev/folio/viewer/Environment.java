package dev.folio.viewer;

import dev.folio.open.LinkResolver;

/**
 * The viewer's two collaborators, fixed for a session: how links resolve (it may ask the file
 * system whether a file is executable) and how documents are laid out. Tests substitute both.
 */
public record Environment(LinkResolver links, PageLayout layout) {
    public static Environment standard() {
        return new Environment(LinkResolver.system(), PageLayout.standard());
    }
}
