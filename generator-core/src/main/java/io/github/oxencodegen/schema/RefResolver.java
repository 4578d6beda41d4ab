package io.github.oxencodegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one resolver of {@code $ref}: a URI fragment holding a JSON Pointer into the request schema
 * itself ({@code #}, {@code #/definitions/x}, {@code #/$defs/x}, {@code #/properties/a/items}).
 * The fragment is percent-decoded once (RFC 3986, UTF-8), then read as a JSON Pointer (RFC 6901:
 * {@code ~1} is {@code /}, {@code ~0} is {@code ~}). Anything else (another document, a plain-name
 * anchor, a malformed escape, a target that is missing or not a schema, references going round in a
 * circle) is an {@link UnresolvableRef}, since the generator never fetches schemas. As draft-07
 * says, a schema holding {@code $ref} stands for its target; keywords beside it are ignored.
 */
public final class RefResolver {
    /** Where a reference leads: the target's canonical pointer (escaped, not percent-encoded) and the target. */
    public record Target(String pointer, JsonNode schema) {}

    private final JsonNode root;

    /** A resolver of references into {@code root}, the whole request schema. */
    public RefResolver(JsonNode root) {
        this.root = root;
    }

    /** True when {@code schema} holds a {@code $ref}, so that it stands for another schema. */
    public static boolean hasRef(JsonNode schema) {
        return schema != null && schema.isObject() && schema.has(Keyword.REF.jsonName());
    }

    /**
     * The schema that stands at {@code pointer}: {@code schema} itself when it holds no {@code $ref},
     * otherwise the end of its chain of references.
     */
    public Target follow(String pointer, JsonNode schema) throws UnresolvableRef {
        Target target = new Target(pointer, schema);
        Set<String> seen = new LinkedHashSet<>();
        while (hasRef(target.schema())) {
            if (!seen.add(target.pointer())) {
                JsonNode ref = target.schema().get(Keyword.REF.jsonName());
                throw new UnresolvableRef(target.pointer(), ref.isTextual() ? ref.textValue() : ref.toString(),
                        "'$ref' goes round in a circle " + seen + " without reaching a schema");
            }
            target = resolve(target.pointer(), target.schema().get(Keyword.REF.jsonName()));
        }
        return target;
    }

    /** The target of {@code ref}, the {@code $ref} value of the schema at {@code schemaPointer}; not followed further. */
    public Target resolve(String schemaPointer, JsonNode ref) throws UnresolvableRef {
        if (!ref.isTextual()) {
            throw new UnresolvableRef(schemaPointer, ref.toString(), "'$ref' must be a string, found " + ref);
        }
        String text = ref.textValue();
        JsonNode node = root;
        StringBuilder canonical = new StringBuilder();
        for (String token : tokens(schemaPointer, text)) {
            node = step(node, token);
            if (node == null) {
                throw new UnresolvableRef(schemaPointer, text, "'$ref' \"" + text + "\" points to nothing in the request schema");
            }
            canonical.append('/').append(JsonPointers.escape(token));
        }
        if (!node.isObject() && !node.isBoolean()) {
            throw new UnresolvableRef(schemaPointer, text, "'$ref' \"" + text + "\" points to "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not to a schema");
        }
        return new Target(canonical.toString(), node);
    }

    /** The reference tokens of the JSON Pointer that {@code ref} names, unescaped; none for {@code #}. */
    private static String[] tokens(String schemaPointer, String ref) throws UnresolvableRef {
        if (!ref.startsWith("#")) {
            throw new UnresolvableRef(schemaPointer, ref, "'$ref' is \"" + ref + "\", which is not local: only references"
                    + " into the request schema itself (such as #/definitions/name) are supported; inline the referenced schema");
        }
        String pointer = percentDecode(schemaPointer, ref);
        if (pointer.isEmpty()) {
            return new String[0];
        }
        if (!pointer.startsWith("/")) {
            throw new UnresolvableRef(schemaPointer, ref, "'$ref' \"" + ref + "\" names an anchor, not a JSON Pointer;"
                    + " only JSON Pointer fragments (#/...) are supported");
        }
        String[] tokens = pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].replace("~0", "").replace("~1", "").indexOf('~') >= 0) {
                throw new UnresolvableRef(schemaPointer, ref, "'$ref' \"" + ref + "\" has a '~' that is neither '~0' nor '~1'"
                        + " (write '~0' for '~' and '~1' for '/')");
            }
            tokens[i] = JsonPointers.unescape(tokens[i]);
        }
        return tokens;
    }

    /** The fragment of {@code ref} with its percent escapes decoded as UTF-8; '+' stays '+'. */
    private static String percentDecode(String schemaPointer, String ref) throws UnresolvableRef {
        String fragment = ref.substring(1);
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        StringBuilder decoded = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < fragment.length()) {
            char c = fragment.charAt(i);
            if (c != '%') {
                decoded.append(c);
                i++;
                continue;
            }
            bytes.reset();
            while (i < fragment.length() && fragment.charAt(i) == '%') {
                int high = i + 2 < fragment.length() ? Character.digit(fragment.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(fragment.charAt(i + 2), 16);
                if (low < 0) {
                    throw new UnresolvableRef(schemaPointer, ref, "'$ref' \"" + ref + "\" has a malformed percent escape"
                            + " (a '%' must be followed by two hex digits; write '%25' for '%')");
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            try {
                decoded.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new UnresolvableRef(schemaPointer, ref, "'$ref' \"" + ref + "\" has percent escapes that are not UTF-8");
            }
        }
        return decoded.toString();
    }

    private static JsonNode step(JsonNode node, String token) {
        if (node.isObject()) {
            return node.get(token);
        }
        if (node.isArray() && token.matches("0|[1-9][0-9]{0,8}")) {
            return node.get(Integer.parseInt(token));
        }
        return null;
    }
}
