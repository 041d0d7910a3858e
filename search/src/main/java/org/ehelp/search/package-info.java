/**
 * Full-text search over requests and the knowledge base. The Lucene types stay inside this module;
 * callers see only the types of this package.
 */
package org.ehelp.search;
