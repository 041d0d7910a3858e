package org.ehelp.interfaces.web.sla;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.ehelp.application.sla.SlaMark;
import org.ehelp.domain.model.sla.SlaLevel;
import org.ehelp.interfaces.web.session.UserSession;
import org.ehelp.interfaces.web.support.Texts;

/** Helpers of the SLA includes: the icon of a level, times and durations in the reader's terms. */
@Named
@RequestScoped
public class SlaMarks {

  @Inject private UserSession user;

  /** Returns the PrimeIcons class of a mark's level. */
  public String icon(SlaMark mark) {
    return switch (mark.level()) {
      case ON_TRACK -> "pi-clock";
      case PAUSED -> "pi-pause";
      case WARNING -> "pi-exclamation-triangle";
      case BREACHED, MISSED -> "pi-times-circle";
      case MET -> "pi-check-circle";
      case NONE -> "pi-minus";
    };
  }

  /** Returns the levels a list can be filtered by. */
  public List<SlaLevel> getLevels() {
    return List.of(SlaLevel.values());
  }

  /** Returns an instant in the reader's time zone and language, or an empty text. */
  public String time(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Texts.locale())
        .withZone(user.getZone())
        .format(instant);
  }

  /** Returns a business duration as hours and minutes, such as "2 h 05 min"; seconds dropped. */
  public String duration(Duration duration) {
    if (duration == null) {
      return "";
    }
    long minutes = Math.abs(duration.toMinutes());
    return Texts.format("sla.duration", minutes / 60, String.format("%02d", minutes % 60));
  }
}
