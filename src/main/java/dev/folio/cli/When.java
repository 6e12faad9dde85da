package dev.folio.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --color} and {@code --hyperlinks}. */
public enum When {
    AUTO, ALWAYS, NEVER;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code auto}, {@code always} or {@code never}, in any case. */
    static final class Converter implements ITypeConverter<When> {
        @Override
        public When convert(String value) {
            for (When w : values()) {
                if (w.name().equalsIgnoreCase(value.trim())) {
                    return w;
                }
            }
            throw new TypeConversionException("expected auto, always or never, not '" + value + "'");
        }
    }
}
