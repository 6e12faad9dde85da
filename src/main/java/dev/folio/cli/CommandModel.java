package dev.folio.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * folio's command line as picocli's model, built by calls instead of read from annotations.
 * Reading annotations cost about 50 ms of every start: picocli reflects over the command, and
 * each annotation type is a generated proxy class that no class-data archive holds (issue 12).
 * Parsing, {@code --help}, the man page and shell completion all come from this one model, so
 * there is no second parser for the common command lines.
 */
final class CommandModel {
    private CommandModel() {}

    /** The model of the {@code folio} command; parsed values go to {@code command}'s setters. */
    static CommandSpec of(FolioCommand command) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name("folio");
        spec.versionProvider(new Version());
        usage(spec.usageMessage());

        spec.addPositional(PositionalParamSpec.builder()
                .arity("0..1").hasInitialValue(false).paramLabel("FILE | URL | -")
                // A Path, so that shell completion offers file names; the argument is kept as typed
                // (a Path would turn https://host/dir/ into https:/host/dir).
                .type(Path.class)
                .converters((ITypeConverter<Path>) value -> {
                    command.setFile(value);
                    return Path.of("");
                })
                .setter(ignore())
                .description("The document to read: a file, an http:// or https:// address (Markdown, or an HTML page "
                        + "shown as a reader view), or '-' for stdin.")
                .build());

