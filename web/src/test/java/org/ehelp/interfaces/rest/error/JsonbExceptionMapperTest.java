package org.ehelp.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonbExceptionMapperTest {

  @Test
  void propertyNamed_searchesCauses() {
    JsonbException cause =
        new JsonbException(
            "Unable to deserialize property 'priority' because of: No enum constant P9");
    RuntimeException wrapper = new RuntimeException("Error deserializing object", cause);

    assertEquals(Optional.of("priority"), JsonbExceptionMapper.propertyNamed(wrapper));
  }

  @Test
  void propertyNamed_emptyForMalformedJson() {
    JsonbException e = new JsonbException("Internal error: Invalid token=CURLYCLOSE");

    assertTrue(JsonbExceptionMapper.propertyNamed(e).isEmpty());
  }
}
