package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    static final String MIXED = "# Title 标题\n\nCafé “quotes” — 中文与 English, emoji 😀.\n";

    static String seed() throws IOException {
        return Files.readString(dev.folio.testing.Seed.article(), StandardCharsets.UTF_8);
    }

    @Test
    void gb18030CopyOfTheSeedDecodesLikeTheUtf8Original() throws Exception {
        String original = seed();
        byte[] gb = original.getBytes(Charset.forName("GB18030"));

        Decoded decoded = Decoder.decode(gb);

        assertEquals(original, decoded.text());
        assertEquals("GB18030", decoded.charset().name());
    }

    @Test
    void mostlyAsciiGb18030IsNotTakenForWindows1252() throws Exception {
        String text = "# Notes\n\nSee [链接](https://example.com/a/b/c) for details about the project.\n";
        Decoded decoded = Decoder.decode(text.getBytes(Charset.forName("GB18030")));
        assertEquals(text, decoded.text());
        assertEquals(Decoded.How.GB18030_OVER_LATIN1, decoded.how());
    }

    @Test
    void utf8SeedIsReadAsUtf8() throws Exception {
        String original = seed();
        Decoded decoded = Decoder.decode(original.getBytes(StandardCharsets.UTF_8));
        assertEquals(original, decoded.text());
        assertEquals(Decoded.How.UTF8, decoded.how());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
    void byteOrderMarkChoosesTheCharsetAndIsStripped(String name) throws Exception {
        byte[] bytes = ("\uFEFF" + MIXED).getBytes(Charset.forName(name));

        Decoded decoded = Decoder.decode(bytes);

        assertEquals(MIXED, decoded.text());
        assertEquals(Decoded.How.BOM, decoded.how());
        assertEquals(name, decoded.charset().name());
    }

    @Test
    void windows1252TextIsNotTakenForChinese() throws Exception {
        String text = "Grüße aus München! Le café crème était très bon, naïve façade — “quoted” for €5.\n"
                + "Über die Brücke gehen wir später; élève, déjà vu, señor año.\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        Decoded decoded = Decoder.decode(bytes);

        assertEquals(text, decoded.text());
    }

    @Test
    void explicitEncodingOverridesDetection() throws Exception {
        byte[] utf8 = "é".getBytes(StandardCharsets.UTF_8);
        assertEquals("é", Decoder.decode(utf8).text());
        assertEquals("Ã©", Decoder.decode(utf8, Charset.forName("windows-1252")).text());
    }

    @Test
    void utf16WithoutBomIsReadWhenNamed() throws Exception {
        byte[] bytes = MIXED.getBytes(StandardCharsets.UTF_16LE);
        DecodeException refused = assertThrows(DecodeException.class, () -> Decoder.decode(bytes));
        assertTrue(refused.getMessage().contains("--encoding"), refused.getMessage());
        assertEquals(MIXED, Decoder.decode(bytes, StandardCharsets.UTF_16LE).text());
    }

    @Test
    void emptyInputAndLoneBomAreEmptyText() throws Exception {
        assertEquals("", Decoder.decode(new byte[0]).text());
        assertEquals("", Decoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).text());
        assertEquals("", Decoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE}).text());
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        DecodeException e = assertThrows(DecodeException.class, () -> Decoder.decode(png));
        assertEquals("a PNG image, not text: open it in an image viewer", e.getMessage());
    }

    @Test
    void aBinaryFileIsCalledWhatItIsAndUtf16IsSuggestedOnlyForUtf16() throws Exception {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        assertEquals("a program (ELF executable), not text", assertThrows(DecodeException.class, () -> Decoder.decode(elf)).getMessage());
        byte[] pdf = "%PDF-1.7\n\u0000\u0000stream".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("a PDF document, not text", assertThrows(DecodeException.class, () -> Decoder.decode(pdf)).getMessage());
        byte[] utf16 = "# Title\n\nSome text in UTF-16.\n".getBytes(StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(DecodeException.class, () -> Decoder.decode(utf16)).getMessage().contains("--encoding UTF-16LE"));
        byte[] other = {1, 2, 3, 0, 0, 0, 7, 9, 0, 0, 0, 0, 5, 5, 5, 5};
        assertEquals("a binary file, not text", assertThrows(DecodeException.class, () -> Decoder.decode(other)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"# 短\n\n你好\n", "中文", "测试", "谢谢你的帮助", "# 注意\n\n请先安装。\n", "你好，世界"})
    void shortChineseInGb18030IsNotTakenForThaiOrCyrillic(String text) throws Exception {
        Decoded decoded = Decoder.decode(text.getBytes(Charset.forName("GB18030")));
        assertEquals(text, decoded.text());
        assertEquals("GB18030", decoded.charset().name());
    }

    @ParameterizedTest
    @CsvSource({"สวัสดี, TIS-620", "ขอบคุณ, TIS-620", "ไทย, TIS-620", "привет, KOI8-R", "спасибо, windows-1251", "Привет мир, windows-1251"})
    void shortThaiAndRussianStayWhatTheyAre(String text, String charset) throws Exception {
        assertEquals(text, Decoder.decode(text.getBytes(Charset.forName(charset))).text());
    }

    @Test
    void mostlyUndecodableBytesMeanBinary() {
        byte[] junk = new byte[4096];
        for (int i = 0; i < junk.length; i++) {
            junk[i] = (byte) (1 + (i * 37) % 255);
        }
        DecodeException e = assertThrows(DecodeException.class, () -> Decoder.decode(junk));
        assertTrue(e.getMessage().contains("mostly undecodable"), e.getMessage());
    }

    @Test
    void aReplacementCharacterInTheTextIsStillValidUtf8() throws Exception {
        Decoded decoded = Decoder.decode("caf\u00e9 \uFFFD 中".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Decoded.How.UTF8, decoded.how());
        assertEquals("caf\u00e9 \uFFFD 中", decoded.text());
    }

    @Test
    void oneMalformedSequenceMeansNotUtf8() throws Exception {
        byte[] latin1 = "caf\u00e9 au lait, d\u00e9j\u00e0 vu".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Decoded decoded = Decoder.decode(latin1);
        assertNotEquals(Decoded.How.UTF8, decoded.how());
        assertEquals("caf\u00e9 au lait, d\u00e9j\u00e0 vu", decoded.text());
    }

    @Test
    void controlCharactersInValidUtf8AreTextNotBinary() throws Exception {
        String hostile = "\u001b]0;title\u0007\u001b[2J\u0001\u0002\u0003 text\n";
        assertEquals(hostile, Decoder.decode(hostile.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void unknownEncodingNameIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decoder.charset("no-such-charset"));
        assertEquals("unknown encoding 'no-such-charset'", e.getMessage());
    }
}
