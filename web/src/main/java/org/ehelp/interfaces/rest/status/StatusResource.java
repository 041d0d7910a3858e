package org.ehelp.interfaces.rest.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Tells monitoring and start scripts that the application is deployed and answering. */
@Path("status")
public class StatusResource {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, String> status() {
    return Map.of("status", "UP");
  }
}
