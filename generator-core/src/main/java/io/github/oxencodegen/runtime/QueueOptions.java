package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code POST /api/ai/queue} takes beside the model's parameters: how many generations
 * ({@code num_generations}, 1 to 4, default 1) and where their results are written
 * ({@code target_namespace}, default the caller; {@code target_repo}; {@code target_directory}).
 * Immutable; {@link OxenClient#enqueue} checks it with the request, before anything is sent.
 */
public final class QueueOptions {
    private static final QueueOptions DEFAULTS = new QueueOptions(1, null, null, null);

    private final int numGenerations;
    private final String targetNamespace;
    private final String targetRepo;
    private final String targetDirectory;

    private QueueOptions(int numGenerations, String targetNamespace, String targetRepo, String targetDirectory) {
        this.numGenerations = numGenerations;
        this.targetNamespace = targetNamespace;
        this.targetRepo = targetRepo;
        this.targetDirectory = targetDirectory;
    }

    /**
     * Oxen's defaults: one generation, written to the caller's namespace; nothing is sent for them.
     *
     * @return the default options
     */
    public static QueueOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with {@code num_generations}: how many generations one enqueue makes.
     *
     * @param count 1 to 4; anything else is reported as a violation when the request is enqueued
     * @return new options; these are unchanged
     */
    public QueueOptions numGenerations(int count) {
        return new QueueOptions(count, targetNamespace, targetRepo, targetDirectory);
    }

    /**
     * These options with {@code target_namespace}: the Oxen user or organisation whose repository
     * receives the results.
     *
     * @param namespace the namespace; {@code null} sends none (the caller's); blank is reported as a
     *                  violation when the request is enqueued
     * @return new options; these are unchanged
     */
    public QueueOptions targetNamespace(String namespace) {
        return new QueueOptions(numGenerations, namespace, targetRepo, targetDirectory);
    }

    /**
     * These options with {@code target_repo}: the repository that receives the results.
     *
     * @param repo the repository name; {@code null} sends none; blank is reported as a violation
     *             when the request is enqueued
     * @return new options; these are unchanged
     */
    public QueueOptions targetRepo(String repo) {
        return new QueueOptions(numGenerations, targetNamespace, repo, targetDirectory);
    }

    /**
     * These options with {@code target_directory}: the folder in the repository that receives the
     * results.
     *
     * @param directory the folder; {@code null} sends none; blank is reported as a violation when
     *                  the request is enqueued
     * @return new options; these are unchanged
     */
    public QueueOptions targetDirectory(String directory) {
        return new QueueOptions(numGenerations, targetNamespace, targetRepo, directory);
    }

    /**
     * How many generations one enqueue makes ({@code num_generations}).
     *
     * @return the count as set, checked only when the request is enqueued; 1 unless set
     */
    public int numGenerations() {
        return numGenerations;
    }

    /** What Oxen would refuse at enqueue time, each at the pointer of its field in the body. */
    List<Violation> validate() {
        List<Violation> violations = new ArrayList<>();
        if (numGenerations < 1 || numGenerations > 4) {
            violations.add(new Violation("/num_generations", numGenerations < 1 ? "minimum" : "maximum",
                    "must be 1 to 4, is " + numGenerations));
        }
        blank(violations, "target_namespace", targetNamespace);
        blank(violations, "target_repo", targetRepo);
        blank(violations, "target_directory", targetDirectory);
        return violations;
    }

    /** Adds the fields that differ from Oxen's defaults to {@code body}. */
    void writeTo(ObjectNode body) {
        if (numGenerations != 1) {
            body.put("num_generations", numGenerations);
        }
        if (targetNamespace != null) {
            body.put("target_namespace", targetNamespace);
        }
        if (targetRepo != null) {
            body.put("target_repo", targetRepo);
        }
        if (targetDirectory != null) {
            body.put("target_directory", targetDirectory);
        }
    }

    private static void blank(List<Violation> violations, String field, String value) {
        if (value != null && value.isBlank()) {
            violations.add(new Violation("/" + field, "minLength", "must not be blank"));
        }
    }

    @Override
    public String toString() {
        return "QueueOptions[num_generations=" + numGenerations
                + (targetNamespace == null ? "" : ", target_namespace=" + targetNamespace)
                + (targetRepo == null ? "" : ", target_repo=" + targetRepo)
                + (targetDirectory == null ? "" : ", target_directory=" + targetDirectory) + "]";
    }
}
