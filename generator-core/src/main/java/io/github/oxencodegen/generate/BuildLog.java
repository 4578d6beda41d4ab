package io.github.oxencodegen.generate;

/** Where a build reports progress; the Maven plugin passes its own log. Messages are single lines. */
public interface BuildLog {
    void info(String message);

    void warn(String message);

    void debug(String message);
}
