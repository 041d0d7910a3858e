package org.ehelp.interfaces.rest.kb;

import java.util.List;

/**
 * The content of an article to write or edit.
 *
 * @param audience EVERYONE (default) or STAFF
 * @param category a category code, or null
 * @param fromRequest the id of the resolved request the article is written from (creation only)
 * @param version the version last read (editing only); an older one is rejected with 412
 */
public record ArticleInputDto(
    String title,
    String body,
    List<String> tags,
    String audience,
    String category,
    Long fromRequest,
    Long version) {}
