package cn.onenetwork.localstack;

import java.nio.file.Path;

/** A component of the local stack did not start; its log says why. */
public final class StartupFailure extends IllegalStateException {

    private final String reason;
    private final transient Path log;

    StartupFailure(String reason, Path log, Throwable cause) {
        super(reason + "; see " + log, cause);
        this.reason = reason;
        this.log = log;
    }

    /** What failed, without the log's path. */
    public String reason() {
        return reason;
    }

    /** The log that explains the failure. */
    public Path log() {
        return log;
    }
}
