package org.ehelp.domain.model.request;

/** How a file reached a request. */
public enum AttachmentSource {
  /** Uploaded on the request page. */
  PORTAL,
  /** Part of a mail received about the request. */
  EMAIL,
  /** Sent through the REST API. */
  API
}
