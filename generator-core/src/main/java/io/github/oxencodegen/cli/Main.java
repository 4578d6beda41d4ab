package io.github.oxencodegen.cli;

import io.github.oxencodegen.Generator;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code oxen-codegen} command line. Exit 0 on success, 1 on bad input (one line on stderr naming
 * the file, model id and JSON Pointer), 2 on a wrong command line, 3 when {@code diff} finds changes
 * that meet {@code --fail-on} (so that a script can tell a contract that broke from a file that is
 * bad); a stack trace only with {@code --verbose}.
 */
public final class Main {
    /** The exit code of a {@code diff} whose changes meet the {@code --fail-on} threshold. */
    static final int THRESHOLD_MET = 3;
    static final String USAGE = "usage: oxen-codegen " + GenerateCommand.USAGE + "\n"
            + "       oxen-codegen " + DiffCommand.USAGE + "\n"
            + "       oxen-codegen --version | --help\n"
            + "exit codes: 0 done (for diff: no change meets --fail-on, default breaking), 1 bad input,\n"
            + "            2 wrong command line, " + THRESHOLD_MET + " diff found changes that meet --fail-on";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        boolean verbose = rest.remove("--verbose");
        try {
            if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h")) {
                (rest.isEmpty() ? err : out).println(USAGE);
                return rest.isEmpty() ? 2 : 0;
            }
            if (rest.get(0).equals("--version")) {
                out.println("oxen-codegen " + Generator.VERSION);
                return 0;
            }
            String command = rest.remove(0);
            Arguments arguments = new Arguments(rest);
            return switch (command) {
                case "generate" -> new GenerateCommand(arguments).run(out, err);
                case "diff" -> new DiffCommand(arguments).run(out, err);
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("oxen-codegen: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (SchemaException | IOException | RuntimeException e) {
            err.println("oxen-codegen: " + oneLine(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof IOException) {
            message = e.getClass().getSimpleName() + ": " + message;
        }
        return message.replace('\n', ' ');
    }
}
