package org.coopole.bench;

import org.coopole.resource.Photo;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Four uploads at once of the largest photo Coopole accepts (6000 × 4000, 16 bits per channel: 24 million pixels),
 * with the peak heap in use while they are cleaned. Run with a 1 GiB heap:
 * {@code java -Xmx1g -cp <classpath> org.coopole.bench.ImageUploadBenchmark}.
 */
public final class ImageUploadBenchmark {

    public static void main(String[] args) throws Exception {
        BufferedImage image = new BufferedImage(6000, 4000, BufferedImage.TYPE_USHORT_GRAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        byte[] upload = out.toByteArray();
        image = null;
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread watcher = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int uploads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(uploads)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                results.add(pool.submit(() -> Photo.of(upload).photo().bytes().length));
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        watcher.interrupt();
        System.out.printf("%d uploads of a %d KiB 6000×4000 16-bit PNG: %d ms in all, heap %d MiB before, peak %d MiB"
                        + " (max heap %d MiB)%n", uploads, upload.length / 1024, millis, before >> 20, peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
