package io.github.oxencodegen.maven;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;

/**
 * The {@code jackson} setting of the {@code generate} goal and what it comes to: {@code 2}, {@code 3},
 * or {@code auto}, which reads the project's compile class path as Maven resolved it, transitive
 * dependencies included (a Spring Boot 4 starter brings Jackson 3 that way): Jackson 3 when it holds
 * {@code tools.jackson.core:jackson-databind} and not {@code com.fasterxml.jackson.core:jackson-databind},
 * else Jackson 2. A project with both gets Jackson 2 (its code may read our classes with either, and
 * Jackson 2 is what it had before); {@code <jackson>3</jackson>} says otherwise.
 *
 * @param dialect the Jackson the code is generated for
 * @param reason  the build log's line: which dialect and why
 * @param warning a warning to log as well, such as an explicit dialect the project does not depend on
 */
record JacksonChoice(JacksonDialect dialect, String reason, Optional<String> warning) {
    static final String JACKSON_2 = "com.fasterxml.jackson.core:jackson-databind";
    static final String JACKSON_3 = "tools.jackson.core:jackson-databind";

    /**
     * What {@code setting} comes to for a project whose compile class path holds {@code artifacts}.
     *
     * @throws IllegalArgumentException naming the allowed values, for a setting that is not one of them
     */
    static JacksonChoice of(String setting, Collection<Artifact> artifacts) {
        String value = setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        Optional<Artifact> jackson2 = find(artifacts, JACKSON_2);
        Optional<Artifact> jackson3 = find(artifacts, JACKSON_3);
        if (value.equals("auto")) {
            if (jackson3.isPresent() && jackson2.isEmpty()) {
                return new JacksonChoice(JacksonDialect.JACKSON_3, "Generating for Jackson 3 (jackson=auto: the project depends on "
                        + describe(jackson3.get()) + " and not on " + JACKSON_2 + ")", Optional.empty());
            }
            String why = jackson2.isEmpty()
                    ? "the project depends on neither " + JACKSON_2 + " nor " + JACKSON_3
                    : jackson3.isEmpty()
                    ? "the project depends on " + describe(jackson2.get())
                    : "the project depends on both " + describe(jackson2.get()) + " and " + describe(jackson3.get())
                            + "; <jackson>3</jackson> generates for Jackson 3";
            // no warning when neither is there: a module may only generate sources that another one compiles
            return new JacksonChoice(JacksonDialect.JACKSON_2, "Generating for Jackson 2 (jackson=auto: " + why + ")", Optional.empty());
        }
        JacksonDialect dialect;
        try {
            dialect = JacksonDialect.of(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<jackson> must be 2, 3 or auto, not '" + setting + "'");
        }
        Optional<Artifact> needed = dialect == JacksonDialect.JACKSON_2 ? jackson2 : jackson3;
        String coordinates = dialect == JacksonDialect.JACKSON_2 ? JACKSON_2 : JACKSON_3;
        return new JacksonChoice(dialect, "Generating for Jackson " + dialect.setting() + " (jackson=" + dialect.setting() + ")",
                needed.isPresent() ? Optional.empty() : Optional.of("jackson=" + dialect.setting() + ", but the project does not depend on "
                        + coordinates + ": the generated code will not compile without it"));
    }

    private static Optional<Artifact> find(Collection<Artifact> artifacts, String coordinates) {
        return artifacts.stream().filter(a -> (a.getGroupId() + ":" + a.getArtifactId()).equals(coordinates)).findFirst();
    }

    private static String describe(Artifact artifact) {
        return artifact.getGroupId() + ":" + artifact.getArtifactId() + " " + artifact.getVersion();
    }
}
