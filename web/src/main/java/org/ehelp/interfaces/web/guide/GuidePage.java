package org.ehelp.interfaces.web.guide;

/**
 * One section of the online user guide, as a search index takes it.
 *
 * @param id stable and unique: role, language and section, such as {@code requester/en/new-request}
 * @param language {@code en} or {@code fr}
 * @param role the guide's role, such as {@code requester} or {@code call-center}
 * @param title the section heading
 * @param text the section as plain text, paragraphs separated by blank lines
 * @param url the section in the portal, relative to the context root, such as {@code
 *     guide/index.xhtml?role=requester&lang=en#new-request}
 */
public record GuidePage(
    String id, String language, String role, String title, String text, String url) {}
