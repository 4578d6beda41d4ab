package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.SchemaException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * What the place of a schema in the request schema adds to the violations of its rules, read from the
 * schemas that enclose it:
 * <ul>
 *   <li>the condition: each enclosing {@code then} or {@code else} names its {@code if} (in words when
 *       {@link ConditionText} can, always with its JSON Pointer), each enclosing schema dependency names
 *       its property; innermost first, joined with {@code and}; empty when the rule always applies;</li>
 *   <li>the message: the {@code x-message} of the schema itself or, failing that, of the nearest enclosing
 *       schema that has one; it leads the rule's own message.</li>
 * </ul>
 * The place is the schema's place in the document: a schema reached through {@code $ref} is read where it
 * is written, not where it is referenced from.
 */
record RuleContext(String condition, String message) {
    /** The vendor keyword that gives the rules of its schema (and the schemas inside it) a message of their own. */
    static final String X_MESSAGE = "x-message";

    private static final Set<String> NAMED_SCHEMAS = Set.of("properties", "patternProperties", "definitions", "$defs", "dependencies");
    private static final Set<String> LISTED_SCHEMAS = Set.of("allOf", "anyOf", "oneOf");
    private static final Set<String> ONE_SCHEMA = Set.of("not", "if", "then", "else", "additionalItems",
            "additionalProperties", "contains", "propertyNames");

    private enum Expect { SCHEMA, NAME, INDEX }

    /** The context of the schema at {@code pointer} (a pointer into {@code root}, as the compiler names it). */
    static RuleContext of(JsonNode root, String pointer, String modelId) throws SchemaException {
        List<String> conditions = new ArrayList<>();
        String message = null;
        JsonNode node = root;
        String at = "";
        Expect expect = Expect.SCHEMA;
        String keyword = null;
        for (String token : tokens(pointer)) {
            if (expect == Expect.SCHEMA) {
                if (!node.isObject()) {
                    break;
                }
                message = messageOf(node, at, modelId, message);
                keyword = token;
                if (token.equals("then") || token.equals("else")) {
                    conditions.add(branchCondition(node.get("if"), JsonPointers.child(at, "if"), token.equals("then")));
                }
                expect = NAMED_SCHEMAS.contains(token) ? Expect.NAME
                        : LISTED_SCHEMAS.contains(token) || (token.equals("items") && node.path("items").isArray()) ? Expect.INDEX
                        : ONE_SCHEMA.contains(token) || token.equals("items") ? Expect.SCHEMA : null;
                if (expect == null) {
                    return new RuleContext(joined(conditions), message);
                }
            } else {
                if (keyword.equals("dependencies")) {
                    conditions.add(token + " is present (" + shown(JsonPointers.child(at, token)) + ")");
                }
                expect = Expect.SCHEMA;
            }
            node = node.isArray() ? (isIndex(token) ? node.get(Integer.parseInt(token)) : null) : node.get(token);
            at = JsonPointers.child(at, token);
            if (node == null) {
                break;
            }
        }
        if (expect == Expect.SCHEMA && node != null && node.isObject()) {
            message = messageOf(node, at, modelId, message);
        }
        return new RuleContext(joined(conditions), message);
    }

    private static String branchCondition(JsonNode ifSchema, String ifPointer, boolean then) {
        String words = ConditionText.describe(ifSchema).orElse(null);
        if (then) {
            return words == null ? shown(ifPointer) + " matches" : words + " (" + shown(ifPointer) + ")";
        }
        return shown(ifPointer) + " does not match" + (words == null ? "" : " (" + words + ")");
    }

    private static String messageOf(JsonNode schema, String at, String modelId, String outer) throws SchemaException {
        JsonNode message = schema.get(X_MESSAGE);
        if (message == null) {
            return outer;
        }
        if (!message.isTextual() || message.textValue().isBlank()) {
            throw new SchemaException(null, modelId, JsonPointers.child(at, X_MESSAGE),
                    "x-message must be a string that is not blank (the message of the rules of its schema), found " + message);
        }
        return message.textValue();
    }

    private static String joined(List<String> outermostFirst) {
        List<String> innermostFirst = new ArrayList<>(outermostFirst);
        Collections.reverse(innermostFirst);
        return String.join(" and ", innermostFirst);
    }

    private static String shown(String pointer) {
        return "#" + pointer;
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.chars().allMatch(Character::isDigit) && token.length() < 10;
    }

    private static List<String> tokens(String pointer) {
        List<String> tokens = new ArrayList<>();
        if (pointer.isEmpty()) {
            return tokens;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(JsonPointers.unescape(token));
        }
        return tokens;
    }
}
