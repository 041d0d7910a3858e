package org.ehelp.search.impl;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.ehelp.search.SearchDocument;

/** Maps a {@link SearchDocument} to its Lucene fields, and stored fields back to hit values. */
final class Documents {

  /**
   * Tokenized text, stored for snippets, with offsets in the postings so that the highlighter reads
   * match positions from the index instead of analyzing every hit's text again.
   */
  private static final FieldType TEXT = textType();

  private Documents() {}

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static Document toLucene(SearchDocument source) {
    Document doc = new Document();
    doc.add(new StringField(Fields.KEY, source.key(), Store.NO));
    doc.add(new StoredField(Fields.TYPE, source.type()));
    doc.add(new StoredField(Fields.ID, source.id()));
    doc.add(new Field(Fields.TITLE, source.title(), TEXT));
    doc.add(new Field(Fields.BODY, source.body(), TEXT));
    if (!source.restricted().isEmpty()) {
      doc.add(new Field(Fields.RESTRICTED, source.restricted(), TEXT));
    }
    for (String exact : source.exact()) {
      if (exact != null && !exact.isBlank()) {
        doc.add(new StringField(Fields.EXACT, Fields.exactTerm(exact), Store.NO));
      }
    }
    for (String reader : source.readers()) {
      doc.add(new StringField(Fields.READER, reader, Store.NO));
    }
    Map<String, String> facets = new LinkedHashMap<>(source.facets());
    facets.put(Fields.TYPE_DIMENSION, source.type());
    facets.forEach(
        (dimension, value) -> {
          if (value != null && !value.isEmpty()) {
            String term = Fields.facetTerm(dimension, value);
            doc.add(new StringField(Fields.FACET, term, Store.YES));
            doc.add(new SortedSetDocValuesField(Fields.FACET, new BytesRef(term)));
          }
        });
    long millis = source.date().toEpochMilli();
    doc.add(new NumericDocValuesField(Fields.DATE, millis));
    doc.add(new StoredField(Fields.DATE, millis));
    return doc;
  }

  static Map<String, String> facetsOf(Document doc) {
    Map<String, String> facets = new LinkedHashMap<>();
    for (IndexableField field : doc.getFields(Fields.FACET)) {
      String[] split = Fields.splitFacet(field.stringValue());
      if (split != null) {
        facets.put(split[0], split[1]);
      }
    }
    return facets;
  }

  static Instant dateOf(Document doc) {
    IndexableField date = doc.getField(Fields.DATE);
    return date == null ? Instant.EPOCH : Instant.ofEpochMilli(date.numericValue().longValue());
  }
}
