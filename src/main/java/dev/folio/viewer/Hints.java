package dev.folio.viewer;

import dev.folio.layout.LinkRegion;
import java.util.List;

/**
 * Numbered hints: every link on screen gets a number (1, 2, … in reading order); typing a number
 * follows that link as soon as no other number starts with it, or on Enter.
 */
final class Hints {
    private Hints() {}

    static ViewerState start(ViewerState s) {
        if (Navigation.visibleLinks(s).isEmpty()) {
            return s.withStatus(Status.info("no links on screen"));
        }
        return s.withPrompt(new Prompt("", s.search(), s.top())).withMode(Mode.HINTS);
    }

    static Step key(ViewerState s, Key key) {
        String typed = s.prompt().text();
        List<LinkRegion> links = Navigation.visibleLinks(s);
        switch (key.kind()) {
            case ESCAPE:
                return Step.of(s.reading());
            case BACKSPACE:
                return Step.of(typed.isEmpty() ? s.reading() : s.withPrompt(s.prompt().withText(typed.substring(0, typed.length() - 1))));
            case ENTER:
                return choose(s, links, typed, true);
            case CHAR:
                if (key.ch() >= '0' && key.ch() <= '9' && !key.ctrl() && !key.alt()) {
                    return choose(s, links, typed + (char) key.ch(), false);
                }
                return Step.of(s.reading());
            default:
                return Step.of(s.reading());
        }
    }

    private static Step choose(ViewerState s, List<LinkRegion> links, String typed, boolean enter) {
        int candidates = 0;
        for (int i = 1; i <= links.size(); i++) {
            if (Integer.toString(i).startsWith(typed)) {
                candidates++;
            }
        }
        int number = parse(typed);
        boolean exact = number >= 1 && number <= links.size() && Integer.toString(number).equals(typed);
        if (candidates == 0 || (enter && !exact)) {
            return Step.of(s.reading().withStatus(typed.isEmpty() ? Status.error("no link chosen") : Status.error("no link numbered " + typed)));
        }
        if (exact && (candidates == 1 || enter)) {
            return Following.follow(s.reading(), links.get(number - 1).id(), Following.Intent.VIEW);
        }
        return Step.of(s.withPrompt(s.prompt().withText(typed)));
    }

    private static int parse(String typed) {
        if (typed.isEmpty() || typed.length() > 6) {
            return -1;
        }
        return Integer.parseInt(typed);
    }

    /** The label a visible link shows: its 1-based number among the links on screen. */
    static String label(int index) {
        return Integer.toString(index + 1);
    }
}
