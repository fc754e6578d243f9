package org.briefkit.markdown.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.briefkit.InvalidDocumentException;
import org.briefkit.model.Image;
import org.briefkit.model.ImageLimits;

/**
 * Fetches {@code http(s)} images, for readers that allow remote images. The connection must open
 * within 10 seconds and the whole image arrive within 30 (or the time left before the read's
 * deadline, if it has one and less is left);
 * a body larger than the image byte limit is cut off and refused. Redirects are followed, but
 * never from https to http. One client serves every read of a reader; it is made on first use.
 */
public final class RemoteImages {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    private volatile HttpClient client;

    /** Makes a fetcher; no connection is made until the first image. */
    public RemoteImages() {
    }

    /**
     * @param url       an http or https URL
     * @param limits    the largest image accepted
     * @param remaining the time left before the read's deadline; empty when it has none
     * @return the image
     * @throws Problem when it cannot be fetched in time, is too large, or is not a PNG or JPEG
     */
    Image fetch(String url, ImageLimits limits, Optional<Duration> remaining) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Problem("remote image '" + url + "' is not a valid URL: " + e.getReason());
        }
        Duration timeout = remaining.filter(left -> left.compareTo(FETCH_TIMEOUT) < 0).orElse(FETCH_TIMEOUT);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new Problem("remote image '" + url + "' was not fetched: no time is left");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "image/png, image/jpeg").build();
        CompletableFuture<HttpResponse<byte[]>> response =
                client().sendAsync(request, info -> new LimitedBody(limits.maxBytes()));
        try {
            HttpResponse<byte[]> answer = response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (answer.statusCode() != 200) {
                throw new Problem("remote image '" + url + "' was not fetched: the server answered "
                        + answer.statusCode());
            }
            String name = uri.getPath() == null || uri.getPath().isEmpty() ? uri.getHost()
                    : uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1);
            return Image.of(answer.body(), name.isEmpty() ? url : name, limits);
        } catch (InvalidDocumentException e) {
            throw new Problem(e.getMessage());
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new Problem("remote image '" + url + "' did not arrive within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Problem("remote image '" + url + "' was not fetched: "
                    + (cause instanceof TooLarge ? cause.getMessage() : String.valueOf(cause)));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new Problem("remote image '" + url + "' was not fetched: interrupted");
        }
    }

    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                            .followRedirects(HttpClient.Redirect.NORMAL).build();
                    client = made;
                }
            }
        }
        return made;
    }

    /** Collects a response body, and gives up as soon as it grows past the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge("it is larger than the limit of " + limit + " bytes"));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
