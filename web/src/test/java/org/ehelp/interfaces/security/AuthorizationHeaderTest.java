package org.ehelp.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ehelp.infrastructure.security.ApiTokenCredential;
import org.junit.jupiter.api.Test;

class AuthorizationHeaderTest {

  @Test
  void readsLoginAndPassword_whenBasic() {
    String header = "Basic " + encode("tom:s3cr:et é");

    Credential credential = AuthorizationHeader.parse(header).orElseThrow();

    UsernamePasswordCredential login =
        assertInstanceOf(UsernamePasswordCredential.class, credential);
    assertEquals("tom", login.getCaller());
    assertEquals("s3cr:et é", login.getPasswordAsString());
  }

  @Test
  void readsSecret_whenBearer() {
    Credential credential = AuthorizationHeader.parse("bearer  eh_abc-123 ").orElseThrow();

    assertEquals(new ApiTokenCredential("eh_abc-123"), credential);
  }

  @Test
  void returnsEmpty_whenMalformedOrOtherScheme() {
    assertTrue(AuthorizationHeader.parse(null).isEmpty());
    assertTrue(AuthorizationHeader.parse("Basic").isEmpty());
    assertTrue(AuthorizationHeader.parse("Basic !!!not-base64").isEmpty());
    assertTrue(AuthorizationHeader.parse("Basic " + encode("no-colon")).isEmpty());
    assertTrue(AuthorizationHeader.parse("Basic " + encode(":password")).isEmpty());
    assertTrue(AuthorizationHeader.parse("Digest username=\"tom\"").isEmpty());
    assertTrue(AuthorizationHeader.parse("Bearer ").isEmpty());
  }

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