        spec.addOption(flag("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .setter(ignore()).build());
        spec.addOption(flag("-V", "--version").versionHelp(true).description("Print version information and exit.")
                .setter(ignore()).build());
        spec.addOption(flag("-p", "--print").setter(set(v -> command.setPrint((Boolean) v)))
                .description("Print the rendering to stdout and exit (what happens anyway when stdout is not a terminal).")
                .build());
        spec.addOption(valued("N", Integer.class, v -> command.setWidth((Integer) v), "-w", "--width")
                .description("Layout width in columns. Default: the terminal's width, at most 100, when stdout is a terminal; else 80.")
                .build());
        spec.addOption(valued("WHEN", When.class, v -> command.setColor((When) v), "--color")
                .converters(new When.Converter()).defaultValue("auto")
                .description("Colour and style: ${COMPLETION-CANDIDATES}. auto: when stdout is a terminal; with NO_COLOR set, "
                        + "styles without colour. With never (and no --hyperlinks=always) the output holds no escape sequence at all.")
                .build());
        spec.addOption(valued("WHEN", When.class, v -> command.setHyperlinks((When) v), "--hyperlinks")
                .converters(new When.Converter()).defaultValue("auto")
                .description("Make printed links clickable (OSC 8): ${COMPLETION-CANDIDATES}. auto: when colour is on and stdout is a terminal.")
                .build());
        spec.addOption(valued("THEME", String.class, v -> command.setTheme((String) v), "--theme")
                .completionCandidates(new FolioCommand.ThemeNames())
                .description("Colours and styles: auto (the default: dark or light, from the terminal's background), "
                        + "dark, light, or plain (no colour: bold, italic, underline and reverse); or the path of a theme file, "
                        + "read over auto. A theme file in the config directory (folio/theme) can change any style.")
                .build());
        spec.addOption(valued("CHARSET", String.class, v -> command.setEncoding((String) v), "--encoding")
                .completionCandidates(new FolioCommand.Encodings())
                .description("Read the input in this encoding (UTF-8, GB18030, windows-1252, UTF-16LE…) instead of detecting it.")
                .build());
        spec.addOption(valued("SIZE", String.class, v -> command.setMaxSize((String) v), "--max-size")
                .description("Refuse input larger than this (default 64M; units K, M, G; at most 1G).")
                .build());
        spec.addOption(valued("SECONDS", String.class, v -> command.setTimeout((String) v), "--timeout")
                .description("Give up on a web server after this many seconds without progress: to connect, to answer, "
                        + "and in each pause while a document arrives (default 10; also 500ms, 2.5s).")
                .build());
        spec.addOption(flag("--ambiguous-wide").negatable(true).setter(set(v -> command.setAmbiguousWide((Boolean) v)))
                .description("Count East Asian ambiguous characters (such as ①, ·, Greek, Cyrillic) as two columns, as CJK terminals do.")
                .build());
        spec.addOption(flag("--debug").setter(set(v -> command.setDebug((Boolean) v)))
                .description("Explain what folio decided on stderr, and add stack traces to errors.")
                .build());
        spec.addOption(valued("CMD", String.class, v -> command.setOpener((String) v), "--opener")
                .description("Open links and media with this program (split on spaces; the target is appended, or replaces %%s), "
                        + "for every kind of target. Default: $FOLIO_OPENER, else the config file's [opener] command for the kind, "
                        + "else $BROWSER for web pages, else xdg-open / gio open / open / wslview.")
                .build());
        spec.addOption(flag("--center", "--centre").negatable(true).setter(set(v -> command.setCentred((Boolean) v)))
                .description("Centre the reading column in the viewer (its width is at most -w N, default 100).")
                .build());
        spec.addOption(flag("--pager").setter(set(v -> command.setPager((Boolean) v)))
                .description("Print through $PAGER (default less -R) when stdout is a terminal.")
                .build());
        spec.addOption(valued("HOW", String.class, v -> command.setImages((String) v), "--images")
                .completionCandidates(new FolioCommand.ImageModes())
                .description("Draw images: auto (picked from the terminal; printing keeps the text line), kitty, iterm, "
                        + "sixel (printing writes that protocol; the viewer draws half blocks for all so far), "
                        + "blocks (Unicode half blocks, every terminal with colour) or off (the text line only).")
                .build());
        spec.addOption(flag("--config-path").setter(set(v -> command.setConfigPath((Boolean) v)))
                .description("Print where the config file is looked for, and exit.")
                .build());
        spec.addOption(valued("QUERY", String.class, v -> command.setSearch((String) v), "--search")
                .description("Search the documents of the folder given as FILE (default: the current one) and print the best, "
                        + "with the best matching line of each. Words are all required; a run of Chinese and \"quoted words\" are phrases. "
                        + "The index is kept under $XDG_CACHE_HOME/folio and brought up to date first.")
                .build());
        spec.addOption(flag("--remember").negatable(true).defaultValue("true").fallbackValue("true")
                .setter(set(v -> command.setRemember((Boolean) v)))
                .description("Reopen a document where you stopped reading (the default; --no-remember: always at the top). "
                        + "Positions are kept in $XDG_STATE_HOME/folio.")
                .build());
        spec.addOption(flag("--generate-man-page").hidden(true).setter(set(v -> command.setGenerateManPage((Boolean) v)))
                .description("Write the man page (troff) to stdout.").build());
        spec.addOption(flag("--generate-completion").hidden(true).setter(set(v -> command.setGenerateCompletion((Boolean) v)))
                .description("Write the bash/zsh completion script to stdout.").build());
        spec.addOption(flag("--rehearse-viewer").hidden(true).setter(set(v -> command.setRehearseViewer((Boolean) v)))
                .description("After printing, run the viewer on the same document on a virtual screen (install.sh's training run).")
                .build());
        return spec;
    }

    private static void usage(UsageMessageSpec usage) {
        usage.sortOptions(false)
                .width(FolioCommand.HELP_WIDTH)
                .description(
                        "Reads Markdown in the terminal. When stdout is a terminal, folio shows the document full screen; "
                                + "otherwise, or with -p, it prints the rendering to stdout.",
                        "FILE is any text file holding Markdown (.md, .markdown, .txt). '-', or no FILE while stdin is not "
                                + "a terminal, reads stdin. With no FILE at a terminal, folio shows its guide.",
                        "URL (http or https) is fetched: Markdown renders as a file would, an HTML page as a reader view of its "
                                + "article. Pages are cached in XDG_CACHE_HOME/folio/web and revalidated; offline, the cached copy is shown.",
                        "Settings can also come from a config file (folio --config-path says where); options given here win.")
                .descriptionHeading("%n")
                .parameterListHeading("%n")
                .optionListHeading("%nOptions:%n")
                .exitCodeListHeading("%nExit status:%n")
                .exitCodeList(exitCodes())
                .footerHeading("%nEnvironment:%n")
                .footer(FolioCommand.footer());
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(" 0", "done");
        codes.put(" 1", "the input could not be read: missing, a directory, unreadable, binary, too large; "
                + "a web document could not be fetched");
        codes.put(" 2", "usage error: unknown option, bad value, a mistake in the config file");
        codes.put("70", "internal error (a bug); the details are logged (see XDG_STATE_HOME)");
        return codes;
    }

    private static OptionSpec.Builder flag(String... names) {
        return OptionSpec.builder(names).type(boolean.class).arity("0").hasInitialValue(false);
    }

    private static OptionSpec.Builder valued(String label, Class<?> type, Consumer<Object> store, String... names) {
        return OptionSpec.builder(names).paramLabel(label).type(type).arity("1").hasInitialValue(false).setter(set(store));
    }

    /** A setter that hands the value on; picocli's setters are generic methods, which no lambda can be. */
    private static ISetter set(Consumer<Object> store) {
        return new ISetter() {
            @Override
            public <T> T set(T value) {
                if (value != null) {
                    store.accept(value);
                }
                return null;
            }
        };
    }

    private static ISetter ignore() {
        return set(value -> {});
    }
}
