package com.acme.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.oxen.ValidationException;
import com.acme.oxen.flux_1_dev.Flux1DevRequest;
import org.junit.jupiter.api.Test;

/** With plainBuilders, code that leaves out the required prompt compiles; build() refuses it when it runs. */
class PlainBuildersTest {
    @Test
    void aRequestWithoutItsRequiredPromptCompilesAndIsRefusedByBuild() {
        Flux1DevRequest.Builder builder = Flux1DevRequest.builder().guidance(3.5);

        ValidationException e = assertThrows(ValidationException.class, builder::build);
        assertEquals("/prompt", e.violations().get(0).pointer());
        assertEquals("required", e.violations().get(0).keyword());
    }

    @Test
    void theRequiredPropertyCanStillBeSetInAnyOrder() {
        Flux1DevRequest request = Flux1DevRequest.builder().guidance(3.5).prompt("an ox").build();

        assertEquals("an ox", request.prompt());
    }
}
