package org.ehelp.search.impl;

import java.util.Locale;

/** The names of the index fields, and why each is stored, indexed or tokenized as it is. */
final class Fields {

  /** {@code TYPE:id}, indexed whole so that a change replaces or deletes exactly one document. */
  static final String KEY = "key";

  /** Stored only, to build the hit. */
  static final String TYPE = "type";

  /** Stored only, to build the hit. */
  static final String ID = "id";

  /**
   * Tokenized by {@link TextAnalyzer}, stored and with offsets, because snippets are cut from it.
   */
  static final String TITLE = "title";

  /**
   * Tokenized by {@link TextAnalyzer}, stored and with offsets, because snippets are cut from it.
   */
  static final String BODY = "body";

  /**
   * Tokenized and stored like {@link #BODY}; queried and quoted only for staff, so that internal
   * notes never match or show for other readers.
   */
  static final String RESTRICTED = "restricted";

  /** Request numbers and e-mail addresses, lower-cased and indexed whole, not stored. */
  static final String EXACT = "exact";

  /** Access keys, indexed whole for the reader filter, not stored. */
  static final String READER = "reader";

  /**
   * {@code dimension\u001fvalue}: indexed whole for filters, as sorted-set doc values for counting,
   * and stored to show the hit's values.
   */
  static final String FACET = "facet";

  /** Epoch milliseconds as doc values for sorting, and stored for the hit. */
  static final String DATE = "date";

  /** The facet dimension every document has: its type. */
  static final String TYPE_DIMENSION = "type";

  private static final char SEPARATOR = '\u001f';

  private Fields() {}

  static String facetTerm(String dimension, String value) {
    return dimension + SEPARATOR + value;
  }

  /** Splits a facet term into dimension and value; null when it has no separator. */
  static String[] splitFacet(String term) {
    int at = term.indexOf(SEPARATOR);
    return at < 0 ? null : new String[] {term.substring(0, at), term.substring(at + 1)};
  }

  static String exactTerm(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
