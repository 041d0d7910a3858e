package org.ehelp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a test of speed: the first page of the portal's lists over 100,000 requests. It
 * writes the requests straight into the test database, then loads each list page with several page
 * sizes and prints the median and 90th percentile of the server time the page reports, and the
 * number of SQL statements it sent. It fails only when the statement count grows with the page
 * size.
 *
 * <p>Runs on PostgreSQL when asked: {@code EHELP_TEST_DB_NAME=... ./mvnw verify -Dehelp.db=postgres
 * -Dehelp.benchmark=true -Dit.test=RequestListBenchmarkIT}.
 */
@ExtendWith(ArquillianExtension.class)
class RequestListBenchmarkIT {

  private static final Logger LOG = Logger.getLogger(RequestListBenchmarkIT.class.getName());
  private static final int REQUESTS = 100_000;
  private static final int[] PAGE_SIZES = {10, 20, 50, 100, 200};
  private static final int WARM_UP = 3;
  private static final int RUNS = 15;

  @ArquillianResource private URL portalUrl;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Test
  void firstPage_over100000Requests() throws SQLException {
    Assumptions.assumeTrue(
        Boolean.getBoolean("ehelp.benchmark"),
        "Benchmark skipped: run it with -Dehelp.benchmark=true");
    Assumptions.assumeTrue(
        "postgres".equals(System.getProperty("ehelp.db")),
        "Benchmark skipped: it writes its rows with SQL for PostgreSQL; run it with"
            + " -Dehelp.db=postgres");
    new Helpdesk().at(portalUrl).file("rita", "Benchmark warm-up");
    long total = insertRequests();
    PortalClient agent = PortalClient.signIn(portalUrl, "agent");
    PortalClient rita = PortalClient.signIn(portalUrl, "rita");

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%nFirst page of portal lists over %,d requests (server time of the whole page)%n"
                + "%-32s %5s %10s %10s %11s%n",
            total,
            "page",
            "rows",
            "median ms",
            "p90 ms",
            "statements"));
    measure(report, agent, "queue.xhtml (agent, 2 tables)", "queue.xhtml");
    measure(report, rita, "requests/mine.xhtml (rita)", "requests/mine.xhtml");
    LOG.info(report::toString);
  }

  private static void measure(
      StringBuilder report, PortalClient client, String label, String path) {
    List<Long> statements = new ArrayList<>();
    for (int size : PAGE_SIZES) {
      String page = path + "?rows=" + size;
      for (int i = 0; i < WARM_UP; i++) {
        client.get(page);
      }
      double[] millis = new double[RUNS];
      long count = -1;
      for (int i = 0; i < RUNS; i++) {
        PortalClient.ServerTiming timing = PortalClient.timing(client.get(page).body());
        millis[i] = timing.millis();
        count = timing.statements();
      }
      Arrays.sort(millis);
      statements.add(count);
      report.append(
          String.format(
              Locale.ROOT,
              "%-32s %5d %10.1f %10.1f %11d%n",
              label,
              size,
              millis[RUNS / 2],
              millis[(int) Math.ceil(RUNS * 0.9) - 1],
              count));
    }
    assertEquals(1, statements.stream().distinct().count(), label + ": statements " + statements);
  }

  /** Writes the benchmark's requests with their access keys; returns the requests now stored. */
  private static long insertRequests() throws SQLException {
    String url =
        "jdbc:postgresql://"
            + env("EHELP_DB_HOST", "127.0.0.1")
            + ":"
            + env("EHELP_DB_PORT", "5432")
            + "/"
            + env("EHELP_TEST_DB_NAME", "ehelp_test");
    try (Connection db =
        DriverManager.getConnection(
            url, env("EHELP_DB_USER", "postgres"), env("EHELP_DB_PASSWORD", ""))) {
      db.setAutoCommit(false);
      long first = scalar(db, "SELECT nextval('request_seq')") + 1_000;
      try (PreparedStatement insert =
          db.prepareStatement(
              "INSERT INTO service_request (id, title, description, state, priority, channel,"
                  + " category_id, requester_id, filer_id, created_at, updated_at,"
                  + " history_count, version)"
                  + " SELECT ? + g, 'Benchmark request ' || g, 'Generated for the list benchmark',"
                  + " (ARRAY['SUBMITTED','DISPATCHED','IN_PROGRESS','REALIZED','CLOSED',"
                  + "'AWAITING_VALIDATION','REFUSED','ON_HOLD'])[1 + g % 8],"
                  + " (ARRAY['P1','P2','P3','P4'])[1 + g % 4], 'PORTAL',"
                  + " (SELECT id FROM category ORDER BY id LIMIT 1 OFFSET g % 3),"
                  + " p.id, p.id, now() - g * interval '1 minute', now(), 1, 1"
                  + " FROM generate_series(1, ?) AS g"
                  + " JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM person"
                  + " WHERE login IN ('rita','ralph','rosa','ruben','regina')) p"
                  + " ON p.n = g % 5")) {
        insert.setLong(1, first);
        insert.setInt(2, REQUESTS);
        insert.executeUpdate();
      }
      try (Statement sql = db.createStatement()) {
        sql.executeUpdate(
            "INSERT INTO request_access (request_id, access_key)"
                + " SELECT r.id, k.key FROM service_request r"
                + " CROSS JOIN (VALUES ('r:CALL_CENTER'), ('r:ADMIN')) AS k(key)"
                + " WHERE r.id > "
                + first
                + " UNION SELECT r.id, 'p:' || r.requester_id FROM service_request r"
                + " WHERE r.id > "
                + first);
        sql.execute("SELECT setval('request_seq', " + (first + REQUESTS + 1_000) + ")");
        sql.execute("ANALYZE service_request");
        sql.execute("ANALYZE request_access");
      }
      db.commit();
      return scalar(db, "SELECT COUNT(*) FROM service_request");
    }
  }

  private static long scalar(Connection db, String query) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
