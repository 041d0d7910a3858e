-- Knowledge-base articles: procedures and corrective measures. Every edit adds a version row, so
-- versions can be compared and restored; solutions link articles to the requests they solved.
CREATE SEQUENCE kb_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE kb_article (
  id                 BIGINT PRIMARY KEY,
  title              VARCHAR(300) NOT NULL,
  body               VARCHAR(200000) NOT NULL,
  tags               VARCHAR(1000) NOT NULL,
  category_id        BIGINT REFERENCES category (id),
  audience           VARCHAR(20) NOT NULL,
  state              VARCHAR(20) NOT NULL,
  current_version    INT NOT NULL,
  source_request_id  BIGINT REFERENCES service_request (id),
  source_ref         VARCHAR(300),
  created_by         BIGINT REFERENCES person (id),
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT NOT NULL
);

CREATE TABLE kb_article_version (
  id          BIGINT PRIMARY KEY,
  article_id  BIGINT NOT NULL REFERENCES kb_article (id),
  number      INT NOT NULL,
  title       VARCHAR(300) NOT NULL,
  body        VARCHAR(200000) NOT NULL,
  tags        VARCHAR(1000) NOT NULL,
  audience    VARCHAR(20) NOT NULL,
  note        VARCHAR(300),
  edited_by   BIGINT REFERENCES person (id),
  edited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (article_id, number)
);

CREATE TABLE kb_solution (
  id          BIGINT PRIMARY KEY,
  article_id  BIGINT NOT NULL REFERENCES kb_article (id),
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  linked_by   BIGINT NOT NULL REFERENCES person (id),
  linked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (article_id, request_id)
);

CREATE INDEX kb_solution_request ON kb_solution (request_id);

CREATE TABLE kb_vote (
  id          BIGINT PRIMARY KEY,
  article_id  BIGINT NOT NULL REFERENCES kb_article (id),
  person_id   BIGINT NOT NULL REFERENCES person (id),
  helpful     BOOLEAN NOT NULL,
  voted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (article_id, person_id)
);
