package org.ehelp.interfaces.rest.directory;

import java.util.List;

/**
 * The caller's own account.
 *
 * @param locale the language tag of the person's language, such as {@code fr}
 * @param timeZone the time zone id, such as {@code Europe/Paris}
 * @param roles role names, such as {@code TECHNICIAN}
 * @param staff whether the person belongs to the service desk and so reads internal notes
 */
public record ProfileDto(
    long id,
    String login,
    String displayName,
    String email,
    String phone,
    String locale,
    String timeZone,
    List<String> roles,
    boolean staff) {}
