package io.github.oxencodegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Oxen on the loopback interface, for timing the Maven plugin's cold generation:
 * {@code GET /api/ai/models/{id}} answers the model object of {@code models-list.json} (bare, as
 * Oxen does), {@code GET /api/ai/models} the whole list, anything else Oxen's 404 body. It listens on
 * 127.0.0.1 only, with two threads, and stops by itself after {@code --max-seconds}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.oxencodegen.benchmarks.LoopbackOxenServer \
 *     [--port N (0: any free port)] [--port-file FILE] [--max-seconds 900] [--models-list FILE] [--list-ids]
 * </pre>
 * {@code --list-ids} prints the ids of the models it serves that publish a request schema (those a
 * project can generate; chat models publish none), one per line, and exits.
 */
public final class LoopbackOxenServer implements AutoCloseable {
    private static final String MODELS_PATH = "/api/ai/models";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final byte[] list;
    private final Map<String, byte[]> models = new LinkedHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    /** Starts serving the models of a list response ({@code {"data":[model, ...]}}) on 127.0.0.1:{@code port}. */
    public LoopbackOxenServer(byte[] modelsList, int port) throws IOException {
        JsonNode data = MAPPER.readTree(modelsList).path("data");
        if (!data.isArray()) {
            throw new IllegalArgumentException("the models list has no 'data' array");
        }
        for (JsonNode model : data) {
            models.put(model.path("id").asText(), MAPPER.writeValueAsBytes(model));
        }
        list = modelsList.clone();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        server.createContext("/", this::answer);
        server.start();
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
        return server.getAddress().getPort();
    }

    /** The base URL to give the plugin, such as {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET")) {
                send(exchange, 405, error("only GET is served here"));
            } else if (path.equals(MODELS_PATH)) {
                send(exchange, 200, list);
            } else if (path.startsWith(MODELS_PATH + "/") && models.containsKey(path.substring(MODELS_PATH.length() + 1))) {
                send(exchange, 200, models.get(path.substring(MODELS_PATH.length() + 1)));
            } else {
                String id = path.startsWith(MODELS_PATH + "/") ? path.substring(MODELS_PATH.length() + 1) : path;
                send(exchange, 404, error("Model not found: " + id));
            }
        }
    }

    private static byte[] error(String message) {
        return MAPPER.createObjectNode().set("error", MAPPER.createObjectNode().put("message", message))
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    public static void main(String[] args) throws Exception {
        int port = 0;
        long maxSeconds = 900;
        Path portFile = null;
        byte[] modelsList = null;
        boolean listIds = false;
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
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --port N, --port-file FILE, --max-seconds N, --models-list FILE, --list-ids");
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
        try (LoopbackOxenServer server = new LoopbackOxenServer(modelsList, port)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("Loopback Oxen stopped after " + server.requests() + " requests");
                stopped.countDown();
            }));
            if (portFile != null) {
                Files.writeString(portFile, Integer.toString(server.port()));
            }
            System.out.println("Loopback Oxen serving " + server.models.size() + " models at " + server.baseUrl()
                    + MODELS_PATH + "/{id} for at most " + maxSeconds + " s");
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
