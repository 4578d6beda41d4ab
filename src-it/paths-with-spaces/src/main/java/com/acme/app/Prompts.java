package com.acme.app;

import com.acme.oxen.flux_1_dev.AspectRatio;
import com.acme.oxen.flux_1_dev.Flux1DevRequest;

/** The project's own code, compiled against the generated request. */
public final class Prompts {
    private Prompts() {}

    public static Flux1DevRequest square(String prompt) {
        return Flux1DevRequest.builder().prompt(prompt).aspectRatio(AspectRatio.V1_1).build();
    }
}
