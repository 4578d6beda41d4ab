package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import java.util.Map;

/**
 * A class named in the code whose spelling depends on the imports, which are known only once the
 * whole file has been printed: {@code List} when {@code java.util.List} is imported, else its
 * canonical name, or its simple names when it lives in the file's package. References whose
 * spelling the enclosing types already decide never become one of these.
 */
record TypeReference(ClassName className) {
    /** JavaPoet's spelling of the class, given the file's imports (by simple name) and package. */
    String spelling(Map<String, ClassName> imports, String packageName) {
        ClassName topLevel = className.topLevelClassName();
        ClassName imported = imports.get(topLevel.simpleName());
        if (imported != null) {
            return imported.canonicalName().equals(topLevel.canonicalName()) ? simpleNames() : className.canonicalName();
        }
        return packageName.equals(className.packageName()) ? simpleNames() : className.canonicalName();
    }

    private String simpleNames() {
        return String.join(".", className.simpleNames());
    }
}
