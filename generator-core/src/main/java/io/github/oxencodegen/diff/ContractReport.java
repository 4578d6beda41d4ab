package io.github.oxencodegen.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.schema.CanonicalJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renders contract diffs for people and machines: as text lines for a build log, as markdown, and as
 * JSON. Models appear in the order given; within a model, changes are grouped by severity (breaking
 * first) and keep schema order inside a group. Output depends on nothing but the diffs.
 */
public final class ContractReport {
    private static final String ROOT = "(root)";
    private static final int SHORT_HASH = 12;

    private ContractReport() {}

    /** One block per model (its summary line, then one line per change) and, for several models, a total line. */
    public static String toText(List<ContractDiff> diffs) {
        if (diffs.isEmpty()) {
            return "no contracts compared\n";
        }
        StringBuilder text = new StringBuilder();
        for (ContractDiff diff : diffs) {
            summaryLines(diff).forEach(line -> text.append(line).append('\n'));
        }
        if (diffs.size() > 1) {
            text.append("total: ").append(diffs.size()).append(" models, ").append(counts(diffs)).append('\n');
        }
        return text.toString();
    }

    /**
     * Short lines for a build log: {@code model: 3 changes: 1 breaking, 2 compatible, 0 cosmetic}, then
     * {@code   BREAKING   /properties/duration/maximum  duration: maximum lowered from 15 to 10} per change
     * (a probable rename shows both pointers, {@code /properties/input_images -> /properties/input_image}).
     */
    public static List<String> summaryLines(ContractDiff diff) {
        if (diff.isEmpty()) {
            return List.of(diff.modelId() + ": no changes");
        }
        List<String> lines = new ArrayList<>();
        lines.add(diff.modelId() + ": " + counts(List.of(diff)));
        for (Change change : grouped(diff)) {
            lines.add(String.format(Locale.ROOT, "  %-10s %s  %s", change.severity(), shownPointers(change), change.message()));
        }
        return lines;
    }

    /** A markdown document: a heading per model, a table per severity. */
    public static String toMarkdown(List<ContractDiff> diffs) {
        StringBuilder md = new StringBuilder("# Contract changes\n\n");
        if (diffs.isEmpty()) {
            return md.append("No contracts compared.\n").toString();
        }
        md.append(capitalised(diffs.size() + (diffs.size() == 1 ? " model, " : " models, ") + counts(diffs))).append(".\n");
        for (ContractDiff diff : diffs) {
            md.append("\n## ").append(markdownText(diff.modelId())).append("\n\n");
            if (diff.isEmpty()) {
                md.append("No changes. Schema ").append(code(shortHash(diff.newSha256()))).append(".\n");
                continue;
            }
            md.append(capitalised(counts(List.of(diff)))).append(". Schema ").append(code(shortHash(diff.oldSha256())))
                    .append(" → ").append(code(shortHash(diff.newSha256()))).append(".\n");
            for (Severity severity : Severity.values()) {
                if (!diff.has(severity)) {
                    continue;
                }
                md.append("\n### ").append(capitalised(label(severity))).append("\n\n");
                md.append("| Pointer | Request path | Kind | Change |\n");
                md.append("| --- | --- | --- | --- |\n");
                for (Change change : diff.changes()) {
                    if (change.severity() == severity) {
                        Change.Place from = change.renamedFrom();
                        md.append("| ").append(from == null ? "" : pointerCell(from.pointer()) + " → ").append(pointerCell(change.pointer()))
                                .append(" | ").append(from == null ? "" : pointerCell(from.instancePath()) + " → ")
                                .append(pointerCell(change.instancePath()))
                                .append(" | ").append(code(change.kind()))
                                .append(" | ").append(markdownText(change.message()))
                                .append(" |\n");
                    }
                }
            }
        }
        return md.toString();
    }

