package cn.onenetwork.common.document;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
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
            throw new ProblemException(415, "UNSUPPORTED_DOCUMENT_TYPE", PlatformText.DOCUMENT_TYPE_NOT_ACCEPTED.with(acceptedTypes, type));
        }
        if (content == null || content.length == 0) {
            throw ProblemException.badRequest("EMPTY_DOCUMENT", PlatformText.DOCUMENT_EMPTY.with(), List.of(Violation.of("body", PlatformText.IS_EMPTY, null)));
        }
        if (content.length > maxBytes) {
            throw new ProblemException(413, "DOCUMENT_TOO_LARGE", PlatformText.DOCUMENT_TOO_LARGE.with(content.length, maxBytes));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 200 || fileName.contains("/") || fileName.contains("\\")) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PlatformText.FILE_NAME_NEEDED.with(),
                    List.of(Violation.of("fileName", PlatformText.FILE_NAME_RULE, fileName)));
        }
        String sha256 = sha256(content);
        if (expectedSha256 != null && !expectedSha256.equalsIgnoreCase(sha256)) {
            throw ProblemException.businessRule("CHECKSUM_MISMATCH", PlatformText.CHECKSUM_MISMATCH.with(sha256, expectedSha256));
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
