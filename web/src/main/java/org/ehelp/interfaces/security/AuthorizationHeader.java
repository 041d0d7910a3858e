package org.ehelp.interfaces.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.ehelp.infrastructure.security.ApiTokenCredential;

/**
 * Reads the credential of an {@code Authorization} header: {@code Basic} login and password (RFC
 * 7617, UTF-8) or a {@code Bearer} API token (RFC 6750).
 */
final class AuthorizationHeader {

  private AuthorizationHeader() {}

  /**
   * Returns the credential the header carries, or empty when the scheme is neither Basic nor Bearer
   * or the value is malformed.
   */
  static Optional<Credential> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || parts[1].isBlank()) {
      return Optional.empty();
    }
    String value = parts[1].strip();
    return switch (parts[0].toLowerCase(Locale.ROOT)) {
      case "basic" -> basic(value);
      case "bearer" -> Optional.of(new ApiTokenCredential(value));
      default -> Optional.empty();
    };
  }

  private static Optional<Credential> basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(
            decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
  }
}
