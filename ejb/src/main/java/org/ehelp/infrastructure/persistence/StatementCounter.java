package org.ehelp.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends on the current thread, so that a page can report how
 * many it took (see the portal's server timing). Installed by persistence.xml as a session event
 * listener; the count is per thread, and a thread serves one HTTP request at a time.
 */
public class StatementCounter extends SessionEventAdapter {

  private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

  /** Starts counting from zero on this thread. */
  public static void reset() {
    COUNT.get()[0] = 0;
  }

  /** Returns the statements sent on this thread since the last {@link #reset()}. */
  public static long count() {
    return COUNT.get()[0];
  }

  @Override
  public void postExecuteCall(SessionEvent event) {
    COUNT.get()[0]++;
  }
}
