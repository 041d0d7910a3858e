package org.ehelp.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The answer to one question: a rating, a choice or a text, as the question asks. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer {

  @Id
  @SequenceGenerator(
      name = "survey_answer_seq",
      sequenceName = "survey_answer_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_answer_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "response_id")
  private SurveyResponse response;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id")
  private SurveyQuestion question;

  private Integer rating;

  private String choice;

  @Column(name = "free_text")
  private String text;

  protected SurveyAnswer() {}

  SurveyAnswer(
      SurveyResponse response,
      SurveyQuestion question,
      Integer rating,
      String choice,
      String text) {
    this.response = response;
    this.question = question;
    this.rating = rating;
    this.choice = choice;
    this.text = text;
  }

  public SurveyQuestion getQuestion() {
    return question;
  }

  public Integer getRating() {
    return rating;
  }

  public String getChoice() {
    return choice;
  }

  public String getText() {
    return text;
  }
}
