package cn.onenetwork.system.contract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the Node.js tools of the *NodeTest checks, installed from the npm registry into a folder of target/. */
final class NodeTools {

    static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();

    private NodeTools() {
    }

    record Result(int exit, String output) {
    }

    /** Installs the package (name@version) into system-tests/target/{folder} and returns the folder. */
    static Path install(String folder, String packageAndVersion) throws Exception {
        Path work = ROOT.resolve("system-tests/target").resolve(folder);
        Files.createDirectories(work);
        Result install = run(work, "npm", "install", "--no-audit", "--no-fund", "--no-save", "--silent", packageAndVersion);
        if (install.exit() != 0) {
            throw new IllegalStateException("npm install " + packageAndVersion + " failed:\n" + install.output());
        }
        return work;
    }

    static Result run(Path directory, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("SUPPRESS_NO_CONFIG_WARNING", "true");
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
