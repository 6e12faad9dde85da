package dev.folio.cli;

import dev.folio.highlight.SyntaxHighlighter;
import dev.folio.config.Config;
import dev.folio.config.ConfigException;
import dev.folio.config.ConfigLocation;
import dev.folio.config.ConfigReader;
import dev.folio.config.Setting;
import dev.folio.failure.CrashLog;
import dev.folio.doc.Document;
import dev.folio.input.ByteSize;
import dev.folio.input.Decoded;
import dev.folio.input.Decoder;
import dev.folio.input.InputException;
import dev.folio.input.InputReader;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.open.OpenerKind;
import dev.folio.print.LinkTargets;
import dev.folio.print.PagePrinter;
import dev.folio.print.PrintOptions;
import dev.folio.text.Sanitizer;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import dev.folio.text.WordWrap;
import dev.folio.theme.BackgroundDetector;
import dev.folio.theme.Theme;
import dev.folio.theme.ThemeException;
import dev.folio.theme.Themes;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.KeyMap;
import dev.folio.web.FetchLimits;
import dev.folio.web.Progress;
import dev.folio.web.WebAddress;
import dev.folio.web.WebCache;
import dev.folio.web.WebLoader;
import dev.folio.web.WebPage;
import dev.folio.web.WebSession;
import dev.folio.doc.Source;
import dev.folio.state.Xdg;
import dev.folio.tui.Memory;
import dev.folio.tui.NoTerminalException;
import dev.folio.theme.ColorDepth;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code folio} command: reads one document (a file, stdin, or the built-in guide) and shows
 * it in the full-screen viewer or prints it. Output goes to the writers it is given, and the
 * world is seen through an {@link Environment}, so tests run it like a user would.
 */
@Command(name = "folio",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpWidth = FolioCommand.HELP_WIDTH,
        description = {
            "Reads Markdown in the terminal. When stdout is a terminal, folio shows the document full screen; "
                    + "otherwise, or with -p, it prints the rendering to stdout.",
            "FILE is any text file holding Markdown (.md, .markdown, .txt). '-', or no FILE while stdin is not "
                    + "a terminal, reads stdin. With no FILE at a terminal, folio shows its guide.",
            "URL (http or https) is fetched: Markdown renders as a file would, an HTML page as a reader view of its "
                    + "article. Pages are cached in XDG_CACHE_HOME/folio/web and revalidated; offline, the cached copy is shown.",
            "Settings can also come from a config file (folio --config-path says where); options given here win."},
        descriptionHeading = "%n",
        parameterListHeading = "%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:done",
            " 1:the input could not be read: missing, a directory, unreadable, binary, too large; a web document could not be fetched",
            " 2:usage error: unknown option, bad value, a mistake in the config file",
            "70:internal error (a bug); the details are logged (see XDG_STATE_HOME)"},
        footerHeading = "%nEnvironment:%n")
public final class FolioCommand implements Callable<Integer> {
    public static final int EXIT_OK = 0;
    public static final int EXIT_INPUT = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = CrashLog.EXIT_CODE;

    /** --help is written for 80 columns, whatever the terminal. */
    static final int HELP_WIDTH = 80;
    /** The widest layout accepted by {@code --width}. */
    static final int MAX_WIDTH = 10_000;
    static final String GUIDE = "/dev/folio/guide.md";

    /** Environment variables folio reads: shown in --help and in the man page. */
    static final List<String[]> ENVIRONMENT = List.of(
            new String[] {"NO_COLOR", "set and not empty: the plain theme (bold, italic, underline, reverse), no colour, unless --color=always"},
            new String[] {"COLORTERM", "truecolor or 24bit: 24-bit colour"},
            new String[] {"COLORFGBG", "fg;bg colour numbers: tells --theme=auto a light background"},
            new String[] {"TERM", "*-256color: 256 colours; dumb: no colour; else 16 colours"},
            new String[] {"COLUMNS", "terminal width, when the terminal cannot be asked"},
            new String[] {"XDG_CONFIG_HOME", "its folio/folio.toml is the config file, folio/theme overrides styles (default ~/.config)"},
            new String[] {"FOLIO_OPENER", "like --opener"},
            new String[] {"VISUAL, EDITOR", "the editor 'e' starts (default vi)"},
            new String[] {"PAGER", "the pager for --pager (default less -R)"},
            new String[] {"XDG_STATE_HOME", "reading positions and recent documents, and internal errors (folio/folio.log), go to its folio/ (default ~/.local/state)"},
            new String[] {"XDG_CACHE_HOME", "its folio/web caches web documents and its folio/search holds the search indexes (default ~/.cache)"},
            new String[] {"XDG_DATA_HOME", "its folio/bookmarks.tsv holds the bookmarks (default ~/.local/share)"});

