package io.github.oxencodegen.maven;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * Why a goal run from the command line ({@code mvn oxen:check}) may see no configuration: Maven gives it
 * the plugin's own {@code <configuration>} only, never one written inside an {@code <execution>}. The
 * configuration errors of the goals end with this hint when that is the case.
 */
final class CommandLineConfigurationHint {
    private static final String COMMAND_LINE_EXECUTION_ID = "default-cli";

    private CommandLineConfigurationHint() {}

    /**
     * The hint, starting with a separator, when the goal runs from the command line without an execution
     * id and the POM configures this plugin inside one or more {@code <execution>}s; otherwise "".
     */
    static String of(MojoExecution execution, PluginDescriptor plugin, MavenProject project) {
        if (execution == null || project == null || !COMMAND_LINE_EXECUTION_ID.equals(execution.getExecutionId())) {
            return "";
        }
        Plugin declared = project.getPlugin(plugin.getPluginLookupKey());
        List<String> configured = declared == null ? List.of() : declared.getExecutions().stream()
                .filter(each -> each.getConfiguration() != null)
                .map(PluginExecution::getId)
                .collect(Collectors.toList());
        if (configured.isEmpty()) {
            return "";
        }
        String goal = "mvn " + plugin.getGoalPrefix() + ":" + execution.getGoal();
        String executions = configured.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return "; " + goal + " run from the command line reads only the plugin's own <configuration>, not one inside"
                + " <execution> " + executions + ": move that <configuration> up into <plugin>, or run "
                + goal + "@" + configured.get(0);
    }
}
