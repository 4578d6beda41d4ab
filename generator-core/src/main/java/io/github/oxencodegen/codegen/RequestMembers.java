package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.oxencodegen.codegen.source.AnnotationSpec;
import io.github.oxencodegen.codegen.source.FieldSpec;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.source.TypeSpec;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.codegen.text.JavadocText;
import io.github.oxencodegen.model.Documentation;
import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import io.github.oxencodegen.model.RequestModel;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What only the request class has: the model id, endpoint and schema hash as constants, the
 * {@code "model"} envelope field on the wire, JSON reading and writing, and a {@code build()} that
 * runs the generated validator.
 */
final class RequestMembers {
    private final RequestModel model;
    private final ClassName validator;
    private final ClassName validationException;
    private final ClassName violation;
    private final SupportTypes client;

    RequestMembers(RequestModel model, ClassName validator, ClassName validationException, ClassName violation) {
        this(model, validator, validationException, violation, null);
    }

    /**
     * @param client the support types when the client is generated (the request then implements
     *               {@code OxenRequest}, if its model names an endpoint); null when it is not
     */
    RequestMembers(RequestModel model, ClassName validator, ClassName validationException, ClassName violation,
            SupportTypes client) {
        this.model = model;
        this.validator = validator;
        this.validationException = validationException;
        this.violation = violation;
        this.client = client;
    }

    /** True when the request carries {@code "model"} on the wire (always, unless the schema itself names a property {@code model}). */
    boolean sendsModel(ObjectType type) {
        for (Property property : type.properties()) {
            if (property.jsonName().equals("model")) {
                return false;
            }
        }
        return true;
    }

