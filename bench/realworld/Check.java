import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.markdown.MarkdownParser;
import dev.folio.text.Width;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs folio over the extracted corpus at 40, 80 and 120 columns and checks what issue 15 asks:
 * exit 0, no line wider than the width, no raw {#, !!!, :::, <td>, ]link[ outside code, and no
 * word or CJK bigram of `pandoc -t plain` missing from folio's page. Run by bench/realworld/run.sh.
 */
public class Check {
    static final int[] WIDTHS = {40, 80, 120};
    static final Pattern RAW = Pattern.compile("\\{#|!!!|:::|<td|\\][A-Za-z0-9_-]+\\[");
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'’_-]*");
    static final Pattern MATH = Pattern.compile("\\$\\$[\\s\\S]*?\\$\\$|\\$[^$\\n]+\\$|```math[\\s\\S]*?```");
    static final Pattern TEX = Pattern.compile("\\\\(?:begin\\{|end\\{)?([A-Za-z]+)");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path docs = Path.of(args[1]);
        boolean quick = args.length > 2 && args[2].equals("--quick"); // in-process only: no program runs
        List<Path> files;
        try (Stream<Path> s = Files.list(docs)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int failures = 0;
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            List<String> problems = new ArrayList<>();
            String plain = pandoc(file);
            for (int width : WIDTHS) {
                if (!quick) {
                    problems.addAll(run(jar, file, width));
                }
                Page page = Layout.of(new MarkdownParser().parse(source), LayoutOptions.of(width));
                problems.addAll(wide(page, width));
                problems.addAll(raw(page, width));
                problems.addAll(lost(plain, source, page, width));
            }
            System.out.println((problems.isEmpty() ? "ok   " : "FAIL ") + file.getFileName());
            for (String p : problems) {
                System.out.println("       " + p);
            }
            failures += problems.isEmpty() ? 0 : 1;
        }
        System.out.println(files.size() + " documents, " + failures + " with problems");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Exit code and line widths of the real program, printing plain. */
    static List<String> run(Path jar, Path file, int width) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "--color=never", "-w", String.valueOf(width), file.toString())
                .redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            problems.add("w" + width + ": timed out");
            return problems;
        }
        if (p.exitValue() != 0) {
            problems.add("w" + width + ": exit " + p.exitValue() + " " + err.strip());
        }
        int n = 0;
        for (String line : new String(out, StandardCharsets.UTF_8).split("\n", -1)) {
            n++;
            if (Width.of(line) > width) {
                problems.add("w" + width + ": line " + n + " is " + Width.of(line) + " wide: " + line);
            }
        }
        return problems;
    }

    /** The width invariant on the page itself (the program's output is checked by run). */
    static List<String> wide(Page page, int width) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Line line : page.lines()) {
            n++;
            if (Width.of(line.text()) > width) {
                problems.add("w" + width + ": page line " + n + " is " + Width.of(line.text()) + " wide");
            }
        }
        return problems;
    }

    static String pandoc(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pandoc", "-f", "markdown+emoji", "-t", "plain", "--wrap=none", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String plain = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return plain;
    }

    static boolean isCode(Role r) {
        return r == Role.CODE || r == Role.CODE_BLOCK || r.name().startsWith("CODE_") || r == Role.MATH;
    }

    /** Markup left raw outside code. */
    static List<String> raw(Page page, int width) {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Line line : page.lines()) {
            n++;
            StringBuilder text = new StringBuilder();
            for (Span s : line.spans()) {
                // Code and front matter values are the author's own text, shown as written.
                text.append(isCode(s.role()) || s.role() == Role.META_VALUE ? " " : s.text());
            }
            Matcher m = RAW.matcher(text);
            if (m.find()) {
                problems.add("w" + width + ": raw " + m.group() + " on line " + n + ": " + line.text());
            }
        }
        return problems;
    }

    /** Words and CJK bigrams of pandoc's plain text that the page does not show. */
    static List<String> lost(String plain, String source, Page page, int width) {
        StringBuilder shown = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (Line line : page.lines()) {
            shown.append(line.text()).append('\n');
            for (Span sp : line.spans()) {
                if (!sp.role().isDecoration()) {
                    joined.append(sp.text()); // what a wrapped word reads as: no bars, indents or ↪ between its halves
                }
            }
        }
        String all = normal(shown.toString());
        String glued = normal(joined.toString()).replace(" ", "");
        Set<String> tex = new java.util.HashSet<>(Set.of("begin", "end"));
        Matcher t = TEX.matcher(source);
        while (t.find()) {
            tex.add(t.group(1).toLowerCase(Locale.ROOT));
        }
        // pandoc prints math as its TeX; folio shows it readable (x^2 as x²): TeX words are not lost text.
        Matcher math = MATH.matcher(source);
        while (math.find()) {
            tex.addAll(units(normal(math.group())));
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String unit : units(normal(plain))) {
            if (tex.contains(unit)) {
                continue; // TeX command names are shown as their symbols
            }
            if (!all.contains(unit) && !glued.contains(unit.replace(" ", ""))) {
                missing.add(unit);
            }
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("w" + width + ": lost against pandoc (" + missing.size() + "): " + String.join(" ", missing.stream().limit(40).toList()));
        }
        return problems;
    }

    /** Lower case, typographic apostrophes and quotes as typed (pandoc makes them smart). */
    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }

    /** Lower-case words of two or more characters outside CJK, and bigrams of Han and kana. */
    static Set<String> units(String text) {
        Set<String> out = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = TOKEN.matcher(lower);
        while (m.find()) {
            String w = m.group();
            StringBuilder run = new StringBuilder();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                i += Character.charCount(cp);
                if (isCjk(cp)) {
                    run.appendCodePoint(cp);
                    addWord(word, out); // "ls と ls" are two words, not "lsls"
                } else {
                    flushCjk(run, out);
                    word.appendCodePoint(cp);
                }
            }
            flushCjk(run, out);
            addWord(word, out);
        }
        return out;
    }

    static void addWord(StringBuilder word, Set<String> out) {
        String plain = word.toString().replaceAll("^[-_'’]+|[-_'’]+$", "");
        if (plain.codePointCount(0, plain.length()) >= 2) {
            out.add(plain);
        }
        word.setLength(0);
    }

    static void flushCjk(StringBuilder run, Set<String> out) {
        String r = run.toString();
        int[] cps = r.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        run.setLength(0);
    }

    static boolean isCjk(int cp) {
        if ((cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF)) {
            return true; // kana, CJK punctuation, the prolonged sound mark, fullwidth forms
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }
}
