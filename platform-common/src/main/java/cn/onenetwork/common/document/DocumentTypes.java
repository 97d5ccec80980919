package cn.onenetwork.common.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The media type of an uploaded document. A generated client sends every upload as application/octet-stream (the
 * first media type of the operation), so such a body is recognised by its first bytes: PDF, PNG, JPEG, TIFF, DWG or
 * ASCII DXF. A declared specific type is taken as declared (and checked against the accepted list by the caller).
 */
public final class DocumentTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    private DocumentTypes() {
    }

    public static String of(String declared, byte[] content) {
        String type = declared == null ? "" : declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.equals(OCTET_STREAM)) {
            return type;
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(content, new byte[] {'I', 'I', 42, 0}) || startsWith(content, new byte[] {'M', 'M', 0, 42})) {
            return "image/tiff";
        }
        if (startsWith(content, "AC10".getBytes(StandardCharsets.US_ASCII))) {
            return "image/vnd.dwg";
        }
        String head = new String(content, 0, Math.min(content.length, 32), StandardCharsets.US_ASCII).strip();
        if (head.startsWith("0") && head.replaceAll("\\s+", " ").startsWith("0 SECTION")) {
            return "image/vnd.dxf";
        }
        return type.isEmpty() ? OCTET_STREAM : type;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content == null || content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
