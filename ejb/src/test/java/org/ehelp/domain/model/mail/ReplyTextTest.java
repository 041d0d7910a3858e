package org.ehelp.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplyTextTest {

  @Test
  void newText_stopsAtEnglishWroteLine() {
    String text = "It works now.\n\nOn Mon, 2 Jun 2025, eHelp <helpdesk@example.com> wrote:\n> old";
    assertEquals("It works now.", ReplyText.newText(text));
  }

  @Test
  void newText_stopsAtFrenchAndGermanWroteLines() {
    assertEquals("Merci.", ReplyText.newText("Merci.\n\nLe 2 juin 2025, eHelp a écrit :\n> x"));
    assertEquals("Danke.", ReplyText.newText("Danke.\n\nAm 02.06.2025 schrieb eHelp:\n> x"));
  }

  @Test
  void newText_stopsAtOutlookHeaderBlock() {
    String text =
        "See attached.\n\nFrom: eHelp <helpdesk@example.com>\nSent: Monday\nSubject: x\n\nold";
    assertEquals("See attached.", ReplyText.newText(text));
  }

  @Test
  void newText_stopsAtMarkerLine() {
    String text = "Done.\n## Reply above this line ##\nHello Rita";
    assertEquals("Done.", ReplyText.newText(text));
  }

  @Test
  void newText_dropsTrailingQuotedLines() {
    assertEquals("Yes.", ReplyText.newText("Yes.\n\n> Is it fixed?\n> Thanks"));
  }

  @Test
  void newText_keepsAFromLineWithoutSentLine() {
    String text = "From: my desk, the printer is broken.";
    assertEquals(text, ReplyText.newText(text));
  }

  @Test
  void newText_keepsEverythingWhenNothingIsAboveTheQuote() {
    String text = "On Monday, Rita wrote:\n> Only a quote";
    assertEquals(text, ReplyText.newText(text));
  }
}
