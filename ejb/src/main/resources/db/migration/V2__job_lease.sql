-- One row per periodic job: the instance that holds the job's lease until expires_at is the only
-- one that runs it, so a job whose timer fires on every instance of a cluster runs once.
CREATE TABLE job_lease (
  job_name    VARCHAR(100) PRIMARY KEY,
  holder      VARCHAR(300) NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
