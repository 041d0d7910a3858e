package org.ehelp.application.search;

import java.util.List;
import java.util.Optional;
import org.ehelp.search.SearchDocument;

/**
 * A kind of searchable document kept in the database. A CDI bean of the EJB module (or of a library
 * in the EAR) that implements it is found by the indexer: when {@link SearchJournal#record} names
 * its type, the indexer calls {@link #load} and writes the document, or removes it when empty; a
 * rebuild reads every id from {@link #ids}. Both run in a transaction of their own.
 */
public interface SearchSource {

  /** The document type, such as {@code REQUEST}; upper case, unique among sources. */
  String type();

  /** Returns the document as it is now, or empty when it no longer exists. */
  Optional<SearchDocument> load(String id);

  /** Lists the ids of every document of this type, for a rebuild. */
  List<String> ids();
}
