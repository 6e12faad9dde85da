package dev.folio.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body up to a size limit, telling {@link Progress} as it goes and remembering when
 * bytes last arrived (the fetcher's read timeout). Past the limit it cancels the transfer at
 * once: a huge answer is never read to its end.
 */
final class BodyCollector implements BodySubscriber<byte[]> {
    /** Thrown inside the client's future when the body passes the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the size limit");
        }
    }

    private final long limit;
    private final long announced;
    private final Progress progress;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivity = System.nanoTime();
    private long received;

    BodyCollector(long limit, long announced, Progress progress) {
        this.limit = limit;
        this.announced = announced;
        this.progress = progress;
    }

    /** A subscriber that takes no body at all (redirects, errors): the transfer is cancelled. */
    static BodySubscriber<byte[]> none() {
        return new BodySubscriber<>() {
            private final CompletableFuture<byte[]> done = CompletableFuture.completedFuture(new byte[0]);

            @Override
            public CompletionStage<byte[]> getBody() {
                return done;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.cancel();
            }

            @Override
            public void onNext(List<ByteBuffer> item) {}

            @Override
            public void onError(Throwable throwable) {}

            @Override
            public void onComplete() {}
        };
    }

    long lastActivity() {
        return lastActivity;
    }

    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        result.completeExceptionally(new java.util.concurrent.CancellationException());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (announced > limit) {
            s.cancel();
            result.completeExceptionally(new TooLarge());
            return;
        }
        progress.update(0, announced);
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        lastActivity = System.nanoTime();
        for (ByteBuffer b : buffers) {
            int n = b.remaining();
            if (received + n > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            bytes.write(chunk, 0, n);
            received += n;
        }
        progress.update(received, announced);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
