package org.ehelp.domain.model.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a campaign's questionnaire. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion {

  @Id
  @SequenceGenerator(
      name = "survey_question_seq",
      sequenceName = "survey_question_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_question_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "campaign_id")
  private SurveyCampaign campaign;

  @Column(name = "sort_order")
  private int position;

  @Enumerated(EnumType.STRING)
  private QuestionKind kind;

  @Column(name = "question_text")
  private String text;

  /** The choices of a CHOICE question, separated by line feeds. */
  private String choices;

  @Column(name = "scale_max")
  private Integer scaleMax;

  private boolean mandatory;

  protected SurveyQuestion() {}

  SurveyQuestion(
      SurveyCampaign campaign,
      int position,
      QuestionKind kind,
      String text,
      List<String> choices,
      Integer scaleMax,
      boolean mandatory) {
    this.campaign = campaign;
    this.position = position;
    this.kind = kind;
    this.text = text;
    this.choices = choices == null || choices.isEmpty() ? null : String.join("\n", choices);
    this.scaleMax = scaleMax;
    this.mandatory = mandatory;
  }

  public Long getId() {
    return id;
  }

  public int getPosition() {
    return position;
  }

  public QuestionKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public List<String> getChoices() {
    return choices == null ? List.of() : Arrays.asList(choices.split("\n"));
  }

  public Integer getScaleMax() {
    return scaleMax;
  }

  public boolean isMandatory() {
    return mandatory;
  }
}
