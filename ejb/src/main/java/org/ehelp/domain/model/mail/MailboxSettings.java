package org.ehelp.domain.model.mail;

/**
 * The connection settings of a mailbox, as an admin enters them.
 *
 * @param password the password, or null to keep the stored one
 * @param trustCertificate whether to accept the server's certificate without checking it, for a
 *     test server with a self-signed certificate only
 * @param pollIntervalSeconds seconds between two polls
 */
public record MailboxSettings(
    String name,
    MailProtocol protocol,
    MailSecurity security,
    String host,
    int port,
    String username,
    String password,
    String folder,
    boolean trustCertificate,
    int pollIntervalSeconds,
    boolean enabled) {}
