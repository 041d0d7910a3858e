#!/usr/bin/env bash
# Prepares or stops the Payara domain that the Arquillian integration tests run on. The ear
# module's build calls "prepare" before the tests and "stop" after them. Arquillian starts and
# stops the prepared domain itself; "stop" only cleans up after a run that was interrupted.
#
# Environment (the build sets the first five):
#   EHELP_ROOT            repository root
#   EHELP_PORT_BASE       port base of the test domain (admin base + 48, HTTP base + 80)
#   EHELP_TEST_DB         h2 or postgres
#   EHELP_TEST_PROPERTIES file that receives the system properties for Arquillian (arquillian.xml)
#   EHELP_SKIP            true to do nothing (skipTests)
#   EHELP_PAYARA_ZIP, EHELP_POSTGRESQL_JAR   artifacts the build copied from the Maven repository
#   EHELP_DB_HOST, EHELP_DB_PORT, EHELP_DB_USER, EHELP_DB_PASSWORD   PostgreSQL connection
#                         (127.0.0.1, 5432, postgres, empty)
#   EHELP_TEST_DB_NAME    PostgreSQL database, dropped and re-created on each run (ehelp_test)
set -euo pipefail

# shellcheck source=ear/src/payara/payara-functions.sh
source "$(dirname "${BASH_SOURCE[0]}")/payara-functions.sh"

EHELP_DOMAIN=ehelp-test

prepare() {
  ehelp_require_commands java unzip timeout
  payara_install
  # A fresh domain each run also means a fresh H2 database, which lives under the domain.
  payara_delete_domain
  payara_create_domain

  case $EHELP_TEST_DB in
    h2) ;;
    postgres)
      export PGHOST=${EHELP_DB_HOST:-127.0.0.1} PGPORT=${EHELP_DB_PORT:-5432}
      export PGUSER=${EHELP_DB_USER:-postgres} PGPASSWORD=${EHELP_DB_PASSWORD:-}
      postgres_recreate_database "${EHELP_TEST_DB_NAME:-ehelp_test}"
      payara_add_postgresql_driver
      ;;
    *) ehelp_die "invalid ehelp.db '$EHELP_TEST_DB': expected h2 or postgres" ;;
  esac

  payara_start_domain
  payara_use_own_tmpdir
  # Takes effect when Arquillian starts the domain.
  payara_bind_listeners 127.0.0.1 --no-restart
  if [[ $EHELP_TEST_DB == h2 ]]; then
    payara_configure_h2
  else
    payara_configure_postgresql "$PGHOST" "$PGPORT" "${EHELP_TEST_DB_NAME:-ehelp_test}" \
      "$PGUSER" "$PGPASSWORD"
  fi
  # The demo accounts, but not the large ticket import.
  payara_set_config_property ehelp.demo.data accounts
  configure_mail
  # The SLA tests run the check pass as of a later instant instead of waiting for deadlines.
  payara_set_config_property ehelp.sla.clock adjustable
  # Pages end with their server time and SQL statement count, which the list tests read.
  payara_set_config_property ehelp.portal.server-timing true
  payara_stop_domain
  write_test_properties
  ehelp_log "Domain $EHELP_DOMAIN is ready for the integration tests ($EHELP_TEST_DB database)"
}

# Points notifications at the SMTP server (GreenMail) that the mail tests start in their own JVM on
# port base + 525. Also sets limits small enough to test: retries every 2 to 5 s, a 2 MiB message
# limit, a 1 MiB file limit and 15 messages per sender and hour. GreenMail runs only during the mail
# tests, so the notifications of the other tests fail; ten tries (about 40 s) let them give up
# rather than queue ahead of the mail tests' own notifications.
configure_mail() {
  local smtp_port=$((EHELP_PORT_BASE + 525))
  asadmin_remote 60 "creating the mail session mail/ehelp" create-javamail-resource \
    --mailhost 127.0.0.1 --mailuser ehelp --fromaddress helpdesk@ehelp.test \
    --property "mail.smtp.port=$smtp_port:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=5000" \
    mail/ehelp
  payara_set_config_property ehelp.mail.address helpdesk@ehelp.test
  payara_set_config_property ehelp.mail.portal-url "http://localhost:$HTTP_PORT/ehelp/"
  payara_set_config_property ehelp.mail.outbox.first-retry PT2S
  payara_set_config_property ehelp.mail.outbox.max-retry PT5S
  payara_set_config_property ehelp.mail.outbox.max-attempts 10
  payara_set_config_property ehelp.mail.max-message-bytes 2097152
  payara_set_config_property ehelp.mail.max-attachment-bytes 1048576
  payara_set_config_property ehelp.mail.sender-limit 15
}

write_test_properties() {
  mkdir -p "$(dirname "$EHELP_TEST_PROPERTIES")"
  cat >"$EHELP_TEST_PROPERTIES" <<EOF
ehelp.payara.home=$PAYARA_HOME
ehelp.test.domain=$EHELP_DOMAIN
ehelp.test.admin.port=$ADMIN_PORT
EOF
}

main() {
  if [[ ${EHELP_SKIP:-false} == true ]]; then
    return 0
  fi
  payara_init
  case ${1:-} in
    prepare) prepare ;;
    stop) payara_stop_domain ;;
    *) ehelp_die "usage: test-domain.sh prepare|stop" ;;
  esac
}

main "$@"
