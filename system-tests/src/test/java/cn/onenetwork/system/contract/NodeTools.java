package cn.onenetwork.system.contract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the Node.js tools of the *NodeTest and *NodeIT checks, installed from the npm registry into a folder of target/. */
public final class NodeTools {

    public static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();

    private NodeTools() {
    }

    public record Result(int exit, String output) {
    }

    /** Installs the packages (name@version) into system-tests/target/{folder} and returns the folder. */
    public static Path install(String folder, String... packagesAndVersions) throws Exception {
        Path work = ROOT.resolve("system-tests/target").resolve(folder);
        Files.createDirectories(work);
        List<String> command = new ArrayList<>(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--silent"));
        command.addAll(List.of(packagesAndVersions));
        Result install = run(work, Map.of(), command.toArray(String[]::new));
        if (install.exit() != 0) {
            throw new IllegalStateException("npm install " + String.join(" ", packagesAndVersions) + " failed:\n" + install.output());
        }
        return work;
    }

    public static Result run(Path directory, String... command) throws Exception {
        return run(directory, Map.of(), command);
    }

    public static Result run(Path directory, Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
            return new Result(-1, output);
        }
        return new Result(process.exitValue(), output);
    }
}
