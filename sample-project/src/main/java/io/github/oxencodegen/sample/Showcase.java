package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.io.PrintStream;
import java.net.URI;

/** What the program prints with no arguments: a valid request's body, then a wrong request's violations. */
final class Showcase {
    private final PrintStream out;
    private final URI baseUrl;

    Showcase(PrintStream out, URI baseUrl) {
        this.out = out;
        this.baseUrl = baseUrl;
    }

    /**
     * Prints the valid request's body, the two endpoints that take it (the model's synchronous one and
     * the queue) and which one {@code --submit} uses, and returns the request.
     */
    WanV27ReferenceToVideoRequest validRequest() {
        WanV27ReferenceToVideoRequest request = SampleRequests.valid();
        out.println("WAN 2.7 reference-to-video (" + WanV27ReferenceToVideoRequest.MODEL_ID + ") through the classes generated");
        out.println("from its request schema and the documented-limits overlay.");
        out.println();
        out.println("1. A request with two reference images (the second with a voice of its own) and a");
        out.println("   reference video. build() validated it; this is its exact body, which Oxen takes at");
        out.println("   POST " + endpoint() + " (synchronous: answers with the video) and at");
        out.println("   POST " + api() + "/queue (asynchronous: answers with a generation id);");
        out.println("   --submit sends it to the queue:");
        out.println();
        out.println(request.toJson());
        out.println();
        return request;
    }

    /** Prints the wrong request's violations and a pointer to {@code --submit}. */
    void wrongRequest() {
        out.println("2. A deliberately wrong request: two reference images and four reference videos");
        out.println("   (images + videos may total 5), 15 seconds with a reference video (10 at most),");
        out.println("   and a prompt naming Image 3 with only two images. Oxen would queue it and fail");
        out.println("   the job when it runs; build() refuses it at once, naming every problem:");
        out.println();
        out.print(ViolationReport.of(SampleRequests.wrong().validate(), "   - "));
        out.println();
        out.println("Run with --submit (and OXEN_API_KEY set) to send request 1 to Oxen's queue and follow its generation.");
    }

    /** The model's own (synchronous) endpoint. */
    private String endpoint() {
        return api() + WanV27ReferenceToVideoRequest.ENDPOINT;
    }

    /** The API's base URL below the server: {@code https://hub.oxen.ai/api/ai}. */
    private String api() {
        return SampleProgram.apiBaseUrl(baseUrl);
    }
}
