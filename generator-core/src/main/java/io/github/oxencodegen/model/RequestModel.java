package io.github.oxencodegen.model;

import java.util.List;

/**
 * Everything generated for one model: the request class and the types it uses, in Java terms.
 *
 * @param modelId     the Oxen model id
 * @param endpoint    the endpoint taking the request, or null when unknown
 * @param packageName the model's own Java package
 * @param request     the request class (the root object)
 * @param objects     every generated class other than the request, in discovery order
 * @param enums       every generated enum, in discovery order
 * @param sha256      hex SHA-256 of the canonical request schema
 * @param source      a short, machine-independent name of where the schema came from
 */
public record RequestModel(String modelId, String endpoint, String packageName, ObjectType request,
        List<ObjectType> objects, List<EnumType> enums, String sha256, String source) {
    public RequestModel {
        objects = List.copyOf(objects);
        enums = List.copyOf(enums);
    }
}
