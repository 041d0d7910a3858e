package org.ehelp.domain.model.survey;

/** How a survey question is answered. */
public enum QuestionKind {
  /** A whole number from 1 to the question's scale maximum. */
  RATING,
  /** One of the question's choices. */
  CHOICE,
  /** Free text. */
  TEXT
}
