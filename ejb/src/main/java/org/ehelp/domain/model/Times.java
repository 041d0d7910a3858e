package org.ehelp.domain.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current instant at the precision both H2 and PostgreSQL store: microseconds. */
public final class Times {

  private Times() {}

  /** Returns now, cut to microseconds so that a value read back equals the value written. */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
