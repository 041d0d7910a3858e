package org.ehelp.domain.model.survey;

/** Which requests a survey campaign asks about. */
public enum SurveyKind {
  /** The requests closed in a period, invited once when the campaign opens. */
  PERIOD,
  /** Each request as it closes while the campaign is open. */
  AFTER_CLOSE
}
