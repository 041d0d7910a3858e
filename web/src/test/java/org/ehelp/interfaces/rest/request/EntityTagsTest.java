package org.ehelp.interfaces.rest.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ehelp.domain.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  @Test
  void expectedVersion_readsQuotedWeakAndBareTags() {
    assertEquals(3L, EntityTags.expectedVersion("\"3\""));
    assertEquals(3L, EntityTags.expectedVersion("W/\"3\""));
    assertEquals(12L, EntityTags.expectedVersion(" 12 "));
    assertEquals(4L, EntityTags.expectedVersion("\"4\", \"5\""));
  }

  @Test
  void expectedVersion_returnsNull_whenAbsentOrAny() {
    assertNull(EntityTags.expectedVersion(null));
    assertNull(EntityTags.expectedVersion(" "));
    assertNull(EntityTags.expectedVersion("*"));
  }

  @Test
  void expectedVersion_rejectsOtherTags() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> EntityTags.expectedVersion("\"abc\""));

    assertEquals(400, e.status());
    assertEquals("error.api.ifMatch", e.key());
  }
}
