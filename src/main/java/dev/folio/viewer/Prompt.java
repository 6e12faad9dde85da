package dev.folio.viewer;

/**
 * What is being typed in {@link Mode#SEARCH_INPUT} or {@link Mode#HINTS}, and what to go back to
 * when it is cancelled.
 *
 * @param savedSearch the search before {@code /} was pressed
 * @param savedTop    the top line before typing moved the page
 */
public record Prompt(String text, Search savedSearch, int savedTop) {
    public Prompt withText(String newText) {
        return new Prompt(newText, savedSearch, savedTop);
    }
}
