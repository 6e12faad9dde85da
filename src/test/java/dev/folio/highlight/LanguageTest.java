package dev.folio.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "sh, SHELL", "zsh, SHELL", "bash, SHELL", "shell, SHELL", "console, SHELL",
        "js, JAVASCRIPT", "jsx, JAVASCRIPT", "ts, TYPESCRIPT", "tsx, TYPESCRIPT",
        "py, PYTHON", "python3, PYTHON", "yml, YAML", "c++, CPP", "cc, CPP", "hpp, CPP", "h, C",
        "rb, RUBY", "rs, RUST", "kt, KOTLIN", "kts, KOTLIN", "cs, CSHARP", "c#, CSHARP",
        "ps1, POWERSHELL", "pwsh, POWERSHELL", "md, MARKDOWN", "patch, DIFF", "htm, HTML", "xhtml, HTML",
        "jsonc, JSON_WITH_COMMENTS", "json, JSON", "golang, GO", "toml, TOML", "ini, INI", "dockerfile, DOCKERFILE",
        "makefile, MAKEFILE", "mk, MAKEFILE", "lua, LUA", "perl, PERL", "pl, PERL", "sql, SQL", "css, CSS",
        "xml, XML", "svg, XML", "scala, SCALA", "php, PHP", "java, JAVA",
        // spellings around the name
        "Python, PYTHON", "JSON, JSON", "{.python}, PYTHON", ".rb, RUBY", "language-go, GO", "'rust,', RUST",
        // file names
        "main.py, PYTHON", "src/lib.rs, RUST", "Dockerfile, DOCKERFILE", "Makefile, MAKEFILE", "app/Makefile, MAKEFILE",
    })
    void namesAndAliasesFindTheirLanguage(String name, Language expected) {
        assertEquals(Optional.of(expected), Language.find(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "text", "txt", "plain", "mermaid", "x.unknown", "a/b", "."})
    void otherNamesFindNothing(String name) {
        assertEquals(Optional.empty(), Language.find(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "kotlin", "scala", "python", "javascript", "typescript", "go", "rust", "c", "cpp",
        "csharp", "php", "ruby", "shell", "bash", "powershell", "json", "yaml", "toml", "ini", "sql", "html", "xml",
        "css", "markdown", "diff", "dockerfile", "makefile", "lua", "perl"})
    void everyLanguageTheIssueNamesIsKnown(String name) {
        assertEquals(true, Language.find(name).isPresent(), name);
    }
}
