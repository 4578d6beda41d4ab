package io.github.oxencodegen.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.oxencodegen.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Maven prints when a goal fails on bad input: Maven's own exception handler, as {@code mvn} runs it,
 * appends the message of every cause that the failure's message does not already contain.
 */
@MojoTest
class FailureMessageTest {
    private static final String BROKEN = "{\n  \"id\": \"flux-1-dev\",\n  \"request_schema\": {\"type\": \"object\",}\n}\n";

    @TempDir
    Path temp;

    /** The line the CLI prints for {@code file}, without its {@code oxen-codegen: } prefix. */
    private static String cliLine(Path file) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("generate", "--model-file", file.toString(), "--package", "com.acme", "--output",
                file.resolveSibling("cli-out").toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        String line = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).startsWith("oxen-codegen: ").doesNotContain("\n");
        return line.substring("oxen-codegen: ".length());
    }

    /** The message {@code mvn} prints for the failure. */
    private static String printedByMaven(MojoExecutionException failure) {
        return new DefaultExceptionHandler().handleException(failure).getMessage();
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "packageName", value = "com.acme.oxen")
    @MojoParameter(name = "fetch", value = "never")
    void aSnapshotThatIsNotJsonIsReportedOnceInTheCliWordsWithoutTheParserInternals(GenerateMojo mojo) throws Exception {
        Path snapshots = Files.createDirectories(temp.resolve("snapshots"));
        Path snapshot = Files.writeString(snapshots.resolve("flux-1-dev.json"), BROKEN);
        setVariableValueToObject(mojo, "models", List.of("flux-1-dev"));
        setVariableValueToObject(mojo, "snapshotDirectory", snapshots.toFile());
        setVariableValueToObject(mojo, "outputDirectory", temp.resolve("generated").toFile());

        String printed = printedByMaven(catchThrowableOfType(mojo::execute, MojoExecutionException.class));

        String cli = cliLine(snapshot);
        assertThat(printed).endsWith(cli).doesNotContain("[Source").doesNotContain("REDACTED").doesNotContain("\n");
        assertThat(printed.split("Unexpected character", -1)).hasSize(2);
    }

    @Test
    @InjectMojo(goal = "check")
    @MojoParameter(name = "fetch", value = "never")
    void anOverlayThatIsNotJsonIsReportedOnceByTheCheckGoal(CheckMojo mojo) throws Exception {
        Path overlay = Files.writeString(temp.resolve("overlay.json"), "{\"properties\": {\"prompt\": {\"maxLength\": 10,}}}");
        Overlay configured = new Overlay();
        configured.setModel("flux-1-dev");
        configured.setFile(overlay.toFile());
        setVariableValueToObject(mojo, "models", List.of("flux-1-dev"));
        setVariableValueToObject(mojo, "overlays", List.of(configured));
        setVariableValueToObject(mojo, "snapshotDirectory", temp.resolve("snapshots").toFile());
        setVariableValueToObject(mojo, "reportDirectory", temp.resolve("report").toFile());

        String printed = printedByMaven(catchThrowableOfType(mojo::execute, MojoExecutionException.class));

        assertThat(printed).contains(overlay + ", model 'flux-1-dev': the overlay is not valid JSON at line 1, column ")
                .doesNotContain("[Source").doesNotContain("\n");
        assertThat(printed.split("Unexpected character", -1)).hasSize(2);
    }
}
