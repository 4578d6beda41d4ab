package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.codegen.source.MethodSpec;
import io.github.oxencodegen.codegen.support.SupportTypes;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.RefResolver;
import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.schema.UnresolvableRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a request schema into the private methods of a validator: every schema object reached
 * from the root (through keywords or local {@code $ref}s) becomes one pair of methods, compiled
 * once however often it is referenced, so recursive schemas give recursive methods that stop
 * where the instance ends. A {@code $ref} stands for its target (draft-07 ignores its siblings).
 */
final class SchemaCompiler {
    /**
     * What compiling produced.
     *
     * @param root    the handle of the whole schema
     * @param objects the handles of the extra schemas asked for, in the order asked
     * @param methods every method, in compilation order
     */
    record Result(Subschema root, List<Subschema> objects, List<MethodSpec> methods) {}

    private record Pending(String pointer, JsonNode schema, Subschema handle) {}

    private final JsonNode root;
    private final String modelId;
    private final SupportTypes support;
    private final RefResolver refs;
    private final ConstantPool constants;
    private final Identifiers methodNames = new Identifiers("validate", "isValid", "requireValid");
    private final Map<String, Subschema> compiled = new LinkedHashMap<>();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private final Map<String, Map<String, String>> sameInstance = new LinkedHashMap<>();

    SchemaCompiler(JsonNode root, String modelId, SupportTypes support) {
        this.root = root;
        this.modelId = modelId;
        this.support = support;
        this.refs = new RefResolver(root);
        this.constants = new ConstantPool(modelId);
    }

    Result compile() throws SchemaException {
        return compile(List.of());
    }

    /**
     * Compiles the whole schema, and also makes the schemas at {@code objectPointers} (those of the
     * generated nested classes) entry points of their own, with their collecting methods kept.
     */
    Result compile(List<String> objectPointers) throws SchemaException {
        Subschema rootHandle = subschema("", root, null);
        List<SchemaBody.Methods> bodies = new ArrayList<>();
        compilePending(bodies);
        // Nested classes' schemas after the root's, so that they are mostly compiled already and the
        // methods keep the order (and names) they have without them.
        List<Subschema> objects = new ArrayList<>();
        for (String pointer : objectPointers) {
            objects.add(subschema(pointer, schemaAt(pointer), null));
        }
        compilePending(bodies);
        InfiniteRecursion.verify(sameInstance, modelId);
        List<MethodSharing.Kept> kept = MethodSharing.share(bodies);
        List<MethodSpec> methods = new ArrayList<>();
        kept.forEach(body -> methods.addAll(body.methods().fast(body.alsoAt())));
        List<Subschema> entries = new ArrayList<>();
        entries.add(rootHandle);
        entries.addAll(objects);
        methods.addAll(CollectingMethods.reachable(entries, kept));
        return new Result(rootHandle, List.copyOf(objects), methods);
    }

    /**
     * The handle of the schema at {@code pointer}, compiling it later if it is new. {@code appliedBy}
     * is the pointer of the schema that applies it to its own instance (allOf, if, $ref, ...), or
     * null when it is applied to a value below the instance.
     */
    Subschema subschema(String pointer, JsonNode schema, String appliedBy) throws SchemaException {
        RefResolver.Target target = follow(pointer, schema);
        JsonNode resolved = target.schema();
        if (resolved.isBoolean()) {
            return resolved.booleanValue() ? Subschema.ALWAYS : Subschema.NEVER;
        }
        if (!resolved.isObject()) {
            throw new SchemaException(null, modelId, target.pointer(), "a schema must be an object or a boolean, found " + resolved);
        }
        JsonNode id = resolved.get("$id");
        if (id != null && !target.pointer().isEmpty() && !(id.isTextual() && id.textValue().startsWith("#"))) {
            throw new SchemaException(null, modelId, JsonPointers.child(target.pointer(), "$id"),
                    "a nested '$id' changes what references mean; only the root schema may have one");
        }
        if (!Validating.any(resolved)) {
            return Subschema.ALWAYS;
        }
        Subschema handle = compiled.get(target.pointer());
        if (handle == null) {
            String name = methodName(MethodNames.base(target.pointer()));
            handle = Subschema.method(target.pointer(), "isValid" + name, "collect" + name);
            compiled.put(target.pointer(), handle);
            pending.addLast(new Pending(target.pointer(), resolved, handle));
        }
        if (appliedBy != null) {
            sameInstance.computeIfAbsent(appliedBy, k -> new LinkedHashMap<>()).putIfAbsent(handle.pointer(), pointer);
        }
        return handle;
    }

    private void compilePending(List<SchemaBody.Methods> bodies) throws SchemaException {
        while (!pending.isEmpty()) {
            Pending next = pending.removeFirst();
            SchemaContext context = new SchemaContext(new SchemaValues(next.schema(), next.pointer(), modelId), this,
                    RuleContext.of(root, next.pointer(), modelId));
            bodies.add(new SchemaBody(context, next.handle(), this).methods());
        }
    }

    private JsonNode schemaAt(String pointer) throws SchemaException {
        JsonNode schema = root.at(pointer);
        if (schema.isMissingNode()) {
            throw new SchemaException(null, modelId, pointer, "no schema at this pointer, though a generated class comes from it");
        }
        return schema;
    }

    /** The schema at {@code pointer} after following its {@code $ref}s. */
    JsonNode resolve(String pointer, JsonNode schema) throws SchemaException {
        return follow(pointer, schema).schema();
    }

    private RefResolver.Target follow(String pointer, JsonNode schema) throws SchemaException {
        try {
            return refs.follow(pointer, schema);
        } catch (UnresolvableRef e) {
            throw e.toSchemaException(null, modelId);
        }
    }

    /** A method name stem not used yet in this class. */
    String methodName(String base) {
        return methodNames.unique(base);
    }

    ConstantPool constants() {
        return constants;
    }

    SupportTypes support() {
        return support;
    }

    String modelId() {
        return modelId;
    }
}
