package org.ehelp.domain.model.request;

/** How a request reached eHelp. */
public enum Channel {
  PORTAL,
  PHONE,
  EMAIL,
  API,
  IMPORT
}
