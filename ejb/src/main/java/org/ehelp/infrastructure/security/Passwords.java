package org.ehelp.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with the container's PBKDF2 implementation: HMAC-SHA256, a random
 * 32-byte salt per password, and the iteration count stored in each hash so it can be raised
 * without invalidating old ones.
 */
@ApplicationScoped
public class Passwords {

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return hash != null && password != null && pbkdf2.verify(password.toCharArray(), hash);
  }
}
