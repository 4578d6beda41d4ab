package io.github.oxencodegen.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.oxencodegen.diff.ContractReport;
import io.github.oxencodegen.schema.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link CheckResult}: log lines (a block per model, grouped by severity, as
 * {@link ContractReport#summaryLines} gives them), a one-line verdict, and the two report files. The
 * models that could not be compared are always named, so a report never reads as "no drift" when
 * nothing was checked. Output depends on nothing but the result.
 */
public final class CheckReport {
    /** The markdown report's file name, in the report directory. */
    public static final String MARKDOWN_FILE = "contract-report.md";
    /** The JSON report's file name, in the report directory. */
    public static final String JSON_FILE = "contract-report.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckReport() {}

    /** For each model in order: its summary and changes, or one line saying why it was not compared. */
    public static List<String> lines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        result.models().forEach(model -> lines.addAll(lines(model)));
        return lines;
    }

    /**
     * One model's block: {@code model: 3 changes: ...} and a line per change, gravest first; or
     * {@code model: new: ...} or {@code model: not checked: ...} saying why it was not compared.
     */
    public static List<String> lines(ModelCheck model) {
        if (model instanceof ModelCheck.Compared compared) {
            return ContractReport.summaryLines(compared.diff());
        }
        if (model instanceof ModelCheck.Removed removed) {
            return ContractReport.summaryLines(removed.diff());
        }
        return List.of(model.modelId() + ": " + status(model) + ": " + details(model));
    }

    /** One line saying what the check concluded and why. */
    public static String verdictLine(CheckResult result) {
        String threshold = "fail-on " + label(result.failOn().name());
        List<ThresholdBreach> breaches = result.breaches();
        List<String> unchecked = result.notChecked().stream().map(ModelCheck::modelId).toList();
        int compared = result.diffs().size() - result.removed().size();
        switch (result.verdict()) {
            case FAILED -> {
                List<String> why = new ArrayList<>();
                if (!breaches.isEmpty()) {
                    why.add(breaches.stream()
                            .map(b -> b.modelId() + result.removed().stream().filter(r -> r.modelId().equals(b.modelId()))
                                    .findFirst().map(r -> " was removed from Oxen (" + r.evidence() + ")")
                                    .orElse(" has " + b.describe()))
                            .collect(Collectors.joining(", ")));
                }
                if (result.fetchFailureFails() && !unchecked.isEmpty()) {
                    why.add("could not fetch the current contract of " + String.join(", ", unchecked)
                            + ", and a failed fetch fails the check");
                }
                return "Contract check failed (" + threshold + "): " + String.join("; ", why);
            }
            case INCOMPLETE -> {
                String line = "Contract check incomplete: could not check " + unchecked.size() + " of "
                        + result.models().size() + " models (" + String.join(", ", unchecked) + ")"
                        + sharedReason(result) + "; nothing is claimed about their contracts";
                return (compared == 0 ? line
                        : line + "; the " + compared + " compared " + modelsHave(compared) + " no changes that meet " + threshold)
                        + removedNote(result);
            }
            default -> {
                String line = "Contract check passed: " + compared + " " + (compared == 1 ? "model" : "models")
                        + " compared with " + (compared == 1 ? "its snapshot" : "their snapshots")
                        + ", no changes that meet " + threshold;
                int added = result.withoutSnapshot().size();
                return (added == 0 ? line : line + "; " + added + " new without a snapshot") + removedNote(result);
            }
        }
    }

    /**
     * The lines that say which models of the selection came and went: none without a selection or when none did.
     * {@code selection 'id=wan-*': 1 appeared (wan-x), 1 removed from Oxen's list (wan-y), 0 no longer selected}.
     */
    public static List<String> selectionLines(CheckResult result) {
        if (result.selection().isEmpty()) {
            return List.of();
        }
        SelectionChanges changes = result.selection().get();
        if (changes.isQuiet()) {
            return List.of("selection '" + changes.select() + "': no model came or went since the lock file");
        }
        return List.of("selection '" + changes.select() + "'" + (changes.firstLock() ? " (no lock file yet)" : "") + ": "
                + changes.appeared().size() + " appeared" + named(changes.appeared()) + ", "
                + changes.removed().size() + " removed from Oxen's list" + named(changes.removed()) + ", "
                + changes.unselected().size() + " no longer selected" + named(changes.unselected()));
    }

    /** A markdown document: the verdict, the selection's changes, the models not compared, then the changes model by model. */
    public static String toMarkdown(CheckResult result) {
        StringBuilder md = new StringBuilder("# Contract check\n\n");
        md.append(markdownText(verdictLine(result))).append(".\n");
        result.selection().ifPresent(changes -> {
            md.append("\n## Selection\n\n`").append(changes.select().replace("`", "")).append("`: ")
                    .append(changes.isQuiet() ? "no model came or went since the lock file.\n"
                            : changes.firstLock() ? "there is no lock file yet, so every selected model is new.\n"
                            : "models that came and went since the lock file.\n");
            if (!changes.isQuiet()) {
                md.append("\n| Model | Change |\n| --- | --- |\n");
                changes.appeared().forEach(id -> md.append("| `").append(id).append("` | appeared: listed by Oxen and selected |\n"));
                changes.removed().forEach(id -> md.append("| `").append(id)
                        .append("` | removed: no longer in Oxen's model list (breaking) |\n"));
                changes.unselected().forEach(id -> md.append("| `").append(id)
                        .append("` | no longer selected: still listed, but the selection no longer matches it |\n"));
            }
        });
        List<ModelCheck> notCompared = result.models().stream().filter(CheckReport::notCompared).toList();
        if (!notCompared.isEmpty()) {
            md.append("\n## Not compared\n\n| Model | Status | Details |\n| --- | --- | --- |\n");
            for (ModelCheck model : notCompared) {
                md.append("| `").append(model.modelId()).append("` | ").append(status(model))
                        .append(" | ").append(markdownText(details(model))).append(" |\n");
            }
        }
        if (!result.diffs().isEmpty()) {
            // the contract changes as ContractReport renders them, one heading level down
            md.append('\n');
            ContractReport.toMarkdown(result.diffs()).lines()
                    .forEach(line -> md.append(line.startsWith("#") ? "#" + line : line).append('\n'));
        }
        return md.toString();
    }

    /**
     * JSON: {@code verdict} and {@code failOn}, then the contract report of the compared models (as
     * {@link ContractReport#toJson} gives it, removed models included with their one breaking change), then
     * {@code removed} (the ids of the models Oxen says it no longer has), then, with a selection, {@code selection}
     * ({@code select}, {@code firstLock}, and the ids {@code appeared}, {@code removed} and {@code noLongerSelected}),
     * then {@code notCompared}, each with a status and details.
     */
    public static String toJson(CheckResult result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("verdict", label(result.verdict().name()));
        root.put("failOn", label(result.failOn().name()));
        root.setAll(contractReport(result));
        ArrayNode removed = root.putArray("removed");
        result.removed().forEach(model -> removed.add(model.modelId()));
        result.selection().ifPresent(changes -> {
            ObjectNode selection = root.putObject("selection");
            selection.put("select", changes.select());
            selection.put("firstLock", changes.firstLock());
            ArrayNode appeared = selection.putArray("appeared");
            changes.appeared().forEach(appeared::add);
            ArrayNode gone = selection.putArray("removed");
            changes.removed().forEach(gone::add);
            ArrayNode unselected = selection.putArray("noLongerSelected");
            changes.unselected().forEach(unselected::add);
        });
        ArrayNode notCompared = root.putArray("notCompared");
        for (ModelCheck model : result.models()) {
            if (notCompared(model)) {
                notCompared.addObject()
                        .put("modelId", model.modelId())
                        .put("status", status(model))
                        .put("details", details(model));
            }
        }
        return CanonicalJson.toText(root);
    }

    private static ObjectNode contractReport(CheckResult result) {
        try {
            return (ObjectNode) MAPPER.readTree(ContractReport.toJson(result.diffs()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ContractReport.toJson wrote JSON that does not parse", e);
        }
    }

    /** True for a model the report lists as not compared: new, or not checked. */
    private static boolean notCompared(ModelCheck model) {
        return !(model instanceof ModelCheck.Compared) && !(model instanceof ModelCheck.Removed);
    }

    /** {@code ; 1 removed from Oxen (flux-1-dev)} when a model was removed, else nothing. */
    private static String removedNote(CheckResult result) {
        List<String> removed = result.removed().stream().map(ModelCheck::modelId).toList();
        return removed.isEmpty() ? "" : "; " + removed.size() + " removed from Oxen (" + String.join(", ", removed) + ")";
    }

    /** {@code new} or {@code not checked}, for a model that was not compared. */
    private static String status(ModelCheck model) {
        return model instanceof ModelCheck.NoSnapshot ? "new" : "not checked";
    }

    /** Why a model was not compared. */
    private static String details(ModelCheck model) {
        if (model instanceof ModelCheck.NoSnapshot noSnapshot) {
            return "nothing to compare: there is no snapshot at " + noSnapshot.snapshot()
                    + " yet (the generate goal records it)";
        }
        if (model instanceof ModelCheck.NotFetched notFetched) {
            return notFetched.reason();
        }
        return ((ModelCheck.FetchFailed) model).message();
    }

    /** {@code : the build is offline} when every model went unchecked for the same stated reason. */
    private static String sharedReason(CheckResult result) {
        List<String> reasons = result.notChecked().stream()
                .map(m -> m instanceof ModelCheck.NotFetched notFetched ? notFetched.reason() : null)
                .distinct()
                .toList();
        return reasons.size() == 1 && reasons.get(0) != null ? ": " + reasons.get(0) : "";
    }

    private static String named(List<String> ids) {
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }

    private static String modelsHave(int count) {
        return count == 1 ? "model has" : "models have";
    }

    private static String label(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Plain text for markdown: characters that could start markup escaped, line breaks made spaces. */
    static String markdownText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '|', '[', ']', '~', '#' -> out.append('\\').append(c);
                case '<' -> out.append("&lt;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
