package org.ehelp.search.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private final TextQueries queries = new TextQueries(new TextAnalyzer());

  @Test
  void foldsAccentsAndCase() {
    assertEquals(queries.analyze("ecran"), queries.analyze("Écran"));
  }

  @Test
  void removesFrenchElisionWithEitherApostrophe() {
    assertEquals(queries.analyze("imprimante"), queries.analyze("l'imprimante"));
    assertEquals(queries.analyze("imprimante"), queries.analyze("l’imprimante"));
  }

  @Test
  void stemsPluralsInBothLanguages() {
    assertEquals(queries.analyze("imprimante"), queries.analyze("imprimantes"));
    assertEquals(queries.analyze("printer"), queries.analyze("printers"));
    assertEquals(queries.analyze("password"), queries.analyze("passwords"));
  }

  @Test
  void keepsNumbersAndSplitsWords() {
    assertEquals(List.of("eh", "1042"), queries.analyze("EH-1042"));
  }
}
