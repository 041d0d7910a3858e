package org.ehelp.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs calls on several threads released at the same moment, to make them collide. */
final class Race {

  private Race() {}

  /** Runs {@code call(i)} for i from 0 to {@code threads - 1} at once and returns the results. */
  static <T> List<T> run(int threads, IntFunction<T> call) throws InterruptedException {
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await(30, TimeUnit.SECONDS);
                  return call.apply(index);
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("A racing call failed", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
