package dev.folio.layout;

/**
 * Where the pages and files of wiki links ({@code wiki:Page}, from {@code [[Page]]} and
 * {@code ![[image.png]]}) are: the layout itself reads no folder, so whoever knows the
 * document's place on disk says (print mode and the viewer, through the link resolver).
 */
@FunctionalInterface
public interface WikiTargets {
    /** Nothing is looked up: wiki links are shown as links, embeds as files beside the document. */
    WikiTargets NONE = target -> null;

    /**
     * For a {@code wiki:} target: the file it names, as a path relative to the document's folder
     * (or absolute) to show and open; "" when there is no such page or file; null when this was
     * not looked up.
     */
    String file(String target);
}
