package org.ehelp.infrastructure.persistence;

/**
 * The number of SQL statements sent on the current thread, which {@link StatementCounter} counts. A
 * thread serves one HTTP request at a time, so a page can reset it when the request arrives and
 * read it at the end.
 */
public final class StatementCount {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  private StatementCount() {}

  /** Starts counting from zero on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** Returns the statements sent on this thread since the last {@link #reset()}. */
  public static long get() {
    return COUNT.get()[0];
  }

  static void increment() {
    COUNT.get()[0]++;
  }
}
