package cn.onenetwork.property.sheet;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.property.i18n.PropertyText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of an uploaded CSV sheet. Chinese Excel saves "CSV" in GBK/GB18030 by default, other tools in UTF-8 with
 * or without a byte-order mark. The {@code charset} of the Content-Type decides when given; otherwise a body that is
 * valid UTF-8 is UTF-8, and one that is valid GB18030 (which contains GBK and GB2312) is GB18030. Decoding is strict:
 * a byte sequence that is not valid in the encoding is refused with the row it is in, so that no replacement
 * character (U+FFFD) is ever stored in place of a name.
 */
public final class CsvText {

    static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> GB_NAMES = List.of("gb18030", "gbk", "gb2312", "x-gbk", "cp936", "windows-936");

    private CsvText() {
    }

    public static String decode(String contentType, byte[] bytes) {
        Optional<String> declared = charsetParameter(contentType);
        if (startsWith(bytes, UTF8_BOM)) {
            if (declared.isPresent() && charsetOf(declared.get()) != StandardCharsets.UTF_8) {
                throw unreadable(PropertyText.BOM_CHARSET_MISMATCH.with(declared.get()), 1);
            }
            return checked(strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8), bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (declared.isPresent()) {
            Charset charset = charsetOf(declared.get());
            return checked(strict(bytes, 0, charset), bytes, 0, charset);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checked(utf8, bytes, 0, StandardCharsets.UTF_8);
        }
        String gb = strict(bytes, 0, GB18030);
        if (gb != null) {
            return checked(gb, bytes, 0, GB18030);
        }
        int row = rowOf(bytes, firstBadByte(bytes, 0, StandardCharsets.UTF_8));
        throw unreadable(PropertyText.NEITHER_ENCODING.with(row), row);
    }

    private static Optional<String> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return Optional.of(pair[1].trim().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    private static Charset charsetOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("utf-8") || lower.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (GB_NAMES.contains(lower)) {
            return GB18030;
        }
        throw ProblemException.badRequest("UNSUPPORTED_CHARSET", PropertyText.UNSUPPORTED_CHARSET.with(name),
                List.of(Violation.of("Content-Type", PropertyText.CHARSET_RULE, name)));
    }

    /** The decoded text, or null when the bytes are not valid in the charset. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Refuses a body that is not valid in its charset, or that already carries replacement characters (mojibake of an earlier conversion). */
    private static String checked(String text, byte[] bytes, int offset, Charset charset) {
        if (text == null) {
            int row = rowOf(bytes, firstBadByte(bytes, offset, charset));
            throw unreadable(PropertyText.NOT_VALID_IN_CHARSET.with(charset.name(), row), row);
        }
        int replacement = text.indexOf('\uFFFD');
        if (replacement >= 0) {
            int row = (int) text.substring(0, replacement).chars().filter(c -> c == '\n').count() + 1;
            throw unreadable(PropertyText.REPLACEMENT_CHARACTERS.with(row), row);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstBadByte(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** The spreadsheet row (header = 1) of a byte position: line breaks are ASCII in both encodings. */
    private static int rowOf(byte[] bytes, int position) {
        int row = 1;
        for (int i = 0; i < Math.min(position, bytes.length); i++) {
            if (bytes[i] == '\n') {
                row++;
            }
        }
        return row;
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException unreadable(Text detail, int row) {
        return ProblemException.badRequest("UNREADABLE_ENCODING", detail, List.of(Violation.of("row[" + row + "]", PropertyText.NOT_READABLE_TEXT, null)));
    }
}