    /**
     * JSON with a fixed member order: totals, then each model with its counts and changes; a probable
     * rename also has {@code renamedFrom}, the old property's {@code pointer} and {@code instancePath}.
     */
    public static String toJson(List<ContractDiff> diffs) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        Severity worst = diffs.stream().map(ContractDiff::worst).filter(s -> s != null).min(Comparator.naturalOrder()).orElse(null);
        root.put("worst", worst == null ? null : label(worst));
        root.set("counts", countsNode(diffs));
        ArrayNode models = root.putArray("models");
        for (ContractDiff diff : diffs) {
            ObjectNode model = models.addObject();
            model.put("modelId", diff.modelId());
            model.put("oldSha256", diff.oldSha256());
            model.put("newSha256", diff.newSha256());
            model.put("worst", diff.worst() == null ? null : label(diff.worst()));
            model.set("counts", countsNode(List.of(diff)));
            ArrayNode changes = model.putArray("changes");
            for (Change change : grouped(diff)) {
                ObjectNode c = changes.addObject();
                c.put("severity", label(change.severity()));
                c.put("pointer", change.pointer());
                c.put("instancePath", change.instancePath());
                c.put("kind", change.kind());
                c.put("message", change.message());
                if (change.renamedFrom() != null) {
                    c.putObject("renamedFrom")
                            .put("pointer", change.renamedFrom().pointer())
                            .put("instancePath", change.renamedFrom().instancePath());
                }
            }
        }
        return CanonicalJson.toText(root);
    }

    private static List<Change> grouped(ContractDiff diff) {
        // a stable sort keeps schema order within each severity
        return diff.changes().stream().sorted(Comparator.comparing(Change::severity)).toList();
    }

    private static ObjectNode countsNode(List<ContractDiff> diffs) {
        ObjectNode counts = JsonNodeFactory.instance.objectNode();
        for (Severity severity : Severity.values()) {
            counts.put(label(severity), total(diffs, severity));
        }
        return counts;
    }

    /** {@code 3 changes: 1 breaking, 2 compatible, 0 cosmetic}. */
    private static String counts(List<ContractDiff> diffs) {
        long all = diffs.stream().mapToLong(d -> d.changes().size()).sum();
        StringBuilder text = new StringBuilder().append(all).append(all == 1 ? " change: " : " changes: ");
        for (Severity severity : Severity.values()) {
            if (severity != Severity.BREAKING) {
                text.append(", ");
            }
            text.append(total(diffs, severity)).append(' ').append(label(severity));
        }
        return text.toString();
    }

    private static long total(List<ContractDiff> diffs, Severity severity) {
        return diffs.stream().mapToLong(d -> d.count(severity)).sum();
    }

    private static String label(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String shown(String pointer) {
        return pointer.isEmpty() ? ROOT : pointer;
    }

    /** The change's pointer; for a probable rename, {@code old -> new}. */
    private static String shownPointers(Change change) {
        Change.Place from = change.renamedFrom();
        return from == null ? shown(change.pointer()) : shown(from.pointer()) + " -> " + shown(change.pointer());
    }

    private static String pointerCell(String pointer) {
        return pointer.isEmpty() ? ROOT : code(pointer);
    }

    private static String shortHash(String sha256) {
        if (sha256 == null) {
            return "unknown";
        }
        return sha256.length() > SHORT_HASH ? sha256.substring(0, SHORT_HASH) : sha256;
    }

    /** A code span that survives any content, pipes escaped for table cells. */
    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String padding = text.contains("`") ? " " : "";
        return fence + padding + text.replace("|", "\\|") + padding + fence;
    }

    /**
     * Plain text for markdown: characters that could start markup escaped ({@code [*]} would otherwise
     * open emphasis, {@code ](} a link); underscores inside words and lone brackets kept for readability.
     */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '|', '~' -> out.append('\\').append(c);
                case '(' -> out.append(i > 0 && text.charAt(i - 1) == ']' ? "\\(" : "(");
                case '<' -> out.append("&lt;");
                case '\n', '\r' -> out.append(' ');
                case '_' -> {
                    boolean insideWord = i > 0 && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
                    out.append(insideWord ? "_" : "\\_");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
