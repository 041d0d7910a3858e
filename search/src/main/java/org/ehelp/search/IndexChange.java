package org.ehelp.search;

import java.util.Objects;

/** A document to write into the index, or the key of one to remove from it. */
public record IndexChange(String type, String id, SearchDocument document) {

  public IndexChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }

  public static IndexChange put(SearchDocument document) {
    return new IndexChange(document.type(), document.id(), document);
  }

  public static IndexChange remove(String type, String id) {
    return new IndexChange(type, id, null);
  }

  public boolean isRemoval() {
    return document == null;
  }
}
