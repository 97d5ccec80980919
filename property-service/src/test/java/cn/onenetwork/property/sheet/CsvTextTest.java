package cn.onenetwork.property.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.onenetwork.common.problem.ProblemException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    private static final String SHEET = "number,function\n301,局长办公室\n302,会议室\n";

    @Test
    void utf8WithAndWithoutByteOrderMarkAndGb18030AreReadAlike() {
        assertEquals(SHEET, CsvText.decode("text/csv", SHEET.getBytes(StandardCharsets.UTF_8)));
        assertEquals(SHEET, CsvText.decode("text/csv", ("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_8)));
        // What Chinese Excel writes for "CSV": GBK, detected without a charset, or named by it.
        assertEquals(SHEET, CsvText.decode("text/csv", SHEET.getBytes(CsvText.GB18030)));
        assertEquals(SHEET, CsvText.decode("text/csv; charset=GBK", SHEET.getBytes(CsvText.GB18030)));
        assertEquals(SHEET, CsvText.decode(null, SHEET.getBytes(CsvText.GB18030)));
    }

    @Test
    void aDeclaredCharsetTheBytesDoNotMatchIsRefusedWithTheFirstBadRow() {
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> CsvText.decode("text/csv;charset=UTF-8", SHEET.getBytes(CsvText.GB18030)));
        assertEquals(400, wrong.status());
        assertEquals("UNREADABLE_ENCODING", wrong.code());
        assertEquals("row[2]", wrong.errors().get(0).field());

        ProblemException unsupported = assertThrows(ProblemException.class,
                () -> CsvText.decode("text/csv; charset=ISO-8859-1", SHEET.getBytes(StandardCharsets.UTF_8)));
        assertEquals("UNSUPPORTED_CHARSET", unsupported.code());
    }

    @Test
    void bytesThatAreTextInNeitherEncodingOrReplacementCharactersAreRefused() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("number,function\n301,ok\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'3', '0', '2', ',', (byte) 0xFF, (byte) 0xFF, '\n'});
        ProblemException neither = assertThrows(ProblemException.class, () -> CsvText.decode("text/csv", bytes.toByteArray()));
        assertEquals("row[3]", neither.errors().get(0).field());

        ProblemException mojibake = assertThrows(ProblemException.class,
                () -> CsvText.decode("text/csv", "number,function\n301,\uFFFD\uFFFD办公室\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("row[2]", mojibake.errors().get(0).field());
    }
}
