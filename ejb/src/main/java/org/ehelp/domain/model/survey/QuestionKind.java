package org.ehelp.domain.model.survey;

/** The form of answer a survey question takes. */
public enum QuestionKind {
  /** A whole number from 1 to the question's scale maximum. */
  RATING,
  /** One of the question's choices. */
  CHOICE,
  /** Free text. */
  TEXT
}
