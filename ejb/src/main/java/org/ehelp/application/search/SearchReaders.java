package org.ehelp.application.search;

import java.util.HashSet;
import java.util.Set;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.request.AccessRule;

/**
 * The access keys of searchable documents. Requests carry their {@link AccessRule} keys; other
 * documents may also carry {@link #EVERYONE} or {@link #STAFF}. A reader finds a document when the
 * reader's keys meet the document's.
 */
public final class SearchReaders {

  /** A key every signed-in person holds. */
  public static final String EVERYONE = "all";

  /** A key every member of the service desk holds (call center, technicians, admins). */
  public static final String STAFF = "staff";

  private SearchReaders() {}

  /** Returns the keys a reader holds: those of {@link AccessRule}, plus the ones above. */
  public static Set<String> keysOf(Person reader) {
    Set<String> keys = new HashSet<>(AccessRule.keysOf(reader));
    keys.add(EVERYONE);
    if (reader.isStaff()) {
      keys.add(STAFF);
    }
    return keys;
  }
}
