package org.ehelp.interfaces.rest.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.ehelp.domain.error.InvalidInputException;
import org.ehelp.domain.model.request.Action;
import org.junit.jupiter.api.Test;

class ActionNamesTest {

  @Test
  void kebabCase_roundTrips() {
    for (Action action : Action.values()) {
      if (action == Action.FILE || action == Action.IMPORT) {
        continue;
      }
      String name = ActionNames.of(action);

      assertEquals(action, ActionNames.parse(name), name);
    }
    assertEquals("send-for-validation", ActionNames.of(Action.SEND_FOR_VALIDATION));
  }

  @Test
  void parse_rejectsUnknownNames() {
    for (String name : new String[] {"fly", "file", "import", "", "mark_realized "}) {
      InvalidInputException e =
          assertThrows(InvalidInputException.class, () -> ActionNames.parse(name), name);

      assertEquals(400, e.status(), name);
    }
  }

  @Test
  void parse_messageListsValidActions() {
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> ActionNames.parse("fly"));

    String message = e.message(Locale.ENGLISH);
    assertTrue(message.contains("\"fly\""), message);
    assertTrue(message.contains("mark-realized"), message);
  }
}
