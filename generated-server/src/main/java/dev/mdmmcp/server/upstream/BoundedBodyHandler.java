package dev.mdmmcp.server.upstream;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body into memory up to a limit. A body announced larger (Content-Length) is not read
 * at all; one that grows past the limit is cut off, and the connection with it. Either way the
 * exchange fails with {@link ResponseTooLargeException}, so a vendor cannot fill the heap.
 */
final class BoundedBodyHandler implements HttpResponse.BodyHandler<byte[]> {

    private final long maxBytes;

    BoundedBodyHandler(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new BoundedSubscriber(info, announced > maxBytes);
    }

    private final class BoundedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
        private final HttpResponse.ResponseInfo info;
        private final boolean refuseAtOnce;
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        BoundedSubscriber(HttpResponse.ResponseInfo info, boolean refuseAtOnce) {
            this.info = info;
            this.refuseAtOnce = refuseAtOnce;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refuseAtOnce) {
                tooLarge();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    tooLarge();
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            body.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            body.complete(bytes.toByteArray());
        }

        private void tooLarge() {
            subscription.cancel();
            body.completeExceptionally(new ResponseTooLargeException(info.statusCode(), info.headers(), maxBytes));
        }
    }
}
