package dev.folio.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fife.ui.rsyntaxtextarea.SyntaxConstants;

/**
 * The languages folio highlights, each with the names a code block's info string may use for it
 * ({@code sh}, {@code zsh}, {@code js}, {@code c++} …) and the RSyntaxTextArea style that
 * tokenizes it. {@link #DIFF} has no RSyntaxTextArea style: {@link DiffTokens} reads it.
 */
enum Language {
    JAVA(SyntaxConstants.SYNTAX_STYLE_JAVA, "java", "jav"),
    KOTLIN(SyntaxConstants.SYNTAX_STYLE_KOTLIN, "kotlin", "kt", "kts"),
    SCALA(SyntaxConstants.SYNTAX_STYLE_SCALA, "scala", "sc", "sbt"),
    GROOVY(SyntaxConstants.SYNTAX_STYLE_GROOVY, "groovy", "gradle", "gvy"),
    PYTHON(SyntaxConstants.SYNTAX_STYLE_PYTHON, "python", "py", "python3", "py3", "python2", "pyw", "pyi", "gyp"),
    JAVASCRIPT(SyntaxConstants.SYNTAX_STYLE_JAVASCRIPT, "javascript", "js", "mjs", "cjs", "jsx", "node", "ecmascript"),
    TYPESCRIPT(SyntaxConstants.SYNTAX_STYLE_TYPESCRIPT, "typescript", "ts", "tsx", "mts", "cts"),
    GO(SyntaxConstants.SYNTAX_STYLE_GO, "go", "golang"),
    RUST(SyntaxConstants.SYNTAX_STYLE_RUST, "rust", "rs"),
    C(SyntaxConstants.SYNTAX_STYLE_C, "c", "h"),
    CPP(SyntaxConstants.SYNTAX_STYLE_CPLUSPLUS, "cpp", "c++", "cc", "cxx", "hpp", "hh", "hxx", "h++", "ino"),
    CSHARP(SyntaxConstants.SYNTAX_STYLE_CSHARP, "csharp", "cs", "c#"),
    D(SyntaxConstants.SYNTAX_STYLE_D, "d"),
    DART(SyntaxConstants.SYNTAX_STYLE_DART, "dart"),
    PHP(SyntaxConstants.SYNTAX_STYLE_PHP, "php", "php3", "php4", "php5", "php7", "php8", "phtml"),
    RUBY(SyntaxConstants.SYNTAX_STYLE_RUBY, "ruby", "rb", "gemspec", "rake", "gemfile", "rakefile", "jruby"),
    PERL(SyntaxConstants.SYNTAX_STYLE_PERL, "perl", "pl", "pm", "perl5"),
    LUA(SyntaxConstants.SYNTAX_STYLE_LUA, "lua"),
    SHELL(SyntaxConstants.SYNTAX_STYLE_UNIX_SHELL, "shell", "sh", "bash", "zsh", "ksh", "dash", "fish", "console",
            "shellscript", "shell-script", "shell-session", "bash-session", "terminal", "ebuild", "bashrc", "zshrc"),
    POWERSHELL(SyntaxConstants.SYNTAX_STYLE_POWERSHELL, "powershell", "ps1", "psm1", "psd1", "pwsh", "posh", "ps"),
    BATCH(SyntaxConstants.SYNTAX_STYLE_WINDOWS_BATCH, "batch", "bat", "cmd", "dosbatch", "winbatch"),
    JSON(SyntaxConstants.SYNTAX_STYLE_JSON, "json", "geojson", "webmanifest", "ipynb"),
    JSON_WITH_COMMENTS(SyntaxConstants.SYNTAX_STYLE_JSON_WITH_COMMENTS, "jsonc", "json5", "jshintrc", "eslintrc",
            "babelrc", "tsconfig"),
    YAML(SyntaxConstants.SYNTAX_STYLE_YAML, "yaml", "yml"),
    /** TOML's tables, keys, strings and comments read well with the INI tokenizer. */
    TOML(SyntaxConstants.SYNTAX_STYLE_INI, "toml"),
    INI(SyntaxConstants.SYNTAX_STYLE_INI, "ini", "cfg", "conf", "config", "editorconfig", "gitconfig", "desktop",
            "systemd", "service", "dosini"),
    PROPERTIES(SyntaxConstants.SYNTAX_STYLE_PROPERTIES_FILE, "properties", "props", "jproperties"),
    ENV(SyntaxConstants.SYNTAX_STYLE_ENV, "env", "dotenv"),
    SQL(SyntaxConstants.SYNTAX_STYLE_SQL, "sql", "mysql", "postgresql", "postgres", "psql", "pgsql", "plsql",
            "sqlite", "tsql", "mssql", "hql"),
    HTML(SyntaxConstants.SYNTAX_STYLE_HTML, "html", "htm", "xhtml", "html5", "vue", "svelte"),
    XML(SyntaxConstants.SYNTAX_STYLE_XML, "xml", "svg", "xsd", "xsl", "xslt", "plist", "rss", "atom", "pom", "csproj",
            "xaml", "wsdl", "xul", "rdf"),
    CSS(SyntaxConstants.SYNTAX_STYLE_CSS, "css", "scss", "sass", "postcss"),
    LESS(SyntaxConstants.SYNTAX_STYLE_LESS, "less"),
    MARKDOWN(SyntaxConstants.SYNTAX_STYLE_MARKDOWN, "markdown", "md", "mkd", "mkdn", "mdown", "gfm", "commonmark", "rmd"),
    LATEX(SyntaxConstants.SYNTAX_STYLE_LATEX, "latex", "tex", "sty", "cls", "bibtex"),
    DIFF(null, "diff", "patch", "udiff", "rej"),
    DOCKERFILE(SyntaxConstants.SYNTAX_STYLE_DOCKERFILE, "dockerfile", "docker", "containerfile"),
    MAKEFILE(SyntaxConstants.SYNTAX_STYLE_MAKEFILE, "makefile", "make", "mk", "mak", "gnumakefile", "bsdmake"),
    CLOJURE(SyntaxConstants.SYNTAX_STYLE_CLOJURE, "clojure", "clj", "cljs", "cljc", "edn"),
    LISP(SyntaxConstants.SYNTAX_STYLE_LISP, "lisp", "elisp", "emacs-lisp", "el", "scheme", "scm", "racket", "rkt",
            "common-lisp"),
    TCL(SyntaxConstants.SYNTAX_STYLE_TCL, "tcl", "tk"),
    FORTRAN(SyntaxConstants.SYNTAX_STYLE_FORTRAN, "fortran", "f", "f77", "f90", "f95", "for"),
    DELPHI(SyntaxConstants.SYNTAX_STYLE_DELPHI, "delphi", "pascal", "pas", "dpr", "objectpascal"),
    VISUAL_BASIC(SyntaxConstants.SYNTAX_STYLE_VISUAL_BASIC, "vb", "vbnet", "vb.net", "visualbasic", "vbs", "vbscript"),
    PROTO(SyntaxConstants.SYNTAX_STYLE_PROTO, "proto", "protobuf", "proto3"),
    ASSEMBLY(SyntaxConstants.SYNTAX_STYLE_ASSEMBLER_X86, "asm", "x86asm", "nasm", "masm", "assembly", "gas"),
    ACTIONSCRIPT(SyntaxConstants.SYNTAX_STYLE_ACTIONSCRIPT, "actionscript", "as", "actionscript3", "as3"),
    JSP(SyntaxConstants.SYNTAX_STYLE_JSP, "jsp"),
    HANDLEBARS(SyntaxConstants.SYNTAX_STYLE_HANDLEBARS, "handlebars", "hbs", "mustache"),
    VHDL(SyntaxConstants.SYNTAX_STYLE_VHDL, "vhdl", "vhd"),
    DTD(SyntaxConstants.SYNTAX_STYLE_DTD, "dtd"),
    NSIS(SyntaxConstants.SYNTAX_STYLE_NSIS, "nsis", "nsi", "nsh"),
    SAS(SyntaxConstants.SYNTAX_STYLE_SAS, "sas"),
    HTACCESS(SyntaxConstants.SYNTAX_STYLE_HTACCESS, "htaccess", "apacheconf", "apache"),
    HOSTS(SyntaxConstants.SYNTAX_STYLE_HOSTS, "hosts"),
    CSV(SyntaxConstants.SYNTAX_STYLE_CSV, "csv");

