package org.ehelp.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes API token secrets and the digests stored for them. Secrets carry 256 random bits, so a
 * plain SHA-256 is enough: there is nothing to guess that a slow hash would protect.
 */
public final class ApiTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokens() {}

  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "eh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String digest(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