    @Spec
    private CommandSpec spec;
    /** The arguments were read by {@link QuickArgs}, not picocli: {@link #spec} is not set. */
    private boolean quickArgs;

    /**
     * FILE as picocli sees it: a Path, so that shell completion offers file names. The argument as
     * typed goes to {@link #file} ({@link #pathsAsTyped}): a Path would turn https://host/dir/ into
     * https:/host/dir.
     */
    @Parameters(arity = "0..1", paramLabel = "FILE | URL | -",
            description = "The document to read: a file, an http:// or https:// address (Markdown, or an HTML page shown as a reader view), or '-' for stdin.")
    private Path fileForPicocli;
    private String file;

    @Option(order = 1, names = {"-p", "--print"},
            description = "Print the rendering to stdout and exit (what happens anyway when stdout is not a terminal).")
    private boolean print;

    private Integer width;

    @Option(order = 3, names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = When.Converter.class,
            description = "Colour and style: ${COMPLETION-CANDIDATES}. auto: when stdout is a terminal; with NO_COLOR set, styles without colour. With never (and no --hyperlinks=always) the output holds no escape sequence at all.")
    private When color = When.AUTO;

    @Option(order = 4, names = "--hyperlinks", paramLabel = "WHEN", defaultValue = "auto", converter = When.Converter.class,
            description = "Make printed links clickable (OSC 8): ${COMPLETION-CANDIDATES}. auto: when colour is on and stdout is a terminal.")
    private When hyperlinks = When.AUTO;

    private Charset encoding;
    private ByteSize maxSize = InputReader.DEFAULT_MAX_SIZE;
    private Duration timeout = FetchLimits.DEFAULT_TIMEOUT;
    private long webCacheSize = WebCache.DEFAULT_MAX_BYTES;
    private WebSession web;
    private Collaborators.WebPages webPages = Collaborators.WebPages.BROWSER;
    private String themeName = "auto";
    /** A theme file to read on top of the theme; null: the one in the config directory, if any. */
    private Path themeFile;

    @Option(order = 8, names = "--ambiguous-wide", negatable = true,
            description = "Count East Asian ambiguous characters (such as ①, ·, Greek, Cyrillic) as two columns, as CJK terminals do.")
    private boolean ambiguousWide;

    @Option(order = 10, names = "--opener", paramLabel = "CMD",
            description = "Open links and media with this program (split on spaces; the target is appended, or replaces %%s), for every kind of target. Default: $FOLIO_OPENER, else the config file's [opener] command for the kind, else $BROWSER for web pages, else xdg-open / gio open / open / wslview.")
    private String opener;

    @Option(order = 11, names = {"--center", "--centre"}, negatable = true,
            description = "Centre the reading column in the viewer (its width is at most -w N, default 100).")
    private boolean centred;

    @Option(order = 12, names = "--pager",
            description = "Print through $PAGER (default less -R) when stdout is a terminal.")
    private boolean pager;

    /** {@code --images}: auto, kitty, iterm, sixel, blocks or off. */
    private String imagesMode = "auto";
    /** The most of the screen one image may take in the viewer, in per cent. */
    private int imageHeight = DEFAULT_IMAGE_HEIGHT;
    static final int DEFAULT_IMAGE_HEIGHT = 50;

