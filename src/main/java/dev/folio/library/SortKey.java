package dev.folio.library;

/** How a library view is sorted; a key cycles through them in this order. */
public enum SortKey {
    NAME("name"), TITLE("title"), DATE("date");

    private final String label;

    SortKey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public SortKey next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
