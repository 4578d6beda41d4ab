package io.github.oxencodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;

class JacksonChoiceTest {
    private static final Artifact JACKSON_2 = artifact("com.fasterxml.jackson.core", "jackson-databind", "2.22.4");
    private static final Artifact JACKSON_3 = artifact("tools.jackson.core", "jackson-databind", "3.3.0");
    private static final Artifact ANNOTATIONS = artifact("com.fasterxml.jackson.core", "jackson-annotations", "2.20");
    private static final Artifact BOOT = artifact("org.springframework.boot", "spring-boot-starter-json", "4.0.0");

    private static Artifact artifact(String group, String name, String version) {
        return new DefaultArtifact(group, name, version, "compile", "jar", null, new DefaultArtifactHandler("jar"));
    }

    @Test
    void autoPicksJackson3WhenTheClassPathHoldsJackson3sDatabindAndNotJackson2s() {
        JacksonChoice choice = JacksonChoice.of("auto", List.of(BOOT, JACKSON_3, ANNOTATIONS));

        assertThat(choice.dialect()).isEqualTo(JacksonDialect.JACKSON_3);
        assertThat(choice.reason()).isEqualTo("Generating for Jackson 3 (jackson=auto: the project depends on"
                + " tools.jackson.core:jackson-databind 3.3.0 and not on com.fasterxml.jackson.core:jackson-databind)");
        assertThat(choice.warning()).isEmpty();
    }

    @Test
    void autoPicksJackson2WhenTheClassPathHoldsJackson2sDatabindWithOrWithoutJackson3s() {
        assertThat(JacksonChoice.of("auto", List.of(JACKSON_2, ANNOTATIONS)).reason()).isEqualTo(
                "Generating for Jackson 2 (jackson=auto: the project depends on com.fasterxml.jackson.core:jackson-databind 2.22.4)");
        JacksonChoice both = JacksonChoice.of(null, List.of(JACKSON_3, JACKSON_2));
        assertThat(both.dialect()).isEqualTo(JacksonDialect.JACKSON_2);
        assertThat(both.reason()).contains("depends on both").contains("<jackson>3</jackson> generates for Jackson 3");
        assertThat(both.warning()).isEmpty();
    }

    @Test
    void autoWithNoDatabindPicksJackson2AndSaysSoWithoutAWarning() {
        JacksonChoice choice = JacksonChoice.of("auto", List.of(ANNOTATIONS));

        assertThat(choice.dialect()).isEqualTo(JacksonDialect.JACKSON_2);
        assertThat(choice.reason()).contains("depends on neither");
        assertThat(choice.warning()).isEmpty();
    }

    @Test
    void anExplicitDialectIsTakenAndWarnsWhenTheProjectLacksIt() {
        JacksonChoice three = JacksonChoice.of("3", List.of(JACKSON_2));

        assertThat(three.dialect()).isEqualTo(JacksonDialect.JACKSON_3);
        assertThat(three.reason()).isEqualTo("Generating for Jackson 3 (jackson=3)");
        assertThat(three.warning()).get().asString().contains("does not depend on tools.jackson.core:jackson-databind");
        assertThat(JacksonChoice.of("2", List.of(JACKSON_2)).warning()).isEmpty();
    }

    @Test
    void anyOtherSettingIsRefusedWithTheAllowedValues() {
        assertThatThrownBy(() -> JacksonChoice.of("4", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<jackson> must be 2, 3 or auto, not '4'");
    }
}
