package org.ehelp.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API for other systems, under {@code /api/v1} of the portal's context root. Every
 * endpoint but the status needs a person's login and password (Basic) or an API token (Bearer);
 * errors are RFC 9457 problem details.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "eHelp API",
            version = "1",
            description =
                "Requests for assistance and their lifecycle. Errors are application/problem+json"
                    + " with a stable code member; detail follows Accept-Language (en or fr)."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "token",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API token issued by POST /api/v1/me/tokens")
public class EhelpApplication extends Application {}
