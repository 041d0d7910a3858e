package org.ehelp.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for other systems, under {@code /api/v1} of the portal's context root. */
@ApplicationPath("/api/v1")
public class EhelpApplication extends Application {}
