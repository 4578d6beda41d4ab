package io.github.oxencodegen.codegen.support;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;

/**
 * Names of the support types emitted once per base package and shared by every generated
 * validator: the violation record, the exception that carries violations, and the helpers the
 * validators call (instance paths, JSON value arithmetic, formats, media references). Each is a
 * source of {@code io.github.oxencodegen.runtime} of the same simple name, copied into the base package.
 *
 * @param basePackage the package the support types are generated in
 */
public record SupportTypes(String basePackage) {
    public SupportTypes {
        Objects.requireNonNull(basePackage, "basePackage");
        if (!basePackage.isEmpty() && !SourceVersion.isName(basePackage)) {
            throw new IllegalArgumentException("not a Java package name: '" + basePackage + "'");
        }
    }

    /** {@code <basePackage>.Violation}: one broken rule, with its JSON Pointer, keyword and message. */
    public ClassName violation() {
        return ClassName.get(basePackage, "Violation");
    }

    /** {@code <basePackage>.ValidationException}: thrown with every violation of a request. */
    public ClassName validationException() {
        return ClassName.get(basePackage, "ValidationException");
    }

    /** {@code <basePackage>.InstancePath}: a location in a request, turned into a JSON Pointer only when reported. */
    public ClassName instancePath() {
        return ClassName.get(basePackage, "InstancePath");
    }

    /** {@code <basePackage>.JsonValues}: JSON equality and exact number arithmetic. */
    public ClassName jsonValues() {
        return ClassName.get(basePackage, "JsonValues");
    }

    /** {@code <basePackage>.JsonFormats}: the {@code format} checks. */
    public ClassName jsonFormats() {
        return ClassName.get(basePackage, "JsonFormats");
    }

    /** {@code <basePackage>.MediaReferences}: the {@code x-media-references} check. */
    public ClassName mediaReferences() {
        return ClassName.get(basePackage, "MediaReferences");
    }

    /** Every support type, in the order {@link SupportEmitter#emit} returns their files. */
    public List<ClassName> all() {
        return List.of(violation(), validationException(), instancePath(), jsonValues(), jsonFormats(), mediaReferences());
    }

    /** {@code <basePackage>.OxenRequest}: what every request class implements for the client. */
    public ClassName oxenRequest() {
        return ClassName.get(basePackage, "OxenRequest");
    }

    /** The result type of a synchronous call to {@code endpoint}: images, videos, or the raw JSON. */
    public ClassName resultOf(String endpoint) {
        return switch (endpoint) {
            case "/images/generate", "/images/edit" -> ClassName.get(basePackage, "GeneratedImages");
            case "/videos/generate" -> ClassName.get(basePackage, "GeneratedVideos");
            default -> ClassName.get(basePackage, "JsonResult");
        };
    }

    /**
     * The client runtime ({@code OxenClient} and what it needs), emitted beside the support types
     * unless the client is turned off; each a source of {@code io.github.oxencodegen.runtime} too.
     */
    public List<ClassName> client() {
        return Stream.of("OxenRequest", "OxenClient", "OxenHttp", "CallAttempts", "Retries", "OxenException", "ResponseFormat",
                "QueueOptions", "QueueFilter", "Generation", "GenerationStatus", "PollingCadence", "CompletionWaiter",
                "EventListener", "EventSubscription", "EventStreamParser", "OxenEvent", "Downloads", "MediaItem", "MediaItems",
                "GeneratedImages", "GeneratedVideos", "JsonResult")
                .map(name -> ClassName.get(basePackage, name)).toList();
    }
}
