package dev.folio.tui;

import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.folio.viewer.Key;
import dev.folio.viewer.Key.Kind;
import dev.folio.viewer.Msg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Bytes as a terminal sends them, through Lanterna's decoder and the translator. */
class KeyTranslatorTest {
    private static List<Msg> translate(String bytes) throws IOException {
        InputDecoder decoder = new InputDecoder(new InputStreamReader(
                new ByteArrayInputStream(bytes.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
        decoder.addProfile(new DefaultKeyDecodingProfile());
        decoder.addProfile(TtyTerminal.EXTRA_KEYS);
        KeyTranslator translator = new KeyTranslator();
        List<Msg> messages = new ArrayList<>();
        KeyStroke stroke;
        while ((stroke = decoder.getNextCharacter(false)) != null && stroke.getKeyType() != KeyType.EOF) {
            translator.translate(stroke).ifPresent(messages::add);
        }
        return messages;
    }

    private static Key key(Kind kind, boolean ctrl, boolean alt, boolean shift) {
        return new Key(kind, 0, ctrl, alt, shift);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("j", Key.ch('j')),
                Arguments.of("G", Key.ch('G')),
                Arguments.of("é", Key.ch('é')),
                Arguments.of("中", Key.ch('中')),
                Arguments.of("😄", Key.ch(0x1F604)),
                Arguments.of("\n", Key.of(Kind.ENTER)),
                Arguments.of("\r", Key.of(Kind.ENTER)),
                Arguments.of("\u001b", Key.of(Kind.ESCAPE)),
                Arguments.of("\u007f", Key.of(Kind.BACKSPACE)),
                Arguments.of("\b", Key.of(Kind.BACKSPACE)),
                Arguments.of("\t", Key.of(Kind.TAB)),
                Arguments.of("\u001b[Z", Key.of(Kind.BACK_TAB)),
                Arguments.of("\u001b[A", Key.of(Kind.UP)),
                Arguments.of("\u001b[B", Key.of(Kind.DOWN)),
                Arguments.of("\u001b[C", Key.of(Kind.RIGHT)),
                Arguments.of("\u001b[D", Key.of(Kind.LEFT)),
                Arguments.of("\u001b[5~", Key.of(Kind.PAGE_UP)),
                Arguments.of("\u001b[6~", Key.of(Kind.PAGE_DOWN)),
                Arguments.of("\u001b[H", Key.of(Kind.HOME)),
                Arguments.of("\u001b[1~", Key.of(Kind.HOME)),
                Arguments.of("\u001b[F", Key.of(Kind.END)),
                Arguments.of("\u001b[4~", Key.of(Kind.END)),
                Arguments.of("\u001b[1;3D", Key.alt(Kind.LEFT)),
                Arguments.of("\u001b\u001b[D", Key.alt(Kind.LEFT)),
                Arguments.of("\u001b[1;3C", Key.alt(Kind.RIGHT)),
                Arguments.of("\u001b\u001b[C", Key.alt(Kind.RIGHT)),
                Arguments.of("\u001b[1;5C", key(Kind.RIGHT, true, false, false)),
                Arguments.of("\u0003", Key.ctrl('c')),
                Arguments.of("\u001a", Key.ctrl('z')),
                Arguments.of("\u0013", Key.ctrl('s')),
                Arguments.of("\u001c", Key.ctrl('\\')),
                Arguments.of("\u001bb", new Key(Kind.CHAR, 'b', false, true, false)));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void translatesWhatTerminalsSend(String bytes, Key expected) throws IOException {
        assertEquals(List.of(new Msg.KeyPressed(expected)), translate(bytes));
    }

    @Test
    void joinsSurrogatePairsAcrossKeyStrokesAndKeepsOrder() throws IOException {
        assertEquals(List.of(new Msg.KeyPressed(Key.ch('a')), new Msg.KeyPressed(Key.ch(0x20BB7)),
                new Msg.KeyPressed(Key.ch(0x1F1E8)), new Msg.KeyPressed(Key.ch('b'))), translate("a𠮷\uD83C\uDDE8b"));
    }

    @Test
    void aLoneCarriageReturnIsEnterAndDoesNotSwallowTheNextKey() throws IOException {
        assertEquals(List.of(new Msg.KeyPressed(Key.of(Kind.ENTER)), new Msg.KeyPressed(Key.ch('j'))), translate("\rj"));
    }

    @Test
    void aWheelEventIsOneNotchAndLeftClickReportsTheCell() throws IOException {
        // X10 encoding: ESC [ M, then button + 32, column + 33, row + 33.
        assertEquals(List.of(new Msg.Wheel(-1)), translate("\u001b[M`!!"));
        assertEquals(List.of(new Msg.Wheel(1)), translate("\u001b[Ma!!"));
        assertEquals(List.of(new Msg.Clicked(4, 2)), translate("\u001b[M %#"));
        assertEquals(List.of(), translate("\u001b[M\"%#")); // right button: nothing
    }

    /** Regression: the translator and the viewer each multiplied by three, so a notch scrolled nine lines. */
    @Test
    void oneWheelNotchFromTheTerminalScrollsThreeLinesNotNine() throws IOException {
        List<String> lines = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "line " + i).toList();
        dev.folio.viewer.ViewerState state = dev.folio.viewer.Update.apply(
                dev.folio.viewer.ViewerState.initial(dev.folio.viewer.Collaborators.standard(),
                        dev.folio.viewer.ViewerOptions.defaults(), 80, 24),
                new Msg.Loaded(dev.folio.doc.Source.stream("test", java.nio.file.Path.of(".")), ProbeCore.lines(lines),
                        "", dev.folio.viewer.Effect.Load.Reason.FOLLOW)).state();
        for (Msg msg : translate("\u001b[Ma!!")) {
            state = dev.folio.viewer.Update.apply(state, msg).state();
        }
        assertEquals(3, state.top());
        for (Msg msg : translate("\u001b[M`!!")) {
            state = dev.folio.viewer.Update.apply(state, msg).state();
        }
        assertEquals(0, state.top());
    }

    @Test
    void ctrlZSuspendsInsteadOfReachingTheViewer() throws IOException {
        Msg ctrlZ = translate("\u001a").get(0);

        assertInstanceOf(Event.Suspend.class, InputPump.toEvent(ctrlZ));
        assertInstanceOf(Event.Deliver.class, InputPump.toEvent(translate("\u0003").get(0)));
    }
}
