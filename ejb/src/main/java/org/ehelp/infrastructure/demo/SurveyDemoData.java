package org.ehelp.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ehelp.application.survey.SurveyJobs;
import org.ehelp.domain.model.Times;
import org.ehelp.domain.model.person.Person;
import org.ehelp.domain.model.person.PersonRepository;
import org.ehelp.domain.model.survey.QuestionKind;
import org.ehelp.domain.model.survey.SlaOutcome;
import org.ehelp.domain.model.survey.SurveyCampaign;
import org.ehelp.domain.model.survey.SurveyInvitation;
import org.ehelp.domain.model.survey.SurveyKind;
import org.ehelp.domain.model.survey.SurveyParticipation;
import org.ehelp.domain.model.survey.SurveyQuestion;
import org.ehelp.domain.model.survey.SurveyRepository;
import org.ehelp.domain.model.survey.SurveyResponse;

/**
 * Loads the demo survey campaign of {@code demo/surveys} once per database, with the full demo
 * data: it invites the requesters of the demo backlog at once and records the answers of {@code
 * answers.csv}, so that the results page has figures and the others see the survey at home.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class SurveyDemoData {

  private static final Logger LOG = Logger.getLogger(SurveyDemoData.class.getName());
  private static final String FLAG = "demo.surveys.loaded";

  /** {@code ehelp.demo.data}: the campaign loads with {@code full} only. */
  @Inject
  @ConfigProperty(name = "ehelp.demo.data", defaultValue = "none")
  String level;

  @PersistenceContext private EntityManager em;

  @Inject private SurveyRepository surveys;

  @Inject private SurveyJobs jobs;

  @Inject private PersonRepository people;

  @PostConstruct
  void load() {
    if (!level.strip().toLowerCase(Locale.ROOT).equals("full") || !claim()) {
      return;
    }
    SurveyCampaign campaign = campaign(properties("demo/surveys/campaign.properties"));
    surveys.add(campaign);
    surveys.flush();

    int invited = jobs.invite(campaign.getId());
    int answered = 0;
    for (CSVRecord row : csv("demo/surveys/answers.csv")) {
      answered += answer(campaign, row) ? 1 : 0;
    }
    surveys.flush();

    int count = answered;
    LOG.info(() -> "Demo survey loaded: " + invited + " invited, " + count + " answered");
  }

  private SurveyCampaign campaign(Properties settings) {
    Instant now = Times.now();
    Person agent = people.findByLogin("agent").orElse(null);
    SurveyCampaign campaign =
        new SurveyCampaign(
            settings.getProperty("title"),
            settings.getProperty("intro"),
            SurveyKind.valueOf(settings.getProperty("kind")),
            Boolean.parseBoolean(settings.getProperty("anonymous")),
            now.plus(Duration.parse(settings.getProperty("opens_in"))),
            now.plus(Duration.parse(settings.getProperty("closes_in"))),
            now.plus(Duration.parse(settings.getProperty("remind_in"))),
            agent,
            now);
    campaign.target(
        null,
        null,
        List.of(),
        List.of(),
        Integer.parseInt(settings.getProperty("sampling_percent")));
    for (CSVRecord row : csv("demo/surveys/questions.csv")) {
      String scale = row.get("scale_max");
      campaign.ask(
          QuestionKind.valueOf(row.get("kind")),
          row.get("text"),
          split(row.get("choices")),
          scale.isBlank() ? null : Integer.valueOf(scale),
          Boolean.parseBoolean(row.get("mandatory")));
    }
    return campaign;
  }

  private boolean answer(SurveyCampaign campaign, CSVRecord row) {
    Person person = people.findByLogin(row.get("login")).orElse(null);
    if (person == null) {
      return false;
    }
    SurveyInvitation invitation =
        surveys.findInvitations(campaign.getId()).stream()
            .filter(i -> i.getPerson().getId().equals(person.getId()))
            .findFirst()
            .orElse(null);
    if (invitation == null) {
      return false;
    }
    SurveyResponse response = new SurveyResponse(invitation, SlaOutcome.NOT_MEASURED, Times.now());
    List<String> values = Arrays.asList(row.get("answers").split("\\|", -1));
    List<SurveyQuestion> questions = campaign.getQuestions();
    for (int i = 0; i < questions.size() && i < values.size(); i++) {
      String value = values.get(i).strip();
      if (value.isEmpty()) {
        continue;
      }
      SurveyQuestion question = questions.get(i);
      switch (question.getKind()) {
        case RATING -> response.answer(question, Integer.valueOf(value), null, null);
        case CHOICE -> response.answer(question, null, value, null);
        case TEXT -> response.answer(question, null, null, value);
      }
    }
    surveys.add(new SurveyParticipation(invitation.getId()));
    surveys.add(response);
    return true;
  }

  private static List<String> split(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private boolean claim() {
    boolean taken =
        !em.createNativeQuery("SELECT setting_key FROM app_setting WHERE setting_key = ?")
            .setParameter(1, FLAG)
            .getResultList()
            .isEmpty();
    if (taken) {
      return false;
    }
    em.createNativeQuery("INSERT INTO app_setting (setting_key, setting_value) VALUES (?, ?)")
        .setParameter(1, FLAG)
        .setParameter(2, Times.now().toString())
        .executeUpdate();
    return true;
  }

  private static Properties properties(String resource) {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo file " + resource, e);
    }
    return properties;
  }

  private static Iterable<CSVRecord> csv(String resource) {
    try (Reader reader = new InputStreamReader(open(resource), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setTrim(true)
          .build()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the demo file " + resource, e);
    }
  }

  private static InputStream open(String resource) {
    InputStream in = SurveyDemoData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("The demo file " + resource + " is missing from the build");
    }
    return in;
  }
}
