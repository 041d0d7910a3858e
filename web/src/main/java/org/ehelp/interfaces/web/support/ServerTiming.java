package org.ehelp.interfaces.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.ehelp.infrastructure.persistence.StatementCount;

/**
 * How long the server has worked on the current page and how many SQL statements it sent, read at
 * the end of the page when {@code ehelp.portal.server-timing} is on (see the template). The clock
 * and the statement count start when the HTTP request arrives.
 */
@Named
@RequestScoped
public class ServerTiming {

  private static final String STARTED = ServerTiming.class.getName() + ".started";

  /** Starts the clock and the statement count of each request. */
  @WebListener
  public static class Start implements ServletRequestListener {
    @Override
    public void requestInitialized(ServletRequestEvent event) {
      StatementCount.reset();
      event.getServletRequest().setAttribute(STARTED, System.nanoTime());
    }
  }

  /** Returns the milliseconds since the request arrived, with three decimals. */
  public String getMillis() {
    Object started =
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(STARTED);
    if (!(started instanceof Long start)) {
      return "";
    }
    return String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1_000_000.0);
  }

  /** Returns the SQL statements sent for this request so far. */
  public long getStatements() {
    return StatementCount.get();
  }
}