    void addConstantsAndJavadoc(TypeSpec.Builder spec, ObjectType type) {
        List<String> extra = new ArrayList<>();
        extra.add("Immutable. Create one with {@link #builder()}; {@link Builder#build()} checks it against the\n"
                + "model's request schema and reports every violation at once. On the wire it carries\n"
                + "{@code \"model\"} beside the parameters; properties that are not set are left out.");
        String lead = "Request parameters of the Oxen model {@code " + JavadocText.escape(model.modelId()) + "}"
                + (model.endpoint() == null ? "." : ", sent to {@code " + JavadocText.escape(model.endpoint()) + "}.");
        Documentation doc = type.documentation();
        List<String> paragraphs = new ArrayList<>();
        if (doc.description() != null || !doc.facts().isEmpty()) {
            paragraphs.add(JavadocText.compose(new Documentation(null, doc.description(), doc.facts()), null, List.of()).strip());
        }
        paragraphs.addAll(extra);
        spec.addJavadoc("$L\n", lead);
        for (String paragraph : paragraphs) {
            spec.addJavadoc("<p>$L\n", paragraph);
        }
        spec.addField(FieldSpec.builder(String.class, "MODEL_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The Oxen model id, sent as {@code \"model\"}.\n")
                .initializer("$S", model.modelId()).build());
        if (model.endpoint() != null) {
            spec.addField(FieldSpec.builder(String.class, "ENDPOINT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The endpoint path that takes this request, below the API base URL.\n")
                    .initializer("$S", model.endpoint()).build());
        }
        spec.addField(FieldSpec.builder(String.class, "SCHEMA_SHA256", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("SHA-256 of the canonical request schema this class was generated from.\n")
                .initializer("$S", model.sha256()).build());
    }

    void addEnvelopeMethods(TypeSpec.Builder spec, ClassName self, ObjectType type, JsonTreeMethod.Envelope envelope) {
        boolean sendsModel = sendsModel(type);
        if (sendsModel) {
            spec.addMethod(MethodSpec.methodBuilder("model")
                    .addJavadoc("The model id, always {@link #MODEL_ID}; sent as {@code \"model\"}.\n\n@return {@link #MODEL_ID}\n")
                    .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_PROPERTY).addMember("value", "$S", "model").build())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(String.class)
                    .addStatement("return MODEL_ID")
                    .build());
        }
        spec.addMethod(JsonTreeMethod.emit(type, self.packageName(),
                "The request parameters as JSON, without the {@code \"model\"} envelope: the instance the\n"
                        + "request schema describes, as the validator reads it and as {@link #toJson()} sends it.\n\n"
                        + "@return a new tree\n",
                envelope));
        spec.addMethod(MethodSpec.methodBuilder("toJson")
                .addJavadoc("The exact JSON body sent to {@code $L}: {@code \"model\"} and every property that is set.\n\n"
                        + "@return the JSON text\n",
                        model.endpoint() == null ? "the model's endpoint" : JavadocText.escape(model.endpoint()))
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .beginControlFlow("try")
                .addStatement("return MAPPER.writeValueAsString(this)")
                .nextControlFlow("catch ($T e)", TypeNames.JSON_PROCESSING_EXCEPTION)
                .addStatement("throw new $T(e)", UncheckedIOException.class)
                .endControlFlow()
                .build());
        spec.addMethod(MethodSpec.methodBuilder("fromJson")
                .addJavadoc("Reads a request body (with or without {@code \"model\"}); unknown properties are kept.\n"
                        + "Nothing is validated: call {@link #validate()} on the result.\n\n"
                        + "@param json the JSON text\n@return the request\n"
                        + "@throws $T when the text is not JSON or does not fit the Java types\n", TypeNames.JSON_PROCESSING_EXCEPTION)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "json")
                .addException(TypeNames.JSON_PROCESSING_EXCEPTION)
                .addStatement("return MAPPER.readValue(json, $T.class)", self)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("validate")
                .addJavadoc("Every violation of the request schema, each with its JSON Pointer; empty when valid.\n\n"
                        + "@return the violations, in the validator's order\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(TypeNames.LIST, violation))
                .addStatement("return $T.validate(this)", validator)
                .build());
        addClientMethods(spec, type);
    }

    /**
     * Makes the request an {@code OxenRequest} of its endpoint's result type (images, videos, or the
     * raw JSON), so that {@code OxenClient} can send it: when the client is generated, the model names
     * its endpoint, the request carries {@code "model"}, and no property's accessor takes the names
     * {@code endpoint} or {@code readResult}.
     */
    private void addClientMethods(TypeSpec.Builder spec, ObjectType type) {
        if (client == null || model.endpoint() == null || !sendsModel(type)) {
            return;
        }
        for (Property property : type.properties()) {
            if (property.javaName().equals("endpoint") || property.javaName().equals("readResult")) {
                return;
            }
        }
        ClassName result = client.resultOf(model.endpoint());
        spec.addSuperinterface(ParameterizedTypeName.get(client.oxenRequest(), result));
        spec.addMethod(MethodSpec.methodBuilder("endpoint")
                .addJavadoc("{@link #ENDPOINT}: the path below the API base URL that takes this request synchronously.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return ENDPOINT")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("readResult")
                .addJavadoc("The answer of {@code $L}, read as {@link $T}.\n", JavadocText.escape(model.endpoint()), result)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(result)
                .addParameter(TypeNames.JSON_NODE, "answer")
                .addStatement("return $T.of(answer)", result)
                .build());
    }

    MethodSpec modelCheck(ClassName builder) {
        return MethodSpec.methodBuilder("model")
                .addAnnotation(AnnotationSpec.builder(TypeNames.JSON_PROPERTY).addMember("value", "$S", "model").build())
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(String.class, "model")
                .beginControlFlow("if (model != null && !MODEL_ID.equals(model))")
                .addStatement("throw new $T($S + MODEL_ID + $S + model + $S)", IllegalArgumentException.class,
                        "this request type is for model '", "', not '", "'")
                .endControlFlow()
                .addStatement("return this")
                .build();
    }

    MethodSpec validatingBuild(ClassName owner) {
        return MethodSpec.methodBuilder("build")
                .addJavadoc("Builds the request and checks it against the request schema.\n\n"
                        + "@return the valid request\n@throws $T listing every violation, each with its JSON Pointer\n",
                        validationException)
                .addModifiers(Modifier.PUBLIC)
                .returns(owner)
                .addStatement("$T request = new $T(this)", owner, owner)
                .addStatement("$T<$T> violations = $T.validate(request)", TypeNames.LIST, violation, validator)
                .beginControlFlow("if (!violations.isEmpty())")
                .addStatement("throw new $T(MODEL_ID, violations)", validationException)
                .endControlFlow()
                .addStatement("return request")
                .build();
    }
}
