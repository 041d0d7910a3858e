package org.ehelp.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.RequestNumber;

/**
 * Reads query and path parameters, raising a 400 that names the parameter. JAX-RS returns a bare
 * 404 for a query parameter it cannot convert, so resources take strings and convert here.
 */
public final class QueryParams {

  private static final String CODE = "EH-INPUT-400";

  private QueryParams() {}

  /**
   * Returns a request body, rejecting a missing one. Bodies are checked here and in the services
   * rather than with bean validation, because the OpenAPI generator of Payara 6.2025.9 fails on
   * constraint annotations on anything but fields and path parameters, record components included.
   */
  public static <T> T body(T body) {
    if (body == null) {
      throw new InvalidInputException(CODE, "error.api.bodyMissing");
    }
    return body;
  }

  /** Reads a request id written as {@code 1042} or {@code EH-1042}. */
  public static long requestId(String value) {
    return RequestNumber.parse(value).id();
  }

  /** Reads an optional whole number. */
  public static Long number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(name, value);
    }
  }

  /** Reads a whole number, or returns {@code fallback} when the parameter is absent. */
  public static int number(String name, String value, int fallback) {
    Long number = number(name, value);
    if (number == null) {
      return fallback;
    }
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw invalid(name, value);
    }
    return number.intValue();
  }

  /**
   * Reads an optional point in time: an ISO-8601 instant such as {@code 2025-03-01T08:00:00Z}, or a
   * date such as {@code 2025-03-01}, read as its start in UTC, or as the start of the next day when
   * {@code endOfDay} is set, so that a date bound includes the whole day.
   */
  public static Instant instant(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw invalid(name, value);
    }
  }

  /**
   * Reads the constants of an enum from a repeatable parameter, each occurrence possibly a
   * comma-separated list; case is ignored.
   */
  public static <E extends Enum<E>> Set<E> constants(
      String name, List<String> values, Class<E> type) {
    Set<E> constants = EnumSet.noneOf(type);
    for (String value : values == null ? List.<String>of() : values) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          constants.add(constant(name, part, type));
        }
      }
    }
    return constants;
  }

  /** Reads one optional enum constant; case is ignored. */
  public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(name, value);
    }
  }

  private static InvalidInputException invalid(String name, String value) {
    return new InvalidInputException(CODE, "error.input.invalid", name, value);
  }
}
