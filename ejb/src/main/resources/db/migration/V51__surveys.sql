-- Satisfaction surveys. A campaign has a questionnaire and a target: the requests closed in a
-- period (kind PERIOD), or each request as it closes (kind AFTER_CLOSE), narrowed by category and
-- technician and sampled at a rate. Each sampled request gives its requester an invitation.
--
-- Anonymity: a response of an anonymous campaign stores neither the respondent nor the request,
-- only the technician, category and SLA outcome the results are broken down by, and its day.
-- That the invitation was answered is recorded apart, in survey_participation, with no time and
-- no link to the response.

CREATE SEQUENCE survey_campaign_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_question_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_invitation_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_response_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE survey_answer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE survey_campaign (
  id                BIGINT PRIMARY KEY,
  title             VARCHAR(300) NOT NULL,
  intro             VARCHAR(10000),
  kind              VARCHAR(20) NOT NULL,
  anonymous         BOOLEAN NOT NULL,
  opens_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  closes_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_from       TIMESTAMP WITH TIME ZONE,
  closed_until      TIMESTAMP WITH TIME ZONE,
  sampling_percent  INTEGER NOT NULL,
  remind_at         TIMESTAMP WITH TIME ZONE,
  invited_at        TIMESTAMP WITH TIME ZONE,
  reminded_at       TIMESTAMP WITH TIME ZONE,
  created_by        BIGINT REFERENCES person (id),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version           BIGINT NOT NULL
);

CREATE TABLE survey_campaign_category (
  campaign_id  BIGINT NOT NULL REFERENCES survey_campaign (id),
  category_id  BIGINT NOT NULL REFERENCES category (id),
  PRIMARY KEY (campaign_id, category_id)
);

CREATE TABLE survey_campaign_technician (
  campaign_id  BIGINT NOT NULL REFERENCES survey_campaign (id),
  person_id    BIGINT NOT NULL REFERENCES person (id),
  PRIMARY KEY (campaign_id, person_id)
);

CREATE TABLE survey_question (
  id           BIGINT PRIMARY KEY,
  campaign_id  BIGINT NOT NULL REFERENCES survey_campaign (id),
  sort_order   INTEGER NOT NULL,
  kind         VARCHAR(20) NOT NULL,
  question_text VARCHAR(1000) NOT NULL,
  choices      VARCHAR(4000),
  scale_max    INTEGER,
  mandatory    BOOLEAN NOT NULL
);

CREATE TABLE survey_invitation (
  id           BIGINT PRIMARY KEY,
  campaign_id  BIGINT NOT NULL REFERENCES survey_campaign (id),
  person_id    BIGINT NOT NULL REFERENCES person (id),
  request_id   BIGINT NOT NULL REFERENCES service_request (id),
  invited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT survey_invitation_request_uk UNIQUE (campaign_id, request_id)
);
CREATE INDEX survey_invitation_person_ix ON survey_invitation (person_id, campaign_id);

CREATE TABLE survey_participation (
  invitation_id  BIGINT PRIMARY KEY REFERENCES survey_invitation (id)
);

CREATE TABLE survey_response (
  id             BIGINT PRIMARY KEY,
  campaign_id    BIGINT NOT NULL REFERENCES survey_campaign (id),
  respondent_id  BIGINT REFERENCES person (id),
  request_id     BIGINT REFERENCES service_request (id),
  technician_id  BIGINT REFERENCES person (id),
  category_id    BIGINT REFERENCES category (id),
  sla_outcome    VARCHAR(20) NOT NULL,
  submitted_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX survey_response_campaign_ix ON survey_response (campaign_id);

CREATE TABLE survey_answer (
  id           BIGINT PRIMARY KEY,
  response_id  BIGINT NOT NULL REFERENCES survey_response (id),
  question_id  BIGINT NOT NULL REFERENCES survey_question (id),
  rating       INTEGER,
  choice       VARCHAR(500),
  free_text    VARCHAR(10000)
);
CREATE INDEX survey_answer_response_ix ON survey_answer (response_id);
