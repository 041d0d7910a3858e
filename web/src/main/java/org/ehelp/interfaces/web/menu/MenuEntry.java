package org.ehelp.interfaces.web.menu;

/**
 * One link of the portal's main menu.
 *
 * @param id the link's component id, stable for tests and help pages
 * @param outcome the Faces view the link opens, such as {@code /requests/mine}
 * @param labelKey the message bundle key of its text
 * @param order where it goes: lower first; the portal's own entries use multiples of 10
 */
public record MenuEntry(String id, String outcome, String labelKey, int order) {}
