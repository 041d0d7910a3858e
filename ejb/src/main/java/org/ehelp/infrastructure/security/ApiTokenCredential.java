package org.ehelp.infrastructure.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of an API token, as sent in {@code Authorization: Bearer <secret>}. */
public record ApiTokenCredential(String secret) implements Credential {}
