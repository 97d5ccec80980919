package cn.onenetwork.common.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The development signing key is public knowledge (it is in the repository): a production process
 * that verifies tokens with it would accept tokens from anyone. The prod profile refuses to start.
 */
@Singleton
public class DevelopmentKeyGuard {

    public static final String DEV_PUBLIC_KEY_RESOURCE = "META-INF/one-network/dev-jwt-public.pem";

    void refuseDevelopmentKeyInProduction(@Observes StartupEvent event) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        Optional<String> inline = config.getOptionalValue("mp.jwt.verify.publickey", String.class);
        Optional<String> location = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class);
        String configured = inline.orElseGet(() -> location.map(DevelopmentKeyGuard::readLocal).orElse(""));
        if (usesDevelopmentKey(configured)) {
            throw new IllegalStateException("Refusing to start: the prod profile verifies tokens with the DEVELOPMENT key. "
                    + "Set ONENETWORK_JWT_PUBLIC_KEY_LOCATION to the production verification key.");
        }
    }

    static boolean usesDevelopmentKey(String configuredKey) {
        String dev = normalize(readClasspath(DEV_PUBLIC_KEY_RESOURCE));
        return !dev.isEmpty() && dev.equals(normalize(configuredKey));
    }

    private static String normalize(String pem) {
        return pem == null ? "" : pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String readLocal(String location) {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            return "";
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        if (location.startsWith("classpath:")) {
            return readClasspath(location.substring("classpath:".length()));
        }
        Path file = Path.of(path);
        if (Files.isRegularFile(file)) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return readClasspath(path);
    }

    private static String readClasspath(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
