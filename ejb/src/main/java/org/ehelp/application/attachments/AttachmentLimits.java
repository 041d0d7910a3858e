package org.ehelp.application.attachments;

import java.util.Set;

/**
 * What an upload must respect, as a form shows it.
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param extensions the accepted file name extensions, lower case
 */
public record AttachmentLimits(long maxBytes, Set<String> extensions) {}
