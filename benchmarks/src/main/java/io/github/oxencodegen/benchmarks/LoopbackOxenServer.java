package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.OxenPaths;
import io.github.oxencodegen.fake.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The models of a list response served by the shared fake Oxen ({@link FakeOxen}) on the loopback
 * interface, for timing the Maven plugin's cold generation: {@code GET /api/ai/models/{id}} answers the
 * model object of {@code models-list.json} (bare, as Oxen does), {@code GET /api/ai/models} the whole
 * list, anything else Oxen's 404 body. It listens on 127.0.0.1 only and, run as a program, stops by
 * itself after {@code --max-seconds}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.oxencodegen.benchmarks.LoopbackOxenServer \
 *     [--port N (0: any free port)] [--port-file FILE] [--max-seconds 900] [--models-list FILE] [--latency-ms N] [--list-ids]
 * </pre>
 * {@code --list-ids} prints the ids of the models it serves that publish a request schema (those a
 * project can generate; chat models publish none), one per line, and exits.
 */
public final class LoopbackOxenServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FakeOxen oxen;
    private final int models;

    /** Starts serving the models of a list response ({@code {"data":[model, ...]}}) on 127.0.0.1:{@code port}. */
    public LoopbackOxenServer(byte[] modelsList, int port) throws IOException {
        this(modelsList, port, Duration.ZERO);
    }

    /**
     * As {@link #LoopbackOxenServer(byte[], int)}, each model answered only after {@code latency}: a stand-in
     * for the round trip and the server time of the real Oxen, which a loopback answer does not have.
     */
    public LoopbackOxenServer(byte[] modelsList, int port, Duration latency) throws IOException {
        JsonNode data = MAPPER.readTree(modelsList).path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("the models list has no 'data' array");
        }
        oxen = FakeOxen.start(port);
        oxen.serve("GET", OxenPaths.MODELS, Reply.json(200, modelsList));
        for (JsonNode model : data) {
            oxen.serveModel(model.path("id").asText(), Reply.json(200, MAPPER.writeValueAsBytes(model)).delayedBy(latency));
        }
        models = data.size();
    }

    /** The ids of the models in a list response that publish a request schema: those a project can generate. */
    public static List<String> generatableIds(byte[] modelsList) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode model : MAPPER.readTree(modelsList).path("data")) {
            if (model.path("request_schema").isObject()) {
                ids.add(model.path("id").asText());
            }
        }
        return ids;
    }

    /** The port it listens on. */
    public int port() {
        return oxen.port();
    }

    /** The base URL to give the plugin, such as {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return oxen.baseUrl().toString();
    }

    /** Requests answered so far. */
    public int requests() {
        return oxen.requests().size();
    }

    @Override
    public void close() {
        oxen.close();
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        long maxSeconds = 900;
        Path portFile = null;
        byte[] modelsList = null;
        boolean listIds = false;
        Duration latency = Duration.ZERO;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--list-ids")) {
                listIds = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(required(args[i], value));
                case "--max-seconds" -> maxSeconds = Long.parseLong(required(args[i], value));
                case "--port-file" -> portFile = Path.of(required(args[i], value));
                case "--models-list" -> modelsList = Files.readAllBytes(Path.of(required(args[i], value)));
                case "--latency-ms" -> latency = Duration.ofMillis(Long.parseLong(required(args[i], value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --port N, --port-file FILE, --max-seconds N, --models-list FILE, --latency-ms N, --list-ids");
            }
            i++;
        }
        if (modelsList == null) {
            modelsList = Fixtures.bytes("models-list.json");
        }
        if (listIds) {
            generatableIds(modelsList).forEach(System.out::println);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (LoopbackOxenServer server = new LoopbackOxenServer(modelsList, port, latency)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Loopback Oxen stopped after " + server.requests() + " requests");
                stopped.countDown();
            }));
            if (portFile != null) {
                Files.writeString(portFile, Integer.toString(server.port()));
            }
            System.out.println("Loopback Oxen serving " + server.models + " models at " + server.baseUrl()
                    + OxenPaths.MODELS + "/{id}" + (latency.isZero() ? "" : ", each after " + latency.toMillis() + " ms")
                    + ", for at most " + maxSeconds + " s");
            if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
                System.out.println("Loopback Oxen: --max-seconds reached, stopping");
            }
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
