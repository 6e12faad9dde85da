package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {
    @ParameterizedTest
    @CsvSource({"1000, 1000", "512k, 524288", "64M, 67108864", "64MiB, 67108864", "1 GB, 1073741824", "2g, 2147483648"})
    void parsesBinaryUnits(String text, long bytes) {
        assertEquals(bytes, ByteSize.parse(text).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-5", "12X", "M", "1.5M", "99999999999999T"})
    void rejectsWhatIsNotAPositiveSize(String text) {
        assertThrows(IllegalArgumentException.class, () -> ByteSize.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"1, 1 byte", "900, 900 bytes", "1024, 1 KiB", "1536, 1.5 KiB", "67108864, 64 MiB", "83886080, 80 MiB"})
    void formatsForMessages(long bytes, String shown) {
        assertEquals(shown, ByteSize.format(bytes));
    }
}
