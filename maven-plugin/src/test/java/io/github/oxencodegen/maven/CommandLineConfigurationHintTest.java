package io.github.oxencodegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class CommandLineConfigurationHintTest {
    private static PluginDescriptor oxenPlugin() {
        PluginDescriptor plugin = new PluginDescriptor();
        plugin.setGroupId("io.github.oxencodegen");
        plugin.setArtifactId("oxen-maven-plugin");
        plugin.setGoalPrefix("oxen");
        return plugin;
    }

    private static MojoExecution execution(String goal, String executionId, MojoExecution.Source source) {
        MojoDescriptor mojo = new MojoDescriptor();
        mojo.setGoal(goal);
        mojo.setPluginDescriptor(oxenPlugin());
        return new MojoExecution(mojo, executionId, source);
    }

    private static PluginExecution pluginExecution(String id, boolean configured) {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.addGoal("generate");
        if (configured) {
            Xpp3Dom configuration = new Xpp3Dom("configuration");
            Xpp3Dom packageName = new Xpp3Dom("packageName");
            packageName.setValue("com.acme.oxen");
            configuration.addChild(packageName);
            execution.setConfiguration(configuration);
        }
        return execution;
    }

    private static MavenProject projectDeclaring(PluginExecution... executions) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("io.github.oxencodegen");
        plugin.setArtifactId("oxen-maven-plugin");
        for (PluginExecution execution : executions) {
            plugin.addExecution(execution);
        }
        Model model = new Model();
        model.setBuild(new Build());
        model.getBuild().addPlugin(plugin);
        return new MavenProject(model);
    }

    @Test
    void aCommandLineGoalIsToldThatTheConfigurationInsideAnExecutionIsNotReadAndHowToUseIt() {
        MavenProject project = projectDeclaring(pluginExecution("oxen-requests", true));

        String hint = CommandLineConfigurationHint.of(execution("check", "default-cli", MojoExecution.Source.CLI),
                oxenPlugin(), project);

        assertThat(hint).isEqualTo("; mvn oxen:check run from the command line reads only the plugin's own"
                + " <configuration>, not one inside <execution> 'oxen-requests': move that <configuration> up into"
                + " <plugin>, or run mvn oxen:check@oxen-requests");
    }

    @Test
    void everyConfiguredExecutionIsNamedAndOnlyConfiguredOnes() {
        MavenProject project = projectDeclaring(pluginExecution("bare", false), pluginExecution("first", true),
                pluginExecution("second", true));

        String hint = CommandLineConfigurationHint.of(execution("generate", "default-cli", MojoExecution.Source.CLI),
                oxenPlugin(), project);

        assertThat(hint).contains("inside <execution> 'first', 'second':").endsWith("mvn oxen:generate@first")
                .doesNotContain("bare");
    }

    @Test
    void noHintWhenNoExecutionHoldsAConfiguration() {
        MavenProject project = projectDeclaring(pluginExecution("bare", false));

        assertThat(CommandLineConfigurationHint.of(execution("check", "default-cli", MojoExecution.Source.CLI),
                oxenPlugin(), project)).isEmpty();
    }

    @Test
    void noHintForAGoalRunByTheLifecycleOrNamingItsExecution() {
        MavenProject project = projectDeclaring(pluginExecution("oxen-requests", true));

        assertThat(CommandLineConfigurationHint.of(execution("generate", "oxen-requests", MojoExecution.Source.LIFECYCLE),
                oxenPlugin(), project)).isEmpty();
        assertThat(CommandLineConfigurationHint.of(execution("generate", "oxen-requests", MojoExecution.Source.CLI),
                oxenPlugin(), project)).isEmpty();
    }

    @Test
    void noHintWhenTheProjectDoesNotDeclareThePlugin() {
        MavenProject project = new MavenProject(new Model());

        assertThat(CommandLineConfigurationHint.of(execution("check", "default-cli", MojoExecution.Source.CLI),
                oxenPlugin(), project)).isEmpty();
    }
}
