package dev.folio.cli;

import dev.folio.input.InputReader;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Theme;
import dev.folio.open.OpenerKind;
import dev.folio.viewer.KeyMap;
import dev.folio.doc.Source;
import java.util.Map;

/**
 * What the full-screen viewer is asked to show.
 *
 * @param source where the document came from (its name, and the directory its links resolve against)
 * @param text   the decoded document
 * @param reader reads further documents (followed links, reloads) with the same size limit and encoding
 * @param theme  roles and highlights to styles
 * @param debug  {@code --debug} was given
 * @param opener {@code --opener} or {@code FOLIO_OPENER}, or null for the system's
 * @param maxWidth the widest the reading column may be
 * @param centred  whether the reading column is centred
 * @param color    the colours the terminal shows ({@link ColorDepth#NONE} or {@link ColorDepth#MONOCHROME}: the plain theme's attributes only)
 * @param keys     the key map (defaults with the config file's remappings)
 * @param openers  the config file's opener commands per kind of target
 * @param watch    whether to reload the document when its file changes on disk
 * @param ambiguous how many columns East Asian Ambiguous characters take ({@code --ambiguous-wide})
 * @param document the document already parsed (a web page's reader view), or null to parse {@code text}
 * @param web      reads the web documents links lead to (the client, cache and limits of this run)
 * @param webPages where following a link to an HTML web page goes ({@code [web] pages})
 * @param anchor   where to open the document (a web address's fragment), or empty
 * @param notice   a line for the status bar when the viewer opens (a cached copy shown offline), or empty
 * @param images   how images are shown ({@code --images}, detected for auto)
 * @param memory   where positions, bookmarks and recent documents are kept, and whether positions are
 * @param firstPart {@code text}'s first part, already being parsed, or null to parse it when the viewer starts
 * @param stream   stdin still being written, shown as it arrives ({@code text} is what came first), or null
 */
public record ViewRequest(Source source, String text, InputReader reader, Theme theme, boolean debug,
                          String opener, int maxWidth, boolean centred, ColorDepth color,
                          KeyMap keys, Map<OpenerKind, String> openers, boolean watch,
                          dev.folio.text.AmbiguousWidth ambiguous, dev.folio.doc.Document document,
                          dev.folio.web.WebSession web, dev.folio.viewer.Collaborators.WebPages webPages,
                          String anchor, String notice, ViewerImages images,
                          dev.folio.tui.Memory memory, FirstPart firstPart, dev.folio.input.GrowingInput stream) {}
