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
import dev.folio.input.GrowingInput;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code folio} command: reads one document (a file, stdin, or the built-in guide) and shows
 * it in the full-screen viewer or prints it. Output goes to the writers it is given, and the
 * world is seen through an {@link Environment}, so tests run it like a user would.
 */
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

    /** The model of the command line this run parsed (set in {@link #execute}). */
    private CommandSpec spec;

    /** FILE as typed (see {@link CommandModel}). */
    private String file;

    private boolean print;

    private Integer width;

    private When color = When.AUTO;

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

    private boolean ambiguousWide;

    private String opener;

    private boolean centred;

    private boolean pager;

    /** {@code --images}: auto, kitty, iterm, sixel, blocks or off. */
    private String imagesMode = "auto";
    /** The most of the screen one image may take in the viewer, in per cent. */
    private int imageHeight = DEFAULT_IMAGE_HEIGHT;
    static final int DEFAULT_IMAGE_HEIGHT = 50;

    void setImages(String mode) {
        String m = mode.strip().toLowerCase(Locale.ROOT);
        if (!ImageModes.NAMES.contains(m)) {
            throw new ParameterException(spec.commandLine(), "--images must be " + String.join(", ", ImageModes.NAMES)
                    + ", not '" + mode + "'");
        }
        imagesMode = m;
    }

    private String search;

    private boolean configPath;

    private boolean remember = true;

    /** {@code --wrap-code}: the viewer wraps code wider than the column instead of scrolling it sideways. */
    private boolean wrapCode;

    /** The source view ({@code v}) numbers its lines (the config file can turn it off). */
    private boolean lineNumbers = true;

    /** The viewer reloads the document when its file changes (the config file can turn it off). */
    private boolean watch = true;
    private KeyMap keys = KeyMap.defaults();
    private Map<OpenerKind, String> openers = Map.of();

    private boolean debug;

    private boolean generateManPage;

    private boolean generateCompletion;

    private boolean rehearseViewer;

    /** The viewer's reading column is at most this wide unless -w says otherwise. */
    static final int DEFAULT_READING_WIDTH = 100;

    private final Environment env;
    private final Pipeline pipeline;
    private final Supplier<Optional<ViewerLauncher>> viewers;
    private PrintWriter out;
    private PrintWriter err;
    private final PhaseClock clock = new PhaseClock();
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
            spec = CommandModel.of(this);
            CommandLine cl = new CommandLine(spec);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            try {
                cl.parseArgs(args);
            } catch (ParameterException e) {
                return usageError(e);
            }
            // picocli prints a stack trace for a failed write of its help: it writes here, copied after.
            java.io.StringWriter help = new java.io.StringWriter();
            cl.setOut(new PrintWriter(help));
            if (CommandLine.printHelpIfRequested(cl.getParseResult())) {
                out.print(help);
                return finish(EXIT_OK);
            }
            return finish(call());
        } catch (GuardedOutput.Failure f) {
            return writeError(f);
        } catch (Throwable t) {
            // Whatever went wrong beyond the input and the output (StackOverflowError, OutOfMemoryError too) is a bug.
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

    void setWidth(int n) {
        if (n < 1 || n > MAX_WIDTH) {
            throw new ParameterException(spec.commandLine(), "--width must be between 1 and " + MAX_WIDTH + ", not " + n);
        }
        width = n;
    }

    void setEncoding(String name) {
        try {
            encoding = Decoder.charset(name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--encoding: " + e.getMessage());
        }
    }

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

    void setTimeout(String value) {
        try {
            timeout = WebTimeout.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--timeout: " + e.getMessage());
        }
    }

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

    // Where CommandModel puts what the command line says (the options with checks have theirs above).
    void setFile(String value) { file = value; }
    void setPrint(boolean value) { print = value; }
    void setColor(When value) { color = value; }
    void setHyperlinks(When value) { hyperlinks = value; }
    void setAmbiguousWide(boolean value) { ambiguousWide = value; }
    void setDebug(boolean value) { debug = value; }
    void setOpener(String value) { opener = value; }
    void setCentred(boolean value) { centred = value; }
    void setPager(boolean value) { pager = value; }
    void setConfigPath(boolean value) { configPath = value; }
    void setSearch(String value) { search = value; }
    void setRemember(boolean value) { remember = value; }
    void setWrapCode(boolean value) { wrapCode = value; }
    void setGenerateManPage(boolean value) { generateManPage = value; }
    void setGenerateCompletion(boolean value) { generateCompletion = value; }
    void setRehearseViewer(boolean value) { rehearseViewer = value; }

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
        clock.mark("arguments");
        try {
            debug("config file: " + configFile + (Files.exists(configFile) ? "" : " (none)"));
            applyConfig(config.get());
            clock.mark("config");
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
                clock.mark("read");
                boolean paging = pager && env.stdoutIsTerminal();
                Presentation how = Presentation.decide(print || paging, width, color, hyperlinks, env);
                // The viewer's document is parsed while the terminal is asked about itself and set up.
                FirstPart firstPart = how.viewer() && doc.document() == null && doc.stream() == null && !isFolder(doc.source())
                        ? FirstPart.parsing(doc.decoded().text()) : null;
                Theme theme = theme(how);
                clock.mark("theme");
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
                            clock.mark("images");
                            debug("time before the viewer: " + clock.summary());
                            return viewer.get().view(viewRequest(doc, how, theme, images, firstPart));
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
                clock.mark(paging ? "paged" : "parsed, laid out and printed");
                debug("time: " + clock.summary());
                if (rehearseViewer && viewers.get().isPresent()) {
                    viewers.get().get().rehearse(viewRequest(doc, how, theme, ViewerImages.OFF, null));
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

    private ViewRequest viewRequest(Loaded doc, Presentation how, Theme theme, ViewerImages images, FirstPart firstPart) {
        String openWith = opener != null ? opener : env.get("FOLIO_OPENER");
        return new ViewRequest(doc.source(), doc.decoded().text(), doc.reader(), theme, debug, openWith,
                width != null ? width : DEFAULT_READING_WIDTH, centred, how.color(), keys, openers, watch, ambiguous(),
                doc.document(), webSession(), webPages, doc.anchor(), doc.notice(), images,
                new Memory(Xdg.of(env::get, env.home()), remember), firstPart, doc.stream(), wrapCode, lineNumbers);
    }

    /** {@code --ambiguous-wide} (or the config file's) as the value the layout and the viewer take. */
    private AmbiguousWidth ambiguous() {
        return AmbiguousWidth.wide(ambiguousWide);
    }

    /** Whether the command line gave {@code option}. */
    private boolean given(String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
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
        if (!given("--wrap-code")) {
            config.wrapCode().ifPresent(w -> wrapCode = w.value());
        }
        config.lineNumbers().ifPresent(n -> lineNumbers = n.value());
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
    private int page(Loaded doc, Presentation how, Theme theme) throws InputException {
        java.io.StringWriter text = new java.io.StringWriter();
        print(doc, how, theme, new PrintWriter(text));
        debug("pager: " + String.join(" ", Pager.argv(env.get("PAGER"))));
        out.flush();
        return Pager.show(env, text.toString(), out, err);
    }

    private int print(Loaded doc, Presentation how, Theme theme, PrintWriter out) throws InputException {
        // Without colour the tokens would not show: no need to find them.
        CodeHighlighter highlighter = how.color() == ColorDepth.NONE ? CodeHighlighter.NONE : new SyntaxHighlighter();
        LayoutOptions layout = new LayoutOptions(how.width(),
                how.hyperlinks() ? LayoutOptions.LinkNotes.NONE : LayoutOptions.LinkNotes.AFTER_BLOCK, highlighter,
                ambiguous());
        if (doc.source().path() != null && doc.source().base() != null) {
            layout = layout.withWiki(dev.folio.viewer.WikiLookup.beside(doc.source().base(), dev.folio.open.LinkResolver.system()));
        }
        PrintOptions options = new PrintOptions(how.color(),
                how.hyperlinks() ? PrintOptions.Hyperlinks.ON : PrintOptions.Hyperlinks.OFF,
                theme, new LinkTargets(doc.source().path(), doc.source().base()));
        dev.folio.image.RemoteCopies remote = dev.folio.image.RemoteCopies.NONE;
        if (doc.document() != null && doc.source().isWeb() && !imagesMode.equals("auto") && !imagesMode.equals("off")) {
            // A web document printed with its pictures: they come through the same client, cache and limits.
            FetchedImages fetched = new FetchedImages(webSession());
            try {
                fetched.fetchAll(doc.document());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            remote = fetched;
        }
        Optional<DocumentImages> images = PrintedImages.of(imagesMode, doc.source().base(), how.color(), env, imageHeight, remote);
        if (images.isPresent()) {
            layout = layout.withImages(images.get());
            options = options.withImages(images.get());
        }
        debug("images when printing: " + (images.isPresent() ? imagesMode : "the text line"));
        PagePrinter printer = new PagePrinter(options);
        if (doc.document() != null) {
            printer.print(Layout.of(doc.document(), layout), out);
        } else if (doc.stream() != null) {
            new StreamPrinter(doc.stream(), doc.reader(), layout, page -> printer.print(page, out), out::flush).print();
        } else {
            pipeline.renderParts(doc.decoded().text(), layout, part -> printer.print(part, out));
        }
        out.flush();
        return EXIT_OK;
    }

    /** A document read and decoded, with where it came from; {@code document} is a web document already parsed. */
    /** {@code stream}: stdin still being written (what arrived so far is {@code decoded}), or null. */
    private record Loaded(Source source, Decoded decoded, InputReader reader, Document document, String anchor, String notice,
                          GrowingInput stream) {
        Loaded(Source source, Decoded decoded, InputReader reader) {
            this(source, decoded, reader, null, "", "", null);
        }

        Loaded(Source source, Decoded decoded, InputReader reader, Document document, String anchor, String notice) {
            this(source, decoded, reader, document, anchor, notice, null);
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
            return env.stdinIsTerminal() ? new Loaded(Source.stream("stdin", cwd), reader.text(env.stdin(), "stdin"), reader)
                    : stdin(reader, cwd);
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
            try {
                return new Loaded(Source.file(path), reader.text(path, file), reader);
            } catch (InputException e) {
                if (e.image() == null || !willView()) {
                    throw e;
                }
                // An image is no text, but at a terminal it need not be a dead end.
                String name = path.getFileName().toString();
                return new Loaded(Source.file(path), new Decoded("", StandardCharsets.UTF_8, Decoded.How.UTF8), reader,
                        ImageDocument.of(name, e.image()), "", ImageDocument.notice(Sanitizer.target(name), e.image()));
            }
        }
        return readPipe(reader, path);
    }

    /**
     * Stdin from a pipe or a file. Written at once (a file, {@code cat x.md |}), it is read whole as
     * before; still being written after a moment ({@code llm … |}, {@code tail -f … |}), it is
     * shown as it arrives: the viewer follows it, print mode prints each block once complete.
     */
    private Loaded stdin(InputReader reader, Path cwd) throws InputException {
        GrowingInput input = GrowingInput.start(env.stdin(), "stdin", reader.maxSize());
        try {
            boolean whole = input.endsWithin(STREAM_WAIT_MILLIS) || pager;
            GrowingInput.Snapshot sofar = whole ? input.awaitEnd() : input.await(-1, 0);
            if (!whole && sofar.bytes().length > FAST_WRITER_BYTES) {
                // A file being copied in (cat big.md |), not a writer thinking: read it whole, in parts, as a file.
                debug("stdin is a fast writer (" + sofar.bytes().length + " bytes at once): reading it to its end");
                whole = true;
                sofar = input.awaitEnd();
            }
            if (sofar.failure() != null) {
                throw sofar.failure();
            }
            Source source = Source.stream("stdin", cwd);
            if (whole) {
                return new Loaded(source, reader.decode(sofar.bytes(), "stdin"), reader);
            }
            debug("stdin is still being written: showing it as it arrives");
            return new Loaded(source, reader.decode(sofar.whole(), "stdin"), reader, null, "", "", input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("stdin", "interrupted while reading");
        }
    }

    /** How long stdin may take to end before it is treated as a stream still being written. */
    static final long STREAM_WAIT_MILLIS = 300;
    /**
     * More than this in that time is a file copied in, not a stream to follow: it is read to its
     * end and shown as a file is (a long stream is parsed whole at every step, a file in parts).
     */
    static final int FAST_WRITER_BYTES = 1 << 20;

    /** Whether this run shows the document in the viewer (not printing, not paging, at a terminal). */
    private boolean willView() {
        return !print && !pager && env.stdoutIsTerminal() && viewers.get().isPresent();
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
        // Printing at a terminal, a slow fetch says how it goes (the viewer has its status line).
        FetchProgressLine line = env.stderrIsTerminal() ? FetchProgressLine.onStderr(err, uri.toString()) : null;
        try {
            page = webSession().open(uri, WebLoader.Mode.NORMAL, line != null ? line : Progress.NONE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(file, "cancelled");
        } finally {
            if (line != null) {
                line.clear();
            }
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
