package org.ehelp.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.ehelp.domain.model.person.Role;
import org.ehelp.domain.model.request.Action;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

  private static final Set<Role> REQUESTER = EnumSet.of(Role.REQUESTER);
  private static final Set<Role> TECHNICIAN = EnumSet.of(Role.REQUESTER, Role.TECHNICIAN);

  @Test
  void everyActionButImport_hasAKindWithRecipients() {
    for (Action action : Action.values()) {
      if (action == Action.IMPORT) {
        assertTrue(NotificationKind.of(action).isEmpty());
        continue;
      }
      NotificationKind kind = NotificationKind.of(action).orElseThrow();
      assertFalse(NotificationRules.of(kind).isEmpty(), kind::name);
    }
  }

  @Test
  void canTurnOff_whereThePersonNeverHasToAct() {
    assertTrue(NotificationRules.canTurnOff(NotificationKind.COMMENT, REQUESTER));
    assertTrue(NotificationRules.canTurnOff(NotificationKind.DISPATCH, REQUESTER));
    assertFalse(NotificationRules.canTurnOff(NotificationKind.DISPATCH, TECHNICIAN));
    assertFalse(NotificationRules.canTurnOff(NotificationKind.SEND_FOR_VALIDATION, REQUESTER));
    assertFalse(
        NotificationRules.canTurnOff(NotificationKind.ASK_APPROVAL, EnumSet.of(Role.RESPONSIBLE)));
  }

  @Test
  void concerns_onlyKindsThatCanReachTheRoles() {
    assertFalse(NotificationRules.concerns(NotificationKind.ASK_APPROVAL, REQUESTER));
    assertTrue(NotificationRules.concerns(NotificationKind.CLOSE, REQUESTER));
  }

  @Test
  void retryPolicy_doublesUpToTheMaximum() {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(30), Duration.ofMinutes(5));

    assertEquals(Duration.ofSeconds(30), policy.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), policy.delayAfter(2));
    assertEquals(Duration.ofSeconds(240), policy.delayAfter(4));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(5));
    assertEquals(Duration.ofMinutes(5), policy.delayAfter(9));
  }

  @Test
  void outboxMail_failsForGoodAfterTheLastTry() {
    RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(4));
    java.time.Instant now = java.time.Instant.parse("2025-06-02T10:00:00Z");
    OutboxMail mail =
        new OutboxMail(
            NotificationKind.COMMENT,
            "c:1",
            1L,
            2L,
            new Envelope(
                "a@example.com", "A", "en", "s", "b", "id@x", null, null, "auto-generated"),
            now);

    mail.failed("refused", now, policy);
    assertEquals(OutboxState.PENDING, mail.getState());
    assertEquals(now.plusSeconds(1), mail.getNextAttemptAt());
    mail.failed("refused", now, policy);
    assertEquals(now.plusSeconds(2), mail.getNextAttemptAt());
    mail.failed("refused", now, policy);
    assertEquals(OutboxState.FAILED, mail.getState());

    mail.retry(now);
    assertEquals(OutboxState.PENDING, mail.getState());
    assertEquals(0, mail.getAttempts());
  }
}
