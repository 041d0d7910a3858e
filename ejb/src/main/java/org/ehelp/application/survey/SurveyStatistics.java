package org.ehelp.application.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.ehelp.application.survey.CampaignView.QuestionView;
import org.ehelp.application.survey.SurveyResults.Group;
import org.ehelp.application.survey.SurveyResults.QuestionSummary;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SurveyAnswer;
import org.ehelp.domain.model.survey.SurveyResponse;

/** Computes the results of a campaign from its responses. */
final class SurveyStatistics {

  private SurveyStatistics() {}

  static SurveyResults of(CampaignView campaign, long invited, List<SurveyResponse> responses) {
    return new SurveyResults(
        campaign,
        invited,
        responses.size(),
        satisfaction(responses),
        groups(
            responses,
            r -> r.getTechnician() == null ? null : r.getTechnician().getLogin(),
            r -> r.getTechnician() == null ? null : r.getTechnician().getDisplayName()),
        groups(
            responses,
            r -> r.getCategory() == null ? null : r.getCategory().getCode(),
            r -> r.getCategory() == null ? null : r.getCategory().getName()),
        groups(responses, r -> r.getSlaOutcome().name(), r -> r.getSlaOutcome().name()),
        campaign.questions().stream().map(q -> summary(q, responses)).toList());
  }

  private static List<Group> groups(
      List<SurveyResponse> responses,
      Function<SurveyResponse, String> key,
      Function<SurveyResponse, String> label) {
    Map<String, List<SurveyResponse>> byKey = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (SurveyResponse response : responses) {
      String k = key.apply(response);
      byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(response);
      labels.putIfAbsent(k, label.apply(response));
    }
    return byKey.entrySet().stream()
        .map(
            e ->
                new Group(
                    e.getKey(),
                    labels.get(e.getKey()),
                    e.getValue().size(),
                    satisfaction(e.getValue())))
        .sorted((a, b) -> String.valueOf(a.label()).compareTo(String.valueOf(b.label())))
        .toList();
  }

  /** The mean of every rating answer as a percentage of its scale, or null without any. */
  private static Double satisfaction(List<SurveyResponse> responses) {
    OptionalDouble mean =
        responses.stream()
            .flatMap(r -> r.getAnswers().stream())
            .filter(a -> a.getRating() != null && a.getQuestion().getScaleMax() != null)
            .mapToDouble(a -> 100.0 * a.getRating() / a.getQuestion().getScaleMax())
            .average();
    return mean.isPresent() ? round(mean.getAsDouble()) : null;
  }

  private static QuestionSummary summary(QuestionView question, List<SurveyResponse> responses) {
    List<SurveyAnswer> answers =
        responses.stream()
            .flatMap(r -> r.getAnswers().stream())
            .filter(a -> a.getQuestion().getId() == question.id())
            .toList();
    Double average = null;
    Map<String, Long> choices = new LinkedHashMap<>();
    if (question.kind() == QuestionKind.RATING) {
      OptionalDouble mean =
          answers.stream()
              .filter(a -> a.getRating() != null)
              .mapToInt(a -> a.getRating())
              .average();
      average = mean.isPresent() ? round(mean.getAsDouble()) : null;
    }
    if (question.kind() == QuestionKind.CHOICE) {
      question.choices().forEach(c -> choices.put(c, 0L));
      answers.forEach(a -> choices.merge(a.getChoice(), 1L, Long::sum));
    }
    return new QuestionSummary(
        question.id(), question.kind(), question.text(), answers.size(), average, choices);
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