    private static final Map<String, Language> BY_NAME = new HashMap<>();

    static {
        for (Language language : values()) {
            for (String name : language.names) {
                if (BY_NAME.put(name, language) != null) {
                    throw new ExceptionInInitializerError("two languages are called " + name);
                }
            }
        }
    }

    private final String style;
    private final String[] names;

    Language(String style, String... names) {
        this.style = style;
        this.names = names;
    }

    /** The RSyntaxTextArea style ({@code text/java}), or null for {@link #DIFF}. */
    String style() {
        return style;
    }

    /**
     * The language a code block names, in any of the usual spellings: {@code Python},
     * {@code {.python}}, {@code language-python}, or a file name such as {@code main.py} or
     * {@code Dockerfile}. Empty for a name folio does not know.
     */
    static Optional<Language> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        n = strip(n, "{", "}");
        n = n.startsWith(".") ? n.substring(1) : n;
        n = n.startsWith("language-") ? n.substring("language-".length()) : n;
        n = n.endsWith(",") ? n.substring(0, n.length() - 1) : n;
        Language direct = BY_NAME.get(n);
        if (direct != null) {
            return Optional.of(direct);
        }
        int slash = n.lastIndexOf('/');
        String file = n.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        if (dot >= 0 && dot < file.length() - 1) {
            return Optional.ofNullable(BY_NAME.get(file.substring(dot + 1)));
        }
        return Optional.ofNullable(slash >= 0 ? BY_NAME.get(file) : null);
    }

    private static String strip(String s, String open, String close) {
        if (s.startsWith(open) && s.endsWith(close) && s.length() >= 2) {
            return s.substring(1, s.length() - 1).strip();
        }
        return s;
    }
}
