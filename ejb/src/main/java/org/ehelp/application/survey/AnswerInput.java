package org.ehelp.application.survey;

/**
 * A person's answer to one question; only the part the question's kind asks for is read.
 *
 * @param rating 1 to the question's scale maximum
 * @param choice one of the question's choices, as written
 */
public record AnswerInput(Integer rating, String choice, String text) {}
