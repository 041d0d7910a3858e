package org.ehelp.application.attachments;

/**
 * A file that came with a received message, as the mail intake hands it over.
 *
 * @param mediaType the type the message declared; downloads serve only harmless types as such
 * @param contentId the Content-ID that the message's HTML refers to it by, or null
 * @param inline whether the message showed it inline, as an image in its text
 */
public record ReceivedFile(
    String fileName, String mediaType, byte[] content, String contentId, boolean inline) {}
