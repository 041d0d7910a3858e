package org.ehelp.application.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlaReportingTest {

  @Test
  void safeCell_neutralizesFormulaStarts() {
    assertEquals("'=HYPERLINK(\"x\")", SlaReporting.safeCell("=HYPERLINK(\"x\")"));
    assertEquals("'+1", SlaReporting.safeCell("+1"));
    assertEquals("'-1+2", SlaReporting.safeCell("-1+2"));
    assertEquals("'@SUM(A1)", SlaReporting.safeCell("@SUM(A1)"));
    assertEquals("'\tcmd", SlaReporting.safeCell("\tcmd"));
    assertEquals("'\rcmd", SlaReporting.safeCell("\rcmd"));
  }

  @Test
  void safeCell_keepsTextAndNumbers() {
    assertEquals("Tina Tech", SlaReporting.safeCell("Tina Tech"));
    assertEquals("a=b", SlaReporting.safeCell("a=b"));
    assertEquals("", SlaReporting.safeCell(null));
    assertEquals("", SlaReporting.safeCell(""));
    assertEquals("-3", SlaReporting.safeCell(-3));
    assertEquals("87.5", SlaReporting.safeCell(87.5));
  }
}
