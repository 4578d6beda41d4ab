package io.github.oxencodegen.cli;

import io.github.oxencodegen.check.ThresholdBreach;
import io.github.oxencodegen.diff.ContractDiff;
import io.github.oxencodegen.diff.ContractReport;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.jobs.Jobs;
import io.github.oxencodegen.schema.SchemaException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code diff}: compares two versions of one model's contract (model documents or snapshots), prints
 * every change classified, and exits {@link Main#THRESHOLD_MET} when a change meets {@code --fail-on}.
 */
final class DiffCommand {
    static final String USAGE = "diff OLD.json NEW.json [--overlay PATCH.json] [--fail-on breaking|compatible|any|none]\n"
            + "         [--format text|markdown|json]";

    /** How the report is printed. */
    enum Format { TEXT, MARKDOWN, JSON }

    private final List<Path> files = new ArrayList<>();
    private Path overlay;
    private FailOn failOn = FailOn.BREAKING;
    private Format format = Format.TEXT;

    DiffCommand(Arguments args) throws UsageException {
        while (args.hasNext()) {
            String argument = args.next();
            switch (argument) {
                case "--overlay" -> overlay = Path.of(args.value(argument));
                case "--fail-on" -> failOn = failOn(args.value(argument));
                case "--format" -> format = format(args.value(argument));
                default -> {
                    if (argument.startsWith("--")) {
                        throw new UsageException("unknown option '" + argument + "' for diff");
                    }
                    files.add(Path.of(argument));
                }
            }
        }
        if (files.size() != 2) {
            throw new UsageException("diff takes two files, OLD.json and NEW.json; got " + files.size());
        }
    }

    private static FailOn failOn(String value) throws UsageException {
        try {
            return FailOn.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on takes breaking, compatible, any or none; got '" + value + "'");
        }
    }

    private static Format format(String value) throws UsageException {
        for (Format candidate : Format.values()) {
            if (candidate.name().equalsIgnoreCase(value.strip())) {
                return candidate;
            }
        }
        throw new UsageException("--format takes text, markdown or json; got '" + value + "'");
    }

    int run(PrintStream out, PrintStream err) throws SchemaException {
        ContractDiff diff = Jobs.diff(files.get(0), files.get(1), overlay);
        out.print(switch (format) {
            case TEXT -> ContractReport.toText(List.of(diff));
            case MARKDOWN -> ContractReport.toMarkdown(List.of(diff));
            case JSON -> ContractReport.toJson(List.of(diff));
        });
        Optional<ThresholdBreach> breach = ThresholdBreach.of(diff, failOn);
        if (breach.isEmpty()) {
            return 0;
        }
        err.println("oxen-codegen: " + breach.get().describe() + " (" + breach.get().threshold() + ")");
        return Main.THRESHOLD_MET;
    }
}
