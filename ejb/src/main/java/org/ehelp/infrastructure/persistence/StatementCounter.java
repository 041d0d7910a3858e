package org.ehelp.infrastructure.persistence;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every SQL call EclipseLink executes into {@link StatementCount}. Installed as a session
 * event listener by persistence.xml.
 */
public class StatementCounter extends SessionEventAdapter {

  @Override
  public void postExecuteCall(SessionEvent event) {
    StatementCount.increment();
  }
}
