package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first page of a portal list costs the same number of SQL statements whatever its size: the
 * rows, their people and category come in one query, and the total in another.
 */
@ExtendWith(ArquillianExtension.class)
class RequestListStatementsIT {

  private static final Helpdesk DESK = new Helpdesk();

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void firstPage_statementsIgnorePageSize() {
    DESK.at(portalUrl);
    String[] filers = {"rita", "ralph", "rosa", "ruben", "regina"};
    for (int i = 0; i < 30; i++) {
      DESK.file(filers[i % filers.length], Helpdesk.unique("List row " + i));
    }
    PortalClient agent = PortalClient.signIn(portalUrl, "agent");
    PortalClient rita = PortalClient.signIn(portalUrl, "rita");

    long queueSmall = statements(agent, "queue.xhtml?rows=5");
    long queueLarge = statements(agent, "queue.xhtml?rows=30");
    long mineSmall = statements(rita, "requests/mine.xhtml?rows=2");
    long mineLarge = statements(rita, "requests/mine.xhtml?rows=6");

    assertEquals(queueSmall, queueLarge, "queue: 5 rows and 30 rows");
    assertEquals(mineSmall, mineLarge, "my requests: 2 rows and 6 rows");
  }

  // The first load of a page in a session also loads the profile; the second shows the steady cost.
  private static long statements(PortalClient client, String path) {
    client.get(path);
    HttpResponse<String> page = client.get(path);
    assertEquals(200, page.statusCode(), path);
    assertTrue(page.body().contains("ehelp-request-link"), () -> path + " lists requests");
    return PortalClient.timing(page.body()).statements();
  }
}
