package org.ehelp.application.attachments;

/** An attachment to send to its reader: its name, media type and bytes. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {}
