package cn.onenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer refuses before any route sees it (a request line too long, a malformed percent-escape) is a
 * problem document like every other error. Sent on a raw socket: HTTP clients refuse to send such requests at all.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoUpstream.class, restrictToAnnotatedClass = true)
class HttpLayerProblemsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void aTooLongRequestLineIs414ProblemJson() throws Exception {
        Answer answer = send("/api/v1/agencies?q=" + "x".repeat(10_000));
        assertEquals(414, answer.status(), answer.head());
        assertProblem(answer, "URI_TOO_LONG");
    }

    @Test
    void aMalformedPercentEscapeIs400ProblemJson() throws Exception {
        for (String target : new String[] {"/api/v1/agencies?q=%zz", "/api/v1/agen%zzcies", "/api/v1/agencies?q=%E4%B8"}) {
            Answer answer = send(target);
            assertEquals(400, answer.status(), target + "\n" + answer.head());
            assertProblem(answer, "MALFORMED_REQUEST");
        }
    }

    private static void assertProblem(Answer answer, String code) throws Exception {
        assertTrue(answer.head().toLowerCase().contains("content-type: application/problem+json"), answer.head());
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(code, problem.path("code").asText(), answer.body());
        assertEquals(answer.status(), problem.path("status").asInt());
    }

    private record Answer(int status, String head, String body) {
    }

    private Answer send(String target) throws Exception {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + DevTokens.auditor("640000")
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int line = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, line).trim(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, line + 2, line + 2 + size);
            at = line + 2 + size + 2;
        }
        return out.toString();
    }
}
