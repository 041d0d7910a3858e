package org.ehelp.interfaces.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.ehelp.interfaces.web.session.UserSession;

/**
 * Shows an {@link Instant} in the reader's time zone and language, and a {@link LocalDate} in the
 * reader's language. Output only: a page never reads a time back through it.
 */
@ApplicationScoped
@FacesConverter(value = "ehelp.time", managed = true)
public class TimeConverter implements Converter<Object> {

  @Inject private UserSession user;

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant instant) {
      return format(instant, user.getZone());
    }
    if (value instanceof LocalDate date) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
          .withLocale(Texts.locale())
          .format(date);
    }
    throw new ConverterException("Cannot show a " + value.getClass().getName() + " as a time");
  }

  /** Returns the time as the reader reads it: in their time zone and the page's language. */
  public static String format(Instant instant, ZoneId zone) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(Texts.locale())
        .withZone(zone)
        .format(instant);
  }

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    throw new ConverterException("Times are shown, never read back, through ehelp.time");
  }
}
