package org.ehelp.domain.model.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ehelp.domain.model.request.RequestNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectLineTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Re: [EH-1042] Printer",
        "RE : [EH-1042] Printer",
        "Fwd: [EH-1042] Printer",
        "FW: [EH-1042] Printer",
        "TR: [EH-1042] Printer",
        "AW: [EH-1042] Printer",
        "WG: [EH-1042] Printer",
        "SV: [EH-1042] Printer",
        "VS: [EH-1042] Printer",
        "Réf. : [EH-1042] Printer",
        "Ref: [EH-1042] Printer",
        "RIF: [EH-1042] Printer",
        "Antw: [EH-1042] Printer",
        "Re[2]: [EH-1042] Printer",
        "Re: AW: TR: [EH-1042] Printer",
        "[EH-1042] Printer",
        "Re: Printer [eh-1042]",
        "Re: EH-1042 Printer"
      })
  void reference_isFoundWhateverThePrefixes(String subject) {
    assertEquals(Optional.of(new RequestNumber(1042)), SubjectLine.reference(subject));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Printer EH-1042 broken", "Re: model EH-12X", "No reference here", ""})
  void reference_isNotGuessedFromOtherText(String subject) {
    assertTrue(SubjectLine.reference(subject).isEmpty(), subject);
  }

  @Test
  void title_dropsPrefixesAndReference() {
    assertEquals("Printer jammed", SubjectLine.title("Re: AW: [EH-1042] Printer jammed"));
    assertEquals("Printer jammed", SubjectLine.title("TR : Réf. : Printer jammed"));
    assertEquals("Reset my password", SubjectLine.title("Reset my password"));
  }

  @Test
  void title_keepsWordsThatOnlyLookLikePrefixes() {
    assertEquals("Rework of the lobby", SubjectLine.title("Rework of the lobby"));
    assertEquals("Trouble with VPN", SubjectLine.title("Trouble with VPN"));
  }
}
