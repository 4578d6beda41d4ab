package io.github.oxencodegen.cli;

import java.util.List;

/** A cursor over command-line arguments. */
final class Arguments {
    private final List<String> args;
    private int next;

    Arguments(List<String> args) {
        this.args = List.copyOf(args);
    }

    boolean hasNext() {
        return next < args.size();
    }

    String next() {
        return args.get(next++);
    }

    /** The value after {@code option}. */
    String value(String option) throws UsageException {
        if (!hasNext()) {
            throw new UsageException(option + " needs a value");
        }
        return next();
    }
}
