package io.github.oxencodegen.fake;

/** Error bodies in the shapes Oxen sends (see the fixtures' {@code errors/} folder). */
final class OxenErrors {
    private OxenErrors() {}

    /** {@code {"error":{"message":...}}}: the shape of "Model not found". */
    static String message(String message) {
        return "{\"error\":{\"message\":\"" + escape(message) + "\"}}";
    }

    /** Oxen's 404 for a path that names nothing: {@code resource_not_found}. */
    static String resourceNotFound() {
        return "{\"error\":{\"title\":\"The requested resource could not be found\",\"type\":\"resource_not_found\"},"
                + "\"status\":\"error\",\"status_message\":\"resource_not_found\"}";
    }

    /** What an unscripted request gets: Oxen's 404 for that kind of path. */
    static Reply notFound(String path) {
        String modelId = OxenPaths.modelIdOf(path);
        return Reply.json(404, modelId != null ? message("Model not found: " + modelId) : resourceNotFound());
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
