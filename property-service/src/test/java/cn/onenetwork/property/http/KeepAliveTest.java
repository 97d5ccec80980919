package cn.onenetwork.property.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gateway keeps its connections to a service alive. With the trusted proxies configured as the services are, every
 * request on one connection is answered: an entry read as a host name once made the server stop answering after some
 * fifty requests on a kept-alive connection.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class KeepAliveTest {

    private static final Pattern LENGTH = Pattern.compile("(?i)content-length: *(\\d+)");

    @TestHTTPResource("/")
    URL root;

    @Test
    void fiveHundredRequestsOnOneConnectionAreAllAnswered() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            byte[] request = ("GET /q/health/live HTTP/1.1\r\nHost: " + root.getHost() + ":" + root.getPort() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 500; i++) {
                out.write(request);
                out.flush();
                String response = readResponse(in);
                assertTrue(response.startsWith("HTTP/1.1 200"), "request " + i + " answered " + response);
            }
        }
    }

    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed");
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.US_ASCII);
        Matcher length = LENGTH.matcher(text);
        int remaining = length.find() ? Integer.parseInt(length.group(1)) : 0;
        in.readNBytes(remaining);
        return text;
    }
}
