package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstancePathTest {
    @Test
    void theRootIsTheEmptyPointer() {
        assertThat(InstancePath.root().pointer()).isEmpty();
        assertThat(InstancePath.root()).isSameAs(InstancePath.root());
    }

    @Test
    void propertiesAndIndexesArePointerSteps() {
        InstancePath url = InstancePath.root().child("reference_images").child(2).child("url");

        assertThat(url.pointer()).isEqualTo("/reference_images/2/url");
        assertThat(url).hasToString("/reference_images/2/url");
    }

    @Test
    void tildeAndSlashInANameAreEscapedAsRfc6901Says() {
        assertThat(InstancePath.root().child("a/b").child("m~n").pointer()).isEqualTo("/a~1b/m~0n");
        assertThat(InstancePath.root().child("~1").pointer()).isEqualTo("/~01");
    }

    @Test
    void anEmptyPropertyNameIsAnEmptyStepAndANumericNameIsNotAnIndex() {
        assertThat(InstancePath.root().child("").pointer()).isEqualTo("/");
        assertThat(InstancePath.root().child("0").child(0).pointer()).isEqualTo("/0/0");
    }

    @Test
    void aChildLeavesItsParentUnchanged() {
        InstancePath parent = InstancePath.root().child("items");
        parent.child(0);
        parent.child("x");

        assertThat(parent.pointer()).isEqualTo("/items");
    }

    @Test
    void aDeepPathIsBuiltWithoutRecursion() {
        InstancePath path = InstancePath.root();
        for (int i = 0; i < 100_000; i++) {
            path = path.child(i % 10);
        }

        assertThat(path.pointer()).hasSize(200_000).startsWith("/0/1/2/").endsWith("/8/9");
    }
}
