package org.ehelp.it;

import static org.ehelp.it.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Filing with an Idempotency-Key: a retried call returns the request filed the first time. */
@ExtendWith(ArquillianExtension.class)
class IdempotencyIT {

  private static final Helpdesk DESK = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @BeforeEach
  void pointAtPortal() {
    DESK.at(portalUrl);
  }

  @Test
  void sameKeyTwice_filesOneRequest() {
    String title = Helpdesk.unique("Idempotent");
    String key = UUID.randomUUID().toString();

    ApiClient.Response first = fileWithKey("rita", title, key);
    ApiClient.Response replay = fileWithKey("rita", title, key);

    assertEquals(201, first.status(), first::toString);
    assertEquals(200, replay.status(), replay::toString);
    assertEquals(first.header("Location"), replay.header("Location"));
    assertEquals(first.json().getInt("id"), replay.json().getInt("id"));
    assertEquals(1, DESK.listedNumbers("rita", title).size());
  }

  @Test
  void sameKeyAtOnce_filesOneRequest() throws Exception {
    String title = Helpdesk.unique("Idempotent race");
    String key = UUID.randomUUID().toString();

    List<ApiClient.Response> responses = Race.run(6, i -> fileWithKey("ralph", title, key));

    for (ApiClient.Response response : responses) {
      assertTrue(response.status() == 200 || response.status() == 201, response::toString);
    }
    long ids = responses.stream().map(r -> r.json().getInt("id")).distinct().count();
    assertEquals(1, ids, responses::toString);
    assertEquals(1, DESK.listedNumbers("ralph", title).size());
  }

  @Test
  void keys_areScopedToTheirSenderAndValue() {
    String title = Helpdesk.unique("Idempotent scope");
    String key = UUID.randomUUID().toString();

    JsonObject rosas = fileWithKey("rosa", title, key).expect(201).json();
    JsonObject rubens = fileWithKey("ruben", title, key).expect(201).json();
    JsonObject rosasOther = fileWithKey("rosa", title, key + "-2").expect(201).json();

    assertNotEquals(rosas.getInt("id"), rubens.getInt("id"));
    assertNotEquals(rosas.getInt("id"), rosasOther.getInt("id"));
    assertEquals(3, DESK.listedNumbers("agent", title).size());
  }

  private ApiClient.Response fileWithKey(String login, String title, String key) {
    return DESK.as(login)
        .post(
            "requests",
            json("title", title, "description", "Filed with a key"),
            "Idempotency-Key",
            key);
  }
}
