package io.github.oxencodegen.codegen.source;

import com.palantir.javapoet.ClassName;
import io.github.oxencodegen.codegen.text.JavaCode;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the builders of a type, a field and a method take alike, with JavaPoet's names: Javadoc,
 * annotations and modifiers.
 *
 * @param <B> the builder itself, returned by every call so that calls chain
 */
abstract class DeclarationBuilder<B extends DeclarationBuilder<B>> {
    final JavaCode.Builder javadoc = JavaCode.builder();
    final List<AnnotationSpec> annotations = new ArrayList<>();
    final List<Modifier> modifiers = new ArrayList<>();

    /** This builder, as its own type. */
    abstract B self();

    public B addJavadoc(String format, Object... args) {
        javadoc.add(format, args);
        return self();
    }

    public B addJavadoc(JavaCode text) {
        javadoc.add(text);
        return self();
    }

    public B addAnnotation(AnnotationSpec annotation) {
        annotations.add(annotation);
        return self();
    }

    public B addAnnotation(ClassName annotation) {
        return addAnnotation(AnnotationSpec.get(annotation));
    }

    public B addAnnotation(Class<?> annotation) {
        return addAnnotation(ClassName.get(annotation));
    }

    public B addAnnotations(Iterable<AnnotationSpec> added) {
        added.forEach(annotations::add);
        return self();
    }

    public B addModifiers(Modifier... added) {
        modifiers.addAll(List.of(added));
        return self();
    }

    public B addModifiers(Iterable<Modifier> added) {
        added.forEach(modifiers::add);
        return self();
    }
}
