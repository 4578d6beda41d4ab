package io.github.oxencodegen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Saves generated media to a file atomically: the bytes go to a temporary file beside the target,
 * which is moved into place only when complete, so a download cut off half-way leaves nothing behind
 * (and an existing file untouched). Redirects are followed here, up to five, and the API key goes
 * only to the Oxen host: never to a media host, never across a redirect to another host.
 * A GET is retried like any other (connection failures, 408, 429, 502, 503, 504) before the body starts;
 * a download that does not end within the request timeout is given up (kind {@code TIMEOUT}).
 */
final class Downloads {
    private static final int MOST_REDIRECTS = 5;

    private final OxenHttp http;
    private final Duration requestTimeout;

    Downloads(OxenHttp http, Duration requestTimeout) {
        this.http = http;
        this.requestTimeout = requestTimeout;
    }

    /** Streams {@code url} to {@code target}; returns {@code target}. */
    Path fromUrl(URI url, Path target) {
        String call = OxenHttp.call("GET", url);
        HttpResponse<InputStream> response = open(url, call);
        InputStream body = response.body();
        // the request's own timeout ends at the answer's head: closing the body ends a transfer that stalls
        AtomicBoolean timedOut = new AtomicBoolean();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            closeQuietly(body);
        }, CompletableFuture.delayedExecutor(requestTimeout.toMillis(), TimeUnit.MILLISECONDS));
        try {
            return atomically(target, call, temporary -> Files.copy(body, temporary, StandardCopyOption.REPLACE_EXISTING));
        } catch (OxenException e) {
            if (timedOut.get()) {
                throw OxenException.ofTransport(call, null, new HttpTimeoutException("the download did not end within " + requestTimeout));
            }
            throw e;
        } finally {
            watchdog.cancel(false);
            closeQuietly(body);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // closing only ends the transfer; there is nothing more to release
        }
    }

    /** Writes {@code bytes} to {@code target} the same way. */
    static Path fromBytes(byte[] bytes, Path target) {
        return atomically(target, "write " + target.getFileName(), temporary -> Files.write(temporary, bytes));
    }

    private HttpResponse<InputStream> open(URI first, String call) {
        URI url = first;
        int attempt = 0;
        for (int redirects = 0; ; ) {
            HttpRequest request = http.request(url).timeout(requestTimeout).GET().build();
            HttpResponse<InputStream> response;
            try {
                response = http.http().send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                if (attempt < http.retries().maxRetries() && http.retries().retriesFailure("GET", e)) {
                    pause(http.retries().delay(++attempt, null), call);
                    continue;
                }
                throw OxenException.ofTransport(call, null, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw OxenException.ofTransport(call, null, new InterruptedIOException("interrupted"));
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                discard(response);
                if (++redirects > MOST_REDIRECTS) {
                    throw OxenException.ofInvalidAnswer(call, null, status, "more than " + MOST_REDIRECTS + " redirects", null);
                }
                String location = response.headers().firstValue("Location").orElseThrow();
                URI next = OxenHttp.redirectTarget(url, location);
                if (next == null) {
                    throw OxenException.ofInvalidAnswer(call, null, status, "the redirect's Location '"
                            + location.split("\\?", 2)[0] + "' does not lead to an http(s) address with a host", null);
                }
                url = next;
                continue;
            }
            if (status >= 200 && status < 300) {
                return response;
            }
            byte[] error = readError(response);
            Duration retryAfter = Retries.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null),
                    ZonedDateTime.now());
            if (attempt < http.retries().maxRetries() && http.retries().retriesStatus("GET", status)
                    && http.retries().waitsFor(retryAfter)) {
                pause(http.retries().delay(++attempt, retryAfter), call);
                continue;
            }
            throw OxenException.ofAnswer(call, null, status, error, retryAfter);
        }
    }

    private interface Writing {
        void into(Path temporary) throws IOException;
    }

    private static Path atomically(Path target, String call, Writing writing) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            writing.into(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw OxenException.ofTransport(call, null, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // the move above already took it, or the folder went away: nothing is left to clean
                }
            }
        }
    }

    private static byte[] readError(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            return body.readNBytes(4096);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void discard(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            body.readNBytes(4096);
        } catch (IOException | UncheckedIOException e) {
            // a redirect's body is not needed
        }
    }

    private static void pause(Duration delay, String call) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OxenException.ofTransport(call, null, new InterruptedIOException("interrupted"));
        }
    }
}
