package org.ehelp.domain.model.mail;

/**
 * One leaf body of the MIME tree after transfer decoding, for audits and tests. Paths number the
 * root {@code 1}, the parts of a multipart {@code 1.1}, {@code 1.2}, and the body of an enclosed
 * message one level deeper ({@code 1.2.1}).
 *
 * @param text whether the part is of a {@code text/*} type
 * @param size the decoded size in bytes
 * @param sha256 the SHA-256 of the decoded bytes, in lower-case hexadecimal
 */
public record MimeLeaf(String path, String mimeType, boolean text, long size, String sha256) {}