    @Option(order = 12, names = "--images", paramLabel = "HOW", completionCandidates = ImageModes.class,
            description = "Draw images: auto (picked from the terminal; printing keeps the text line), kitty, iterm, "
                    + "sixel (printing writes that protocol; the viewer draws half blocks for all so far), "
                    + "blocks (Unicode half blocks, every terminal with colour) or off (the text line only).")
    void setImages(String mode) {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!ImageModes.NAMES.contains(m)) {
            throw new ParameterException(spec.commandLine(), "--images must be " + String.join(", ", ImageModes.NAMES)
                    + ", not '" + mode + "'");
        }
        imagesMode = m;
    }

    @Option(order = 14, names = "--search", paramLabel = "QUERY",
            description = "Search the documents of the folder given as FILE (default: the current one) and print the best, "
                    + "with the best matching line of each. Words are all required; a run of Chinese and \"quoted words\" are phrases. "
                    + "The index is kept under $XDG_CACHE_HOME/folio and brought up to date first.")
    private String search;

    @Option(order = 13, names = "--config-path",
            description = "Print where the config file is looked for, and exit.")
    private boolean configPath;

    @Option(order = 15, names = "--remember", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reopen a document where you stopped reading (the default; --no-remember: always at the top). "
                    + "Positions are kept in $XDG_STATE_HOME/folio.")
    private boolean remember = true;

    /** The viewer reloads the document when its file changes (the config file can turn it off). */
    private boolean watch = true;
    private KeyMap keys = KeyMap.defaults();
    private Map<OpenerKind, String> openers = Map.of();

    @Option(order = 9, names = "--debug", description = "Explain what folio decided on stderr, and add stack traces to errors.")
    private boolean debug;

    @Option(names = "--generate-man-page", hidden = true, description = "Write the man page (troff) to stdout.")
    private boolean generateManPage;

    @Option(names = "--generate-completion", hidden = true, description = "Write the bash/zsh completion script to stdout.")
    private boolean generateCompletion;

    @Option(names = "--rehearse-viewer", hidden = true,
            description = "After printing, run the viewer on the same document on a virtual screen (install.sh's training run).")
    private boolean rehearseViewer;

    /** The viewer's reading column is at most this wide unless -w says otherwise. */
    static final int DEFAULT_READING_WIDTH = 100;

    private final Environment env;
    private final Pipeline pipeline;
    private final Supplier<Optional<ViewerLauncher>> viewers;
    private PrintWriter out;
    private PrintWriter err;
    private ConfigReader.Pending config;

    /**
     * @param pipeline text to page (the real one parses Markdown)
     * @param viewers  finds the full-screen viewer, if this build has one
     */
    public FolioCommand(Environment env, Pipeline pipeline, Supplier<Optional<ViewerLauncher>> viewers) {
        this.env = env;
        this.pipeline = pipeline;
        this.viewers = viewers;
    }

    /** Runs folio as a program: the real environment, stdout and stderr. Returns the exit code. */
    public static int run(String... args) {
        PrintWriter out = GuardedOutput.writer(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return new FolioCommand(Environment.system(), Pipeline.markdown(), ViewerLauncher::find).execute(out, err, args);
    }

    /** Parses {@code args} and runs; everything is written to {@code out} and {@code err}. */
    public int execute(PrintWriter out, PrintWriter err, String... args) {
        this.out = out;
        this.err = err;
        try {
            // Read while picocli parses the arguments; call() waits for it.
            config = ConfigReader.readInBackground(ConfigLocation.of(env::get, env.home()), env.home());
            Optional<QuickArgs> quick = QuickArgs.of(args);
            if (quick.isPresent()) {
                // The common command lines skip picocli's model, the costliest part of a cold start.
                quickArgs = true;
                print = quick.get().print();
                file = quick.get().file();
                return finish(call());
            }
            CommandLine cl = new CommandLine(this);
            // picocli prints a stack trace for a failed write of its help: it writes here, copied after.
            java.io.StringWriter help = new java.io.StringWriter();
            cl.setOut(new PrintWriter(help));
            cl.setErr(err);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            pathsAsTyped(cl);
            cl.getCommandSpec().usageMessage().footer(footer());
            cl.setParameterExceptionHandler((ex, a) -> usageError(ex));
            cl.setExecutionExceptionHandler((ex, c, parsed) -> crash(ex, args));
            int code = cl.execute(args);
            out.print(help);
            return finish(code);
        } catch (GuardedOutput.Failure f) {
            return writeError(f);
        } catch (Throwable t) {
            // Errors (StackOverflowError, OutOfMemoryError) pass picocli's handler.
            return crash(t, args);
        } finally {
            err.flush();
        }
    }

    /** Flushes what is left for stdout: a write error there changes the exit code. */
    private int finish(int code) {
        try {
            out.flush();
            return code;
        } catch (GuardedOutput.Failure f) {
            return writeError(f);
        }
    }

    /** The reader closed the pipe: stop quietly (as bat and ripgrep do). Any other failure is reported. */
    private int writeError(GuardedOutput.Failure f) {
        if (f.brokenPipe()) {
            return EXIT_OK;
        }
        err.println("folio: write error: " + Sanitizer.visible(f.getMessage()));
        return EXIT_INPUT;
    }

    @Option(order = 2, names = {"-w", "--width"}, paramLabel = "N",
            description = "Layout width in columns. Default: the terminal's width, at most 100, when stdout is a terminal; else 80.")
    void setWidth(int n) {
        if (n < 1 || n > MAX_WIDTH) {
            throw new ParameterException(spec.commandLine(), "--width must be between 1 and " + MAX_WIDTH + ", not " + n);
        }
        width = n;
    }

    @Option(order = 6, names = "--encoding", paramLabel = "CHARSET", completionCandidates = Encodings.class,
            description = "Read the input in this encoding (UTF-8, GB18030, windows-1252, UTF-16LE…) instead of detecting it.")
    void setEncoding(String name) {
        try {
            encoding = Decoder.charset(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: " + e.getMessage());
        }
    }

    @Option(order = 7, names = "--max-size", paramLabel = "SIZE",
            description = "Refuse input larger than this (default 64M; units K, M, G; at most 1G).")
    void setMaxSize(String size) {
        try {
            ByteSize parsed = ByteSize.parse(size);
            if (parsed.bytes() > InputReader.MAX_SUPPORTED.bytes()) {
                throw new IllegalArgumentException("'" + size + "' is over the most folio reads, " + InputReader.MAX_SUPPORTED);
            }
            maxSize = parsed;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--max-size: " + e.getMessage());
        }
    }

    @Option(order = 7, names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a web server after this many seconds without progress: to connect, to answer, and in each pause while a document arrives (default 10; also 500ms, 2.5s).")
    void setTimeout(String value) {
        try {
            timeout = WebTimeout.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--timeout: " + e.getMessage());
        }
    }

    @Option(order = 5, names = "--theme", paramLabel = "THEME", completionCandidates = ThemeNames.class,
            description = "Colours and styles: auto (the default: dark or light, from the terminal's background), "
                    + "dark, light, or plain (no colour: bold, italic, underline and reverse); or the path of a theme file, "
                    + "read over auto. A theme file in the config directory (folio/theme) can change any style.")
    void setTheme(String name) {
        if (looksLikeThemeFile(name)) {
            themeFile = Path.of(name); // as in the config file: a theme file over the auto theme
            return;
        }
        if (!Themes.isName(name)) {
            throw new ParameterException(spec.commandLine(), "--theme: " + unknownTheme(name));
        }
        themeName = name;
    }

    private static boolean looksLikeThemeFile(String name) {
        return name.contains("/") || name.endsWith(".theme");
    }

    private static String unknownTheme(String name) {
        return "unknown theme '" + name + "' (" + String.join(", ", Themes.NAMES) + ")";
    }

    @Override
    public Integer call() throws Exception {
        if (generateManPage) {
            ManPage.write(spec, Version.current(), ENVIRONMENT, KeyMap.defaults(), out);
            return EXIT_OK;
        }
        if (generateCompletion) {
            out.print(CompletionScript.bash(spec.commandLine()));
            return EXIT_OK;
        }
        Path configFile = ConfigLocation.of(env::get, env.home());
        if (configPath) {
            out.println(configFile);
            return EXIT_OK;
        }
        try {
            debug("config file: " + configFile + (Files.exists(configFile) ? "" : " (none)"));
            applyConfig(config.get());
        } catch (ConfigException e) {
            err.println("folio: " + Sanitizer.visible(e.getMessage()));
            return EXIT_USAGE;
        }
        // Every width this run measures (parsing, layout, the viewer and its threads) counts
        // ambiguous characters as asked; nothing outside the run is changed.
        try (Width.Scope scope = Width.counting(ambiguous())) {
            if (search != null) {
                Presentation how = Presentation.decide(true, width, color, hyperlinks, env);
                int columns = width != null ? width : env.stdoutIsTerminal() ? env.terminalWidth().orElse(Presentation.DEFAULT_WIDTH)
                        : Presentation.DEFAULT_WIDTH;
                return new SearchCommand(env, out, err, how.color() != ColorDepth.NONE, columns).run(search, file == null ? null : Path.of(file));
            }
            try {
                Loaded doc = load(new InputReader(maxSize, encoding));
                boolean paging = pager && env.stdoutIsTerminal();
                Presentation how = Presentation.decide(print || paging, width, color, hyperlinks, env);
                Theme theme = theme(how);
                debug(Sanitizer.target(doc.source().name()) + ": " + doc.decoded().charset().name() + " (" + doc.decoded().how() + "), "
                        + (how.viewer() ? "viewer" : "print") + ", width " + how.width() + ", colour " + how.color()
                        + ", hyperlinks " + how.hyperlinks());
                if (how.viewer()) {
                    Optional<ViewerLauncher> viewer = viewers.get();
                    if (viewer.isPresent()) {
                        out.flush();
                        try {
                            ViewerImages images = ViewerImages.decide(imagesMode, imageHeight, how.color(), env, env.stdoutIsTerminal());
                            debug("images: " + images.protocol().optionName() + " (--images=" + imagesMode + "), cell "
                                    + images.cell().width() + "×" + images.cell().height() + " px, at most " + images.maxRows() + " rows");
                            return viewer.get().view(viewRequest(doc, how, theme, images));
                        } catch (NoTerminalException e) {
                            debug("no terminal for the viewer (" + e.getMessage() + "); printing");
                        }
                    } else {
                        debug("this build has no full-screen viewer; printing");
                    }
                }
                if (isFolder(doc.source())) {
                    return new FolderListing(out, err).print(doc.source().path(), env.workingDirectory());
                }
                int printed = paging ? page(doc, how, theme) : print(doc, how, theme, out);
                if (rehearseViewer && viewers.get().isPresent()) {
                    viewers.get().get().rehearse(viewRequest(doc, how, theme, ViewerImages.OFF));
                }
                return printed;
            } catch (ThemeException e) {
                err.println("folio: " + Sanitizer.visible(e.getMessage()));
                return EXIT_USAGE;
            } catch (InputException e) {
                err.println("folio: " + e.getMessage());
                if (debug) {
                    err.print(CrashLog.safeStackTrace(e));
                }
                return EXIT_INPUT;
            } catch (dev.folio.markdown.TooComplexException e) {
                // Within --max-size but more than memory holds once parsed: the input's fault, not a bug.
                out.flush();
                err.println("folio: " + Sanitizer.target(file == null ? "stdin" : file) + ": " + e.getMessage());
                return EXIT_INPUT;
            }
        }
    }

    /**
     * The theme for the presentation: plain without colour; for {@code auto}, the terminal's
     * background is asked for here, before the viewer takes the terminal.
     */
    private Theme theme(Presentation how) throws ThemeException {
        Optional<Path> userFile = themeFile != null ? Optional.of(themeFile) : Themes.userThemeFile(env::get, env.home());
        Theme theme = Themes.load(themeName, userFile, how.color(), () -> {
            long start = System.nanoTime();
            var background = BackgroundDetector.detect(env::get, env.stdoutIsTerminal(), env::askTerminalBackground);
            debug("background " + background + " (" + (System.nanoTime() - start) / 1_000_000 + " ms to find out)");
            return background;
        });
        debug("theme " + theme.name() + userFile.map(f -> " with " + f).orElse(""));
        return theme;
    }

    private ViewRequest viewRequest(Loaded doc, Presentation how, Theme theme, ViewerImages images) {
        String openWith = opener != null ? opener : env.get("FOLIO_OPENER");
        return new ViewRequest(doc.source(), doc.decoded().text(), doc.reader(), theme, debug, openWith,
                width != null ? width : DEFAULT_READING_WIDTH, centred, how.color(), keys, openers, watch, ambiguous(),
                doc.document(), webSession(), webPages, doc.anchor(), doc.notice(), images,
                new Memory(Xdg.of(env::get, env.home()), remember));
    }

    /** {@code --ambiguous-wide} (or the config file's) as the value the layout and the viewer take. */
    private AmbiguousWidth ambiguous() {
        return AmbiguousWidth.wide(ambiguousWide);
    }

    /** Whether the command line gave {@code option} (never on the quick path: it takes only -p and FILE). */
    private boolean given(String option) {
        return !quickArgs && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** Settings from the config file, for everything the command line left unsaid. */
    private void applyConfig(Config config) throws ConfigException {
        if (!given("--width")) {
            config.width().ifPresent(w -> width = w.value());
        }
        if (!given("--color")) {
            config.color().ifPresent(c -> color = When.valueOf(c.value().toUpperCase(Locale.ROOT)));
        }
        if (!given("--hyperlinks")) {
            config.hyperlinks().ifPresent(h -> hyperlinks = When.valueOf(h.value().toUpperCase(Locale.ROOT)));
        }
        if (!given("--ambiguous-wide")) {
            config.ambiguousWide().ifPresent(a -> ambiguousWide = a.value());
        }
        if (!given("--centre")) {
            config.align().ifPresent(a -> centred = a.value() == Config.Align.CENTRE);
        }
        if (!given("--theme") && config.theme().isPresent()) {
            Setting<String> theme = config.theme().get();
            if (Path.of(theme.value()).isAbsolute()) {
                themeFile = Path.of(theme.value()); // a theme file (the reader resolved its path): on top of auto
            } else if (!Themes.isName(theme.value())) { // the same names as --theme
                throw new ConfigException(config.file(), theme.line(), "theme: " + unknownTheme(theme.value()));
            } else {
                themeName = theme.value();
            }
        }
        if (!given("--images")) {
            config.images().ifPresent(i -> imagesMode = i.value());
        }
        config.imageHeight().ifPresent(h -> imageHeight = h.value());
        config.watch().ifPresent(w -> watch = w.value());
        if (!given("--timeout")) {
            config.web().timeout().ifPresent(t -> timeout = t.value());
        }
        config.web().cacheSize().ifPresent(c -> webCacheSize = c.value());
        config.web().pages().ifPresent(p -> webPages = p.value().equals("folio") ? Collaborators.WebPages.FOLIO : Collaborators.WebPages.BROWSER);
        if (!given("--remember")) {
            config.remember().ifPresent(r -> remember = r.value());
        }
        keys = config.keys();
        openers = config.openers();
    }

    /** Prints through the pager ({@code --pager} at a terminal). */
    private int page(Loaded doc, Presentation how, Theme theme) {
        java.io.StringWriter text = new java.io.StringWriter();
        print(doc, how, theme, new PrintWriter(text));
        debug("pager: " + String.join(" ", Pager.argv(env.get("PAGER"))));
        out.flush();
        return Pager.show(env, text.toString(), out, err);
    }

    private int print(Loaded doc, Presentation how, Theme theme, PrintWriter out) {
        // Without colour the tokens would not show: no need to find them.
        CodeHighlighter highlighter = how.color() == ColorDepth.NONE ? CodeHighlighter.NONE : new SyntaxHighlighter();
        LayoutOptions layout = new LayoutOptions(how.width(),
                how.hyperlinks() ? LayoutOptions.LinkNotes.NONE : LayoutOptions.LinkNotes.AFTER_BLOCK, highlighter,
                ambiguous());
        PrintOptions options = new PrintOptions(how.color(),
                how.hyperlinks() ? PrintOptions.Hyperlinks.ON : PrintOptions.Hyperlinks.OFF,
                theme, new LinkTargets(doc.source().path(), doc.source().base()));
        Optional<DocumentImages> images = PrintedImages.of(imagesMode, doc.source().base(), how.color(), env, imageHeight);
        if (images.isPresent()) {
            layout = layout.withImages(images.get());
            options = options.withImages(images.get());
        }
        debug("images when printing: " + (images.isPresent() ? imagesMode : "the text line"));
        PagePrinter printer = new PagePrinter(options);
        if (doc.document() != null) {
            printer.print(Layout.of(doc.document(), layout), out);
        } else {
            pipeline.renderParts(doc.decoded().text(), layout, part -> printer.print(part, out));
        }
        out.flush();
        return EXIT_OK;
    }

    /** A document read and decoded, with where it came from; {@code document} is a web document already parsed. */
    private record Loaded(Source source, Decoded decoded, InputReader reader, Document document, String anchor, String notice) {
        Loaded(Source source, Decoded decoded, InputReader reader) {
            this(source, decoded, reader, null, "", "");
        }
    }

    private Loaded load(InputReader reader) throws InputException {
        Path cwd = env.workingDirectory();
        if (file == null && env.stdinIsTerminal()) {
            try (InputStream guide = FolioCommand.class.getResourceAsStream(GUIDE)) {
                if (guide == null) {
                    throw new InputException("guide", "the built-in guide is missing from this build");
                }
                return new Loaded(Source.stream("guide", guideBase(cwd)), reader.text(guide, "guide"), reader);
            } catch (IOException e) {
                throw new InputException("guide", "cannot be read: " + e.getMessage(), e);
            }
        }
        if (file == null || file.toString().equals("-")) {
            if (env.stdinIsTerminal()) {
                // "folio -" at a terminal: what is typed is the document. Say so, or it looks like a hang.
                err.println("folio: reading standard input: end with Ctrl-D on a new line, Ctrl-C cancels");
                err.flush();
            }
            return new Loaded(Source.stream("stdin", cwd), reader.text(env.stdin(), "stdin"), reader);
        }
        if (WebAddress.isWeb(file)) {
            return loadWeb(reader);
        }
        Path path;
        try {
            // A name with invalid UTF-8 reached Java with U+FFFD in its place: find the file it meant.
            path = dev.folio.input.LossyNames.existing(cwd.resolve(file));
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(file, "not a valid file name");
        }
        if (Files.isDirectory(path)) {
            // A folder: the viewer's library view (its source is the folder itself), or a listing when printing.
            Path dir = path.toAbsolutePath().normalize();
            Path name = dir.getFileName();
            return new Loaded(new Source(dir, name == null ? dir.toString() : name.toString(), dir),
                    new Decoded("", StandardCharsets.UTF_8, Decoded.How.UTF8), reader);
        }
        if (Files.isRegularFile(path)) {
            return new Loaded(Source.file(path), reader.text(path, file), reader);
        }
        return readPipe(reader, path);
    }

    /** A FIFO or {@code <(cmd)}: read like cat does, waiting for the writer, but say so after a second. */
    private Loaded readPipe(InputReader reader, Path path) throws InputException {
        String name = Sanitizer.target(file);
        debug(name + " is not a regular file (a pipe?): reading it to its end");
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "folio wait notice");
            t.setDaemon(true);
            return t;
        });
        timer.schedule(() -> err.println("folio: waiting for " + name + " (a pipe) to be written and closed…"),
                1, java.util.concurrent.TimeUnit.SECONDS);
        try {
            return new Loaded(Source.file(path), reader.text(path, file), reader);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Fetches a web document (through the cache) and makes its document: Markdown parsed, HTML as a reader view. */
    private Loaded loadWeb(InputReader reader) throws InputException {
        URI uri = WebAddress.parse(file);
        WebPage page;
        try {
            page = webSession().open(uri, WebLoader.Mode.NORMAL, Progress.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(file, "cancelled");
        }
        debug(Sanitizer.target(page.url().toString()) + ": " + page.kind().name().toLowerCase(Locale.ROOT)
                + (page.fetched().fromCache() ? " (from the cache)" : ""));
        if (!page.note().isEmpty()) {
            err.println("folio: " + Sanitizer.target(page.url().toString()) + ": " + Sanitizer.visible(page.note()));
        }
        Source source = Source.web(page.url(), env.workingDirectory());
        return new Loaded(source, page.fetched().decoded(), reader, page.document(),
                WebAddress.fragment(page.url()).orElse(""), page.note());
    }

    /** The web client, cache and limits of this run (also for links the viewer follows). */
    private WebSession webSession() {
        if (web == null) {
            web = WebSession.of(userAgent(), new FetchLimits(timeout, maxSize.bytes()), env::get, env.home(), webCacheSize, encoding);
        }
        return web;
    }

    static String userAgent() {
        return "folio/" + Version.current() + " (terminal document reader)";
    }

    private static boolean isFolder(Source source) {
        return source.path() != null && source.path().equals(source.base());
    }

    /** Where the guide's links lead: the samples unpacked from the jar, else (read-only cache) the working directory. */
    private Path guideBase(Path cwd) {
        try {
            return GuideSamples.base(GuideSamples.cacheHome(env));
        } catch (IOException e) {
            debug("the guide's samples cannot be unpacked (" + e.getMessage() + "); its links resolve against " + cwd);
            return cwd;
        }
    }

    private int usageError(ParameterException ex) {
        err.println("folio: " + Sanitizer.visible(String.valueOf(ex.getMessage())));
        if (debug) {
            err.print(CrashLog.safeStackTrace(ex));
        }
        err.println("Try 'folio --help' for more information.");
        return EXIT_USAGE;
    }

    private int crash(Throwable failure, String[] args) {
        if (failure instanceof GuardedOutput.Failure f) {
            return writeError(f);
        }
        err.println(CrashLog.in(env::get, env.home()).report(failure, List.of(args)));
        if (debug) {
            err.print(CrashLog.safeStackTrace(failure));
        }
        return EXIT_INTERNAL;
    }

    private void debug(String message) {
        if (debug) {
            err.println("folio: debug: " + Sanitizer.visible(message));
        }
    }

    /** FILE is the only Path picocli converts: it is kept as typed, and picocli holds a stand-in. */
    private void pathsAsTyped(CommandLine cl) {
        cl.registerConverter(Path.class, value -> {
            file = value;
            return Path.of("");
        });
    }

    /** Encodings offered by shell completion; any name Java knows is accepted. */
    static final class Encodings implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return List.of("UTF-8", "GB18030", "GBK", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "windows-1252",
                    "ISO-8859-1", "UTF-16LE", "UTF-16BE").iterator();
        }
    }

    /** The values of {@code --images}, also offered by shell completion. */
    static final class ImageModes implements Iterable<String> {
        static final List<String> NAMES = List.of("auto", "kitty", "iterm", "sixel", "blocks", "off");

        @Override
        public java.util.Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }

    /** Themes offered by shell completion. */
    static final class ThemeNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Themes.NAMES.iterator();
        }
    }

    /**
     * The Environment section of --help: each variable's text wrapped at spaces within the help's
     * 80 columns, continuation lines indented under the text (picocli would break it anywhere).
     */
    static String[] footer() {
        int column = 2 + ENVIRONMENT.stream().mapToInt(v -> v[0].length()).max().orElse(0) + 2;
        List<String> lines = new java.util.ArrayList<>();
        for (String[] variable : ENVIRONMENT) {
            String name = "  " + variable[0];
            lines.addAll(WordWrap.hanging(name + " ".repeat(column - name.length()), " ".repeat(column),
                    variable[1], HELP_WIDTH));
        }
        // The footer is a format string: a literal % must be doubled.
        return lines.stream().map(l -> l.replace("%", "%%")).toArray(String[]::new);
    }
}
