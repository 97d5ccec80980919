package cn.onenetwork.common.document;

import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The checks every stored document passes, in the registry's archive and with repair projects alike: an accepted type
 * (declared, or recognised from the content), not empty, within the size limit, a plain file name, and the SHA-256 the
 * sender announced.
 */
public final class DocumentUploads {

    /** The type and fingerprint of a document that passed the checks. */
    public record Checked(String contentType, String sha256, String fileName) {
    }

    private DocumentUploads() {
    }

    public static Checked check(String declaredType, byte[] content, String fileName, String expectedSha256, List<String> acceptedTypes, long maxBytes) {
        String type = DocumentTypes.of(declaredType, content);
        if (!acceptedTypes.contains(type)) {
            throw new ProblemException(415, "UNSUPPORTED_DOCUMENT_TYPE", "Unsupported media type",
                    "Documents may be " + acceptedTypes + ", not '" + type + "'");
        }
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("EMPTY_DOCUMENT", "The document has no content", List.of(new FieldError("body", "is empty", null)));
        }
        if (content.length > maxBytes) {
            throw new ProblemException(413, "DOCUMENT_TOO_LARGE", "Payload too large",
                    "The document has " + content.length + " bytes; at most " + maxBytes + " are accepted");
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/") || fileName.contains("\\")) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "A file name is needed",
                    List.of(new FieldError("fileName", "1 to 200 characters, no path", fileName)));
        }
        String sha256 = sha256(content);
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha256)) {
            throw ProblemException.businessRule("CHECKSUM_MISMATCH", "The content's SHA-256 is " + sha256 + ", not " + expectedSha256
                    + ": the upload was damaged; send it again");
        }
        return new Checked(type, sha256, fileName.strip());
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
