package io.github.oxencodegen.generate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A build log that keeps every line, prefixed with its level. */
final class RecordingLog implements BuildLog {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        lines.add("DEBUG " + message);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    List<String> warnings() {
        return lines.stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring(5)).toList();
    }

    String all() {
        return String.join("\n", lines);
    }
}
