package io.github.oxencodegen.cli;

import io.github.oxencodegen.codegen.support.JacksonDialect;
import io.github.oxencodegen.jobs.FileGenerationRequest;
import io.github.oxencodegen.jobs.FileGenerationResult;
import io.github.oxencodegen.jobs.Jobs;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelFilter;
import io.github.oxencodegen.write.WriteResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code generate}: parses its options into a {@link FileGenerationRequest} and runs {@link Jobs#generate}
 * (reads model files, bare schemas and overlays, generates, and writes the sources below the output
 * folder as the build does): only files whose content
 * changed are rewritten, files it generated before and no longer does are deleted, and the folder is
 * locked for the write, so a build writing it at the same time waits (saying so on stderr).
 */
final class GenerateCommand {
    static final String USAGE = "generate --model-file FILE [--model-file FILE ...] [--schema-file MODEL_ID=FILE ...]\n"
            + "         [--select id=GLOB,endpoint=PATH,input=CAP,output=CAP,exclude=GLOB]\n"
            + "         [--overlay MODEL_ID=PATCH.json ...] --package PACKAGE --output DIR [--no-client] [--plain-builders]\n"
            + "         [--jackson 2|3] [--verbose]";

    private final List<Path> modelFiles = new ArrayList<>();
    private final Map<String, Path> schemaFiles = new LinkedHashMap<>();
    private final Map<String, Path> overlays = new LinkedHashMap<>();
    private String packageName;
    private Path output;
    private boolean client = true;
    private ModelFilter selection;
    private boolean plainBuilders;
    private JacksonDialect jackson = JacksonDialect.JACKSON_2;

    GenerateCommand(Arguments args) throws UsageException {
        while (args.hasNext()) {
            String option = args.next();
            switch (option) {
                case "--model-file" -> modelFiles.add(Path.of(args.value(option)));
                case "--schema-file" -> putPair(schemaFiles, option, args.value(option));
                case "--overlay" -> putPair(overlays, option, args.value(option));
                case "--package" -> packageName = args.value(option);
                case "--output" -> output = Path.of(args.value(option));
                case "--no-client" -> client = false;
                case "--select" -> selection = select(args.value(option));
                case "--plain-builders" -> plainBuilders = true;
                case "--jackson" -> jackson = jackson(args.value(option));
                default -> throw new UsageException("unknown option '" + option + "' for generate");
            }
        }
        if (modelFiles.isEmpty() && schemaFiles.isEmpty()) {
            throw new UsageException("generate needs at least one --model-file or --schema-file");
        }
        if (selection != null && modelFiles.isEmpty()) {
            throw new UsageException("--select picks models from a list: give the list response as --model-file");
        }
        if (packageName == null) {
            throw new UsageException("generate needs --package");
        }
        if (output == null) {
            throw new UsageException("generate needs --output");
        }
    }

    private ModelFilter select(String text) throws UsageException {
        if (selection != null) {
            throw new UsageException("--select is given twice: join the filters with commas in one --select");
        }
        try {
            return ModelFilter.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static JacksonDialect jackson(String value) throws UsageException {
        try {
            return JacksonDialect.of(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--jackson takes 2 or 3, got '" + value + "'");
        }
    }

    private static void putPair(Map<String, Path> target, String option, String value) throws UsageException {
        int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.length() - 1) {
            throw new UsageException(option + " takes MODEL_ID=FILE, got '" + value + "'");
        }
        if (target.put(value.substring(0, equals), Path.of(value.substring(equals + 1))) != null) {
            throw new UsageException(option + " names model '" + value.substring(0, equals) + "' twice");
        }
    }

    int run(PrintStream out, PrintStream err) throws SchemaException, IOException {
        FileGenerationRequest.Builder request = FileGenerationRequest.builder()
                .overlays(overlays).basePackage(packageName).outputDirectory(output).client(client).select(selection)
                .plainBuilders(plainBuilders).jackson(jackson);
        modelFiles.forEach(request::modelFile);
        schemaFiles.forEach(request::schemaFile);
        FileGenerationResult result = Jobs.generate(request.build(), err::println);
        for (String warning : result.generation().warnings()) {
            err.println("warning: " + warning);
        }
        for (String note : result.notes()) {
            err.println("note: " + note);
        }
        for (String note : result.generation().notes()) {
            err.println("note: " + note);
        }
        WriteResult written = result.written();
        int files = result.generation().files().size();
        out.println("Generated " + files + " files for " + result.models() + " model" + (result.models() == 1 ? "" : "s")
                + " into " + output + " (" + written.written() + " written, " + written.unchanged() + " unchanged, "
                + written.deleted() + " deleted)");
        return 0;
    }
}
