package org.ehelp.interfaces.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ehelp.application.survey.AnswerInput;
import org.ehelp.application.survey.CampaignView.QuestionView;
import org.ehelp.application.survey.InvitationView;
import org.ehelp.application.survey.SurveyService;
import org.ehelp.domain.error.EhelpException;
import org.ehelp.interfaces.web.support.Pages;
import org.ehelp.interfaces.web.support.Texts;

/** The survey form of one invitation, answered once. */
@Named
@ViewScoped
public class SurveyAnswerView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyService surveys;

  private Long invitationId;
  private InvitationView invitation;
  private List<Item> items = List.of();
  private String refusal;

  /** One question and what the person chose or typed. */
  public static final class Item implements Serializable {

    private static final long serialVersionUID = 1L;

    private final QuestionView question;
    private Integer rating;
    private String choice;
    private String text;

    Item(QuestionView question) {
      this.question = question;
    }

    public QuestionView getQuestion() {
      return question;
    }

    /** Returns the ratings to choose from, 1 to the scale maximum. */
    public List<Integer> getScale() {
      int max = question.scaleMax() == null ? 5 : question.scaleMax();
      return IntStream.rangeClosed(1, max).boxed().toList();
    }

    public Integer getRating() {
      return rating;
    }

    public void setRating(Integer rating) {
      this.rating = rating;
    }

    public String getChoice() {
      return choice;
    }

    public void setChoice(String choice) {
      this.choice = choice;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }
  }

  /** Loads the invitation, or explains why it cannot be answered (answered, closed). */
  public void load() throws IOException {
    if (invitationId == null) {
      Pages.notFound();
      return;
    }
    try {
      SurveyService.SurveyForm form = surveys.form(invitationId);
      invitation = form.invitation();
      items = new ArrayList<>(form.questions().stream().map(Item::new).toList());
    } catch (EhelpException e) {
      if (e.status() == 404) {
        Pages.notFound();
        return;
      }
      refusal = e.message(Texts.locale());
    }
  }

  /** Records the answers and returns to the home page. */
  public String submit() {
    Map<Long, AnswerInput> answers = new HashMap<>();
    for (Item item : items) {
      answers.put(item.question.id(), new AnswerInput(item.rating, item.choice, item.text));
    }
    surveys.answer(invitationId, answers);
    Texts.flashInfo("survey.answer.thanks");
    return "/index?faces-redirect=true";
  }

  public Long getInvitationId() {
    return invitationId;
  }

  public void setInvitationId(Long invitationId) {
    this.invitationId = invitationId;
  }

  public InvitationView getInvitation() {
    return invitation;
  }

  public List<Item> getItems() {
    return items;
  }

  /** Returns why the form cannot be answered, or null when it can. */
  public String getRefusal() {
    return refusal;
  }
}
