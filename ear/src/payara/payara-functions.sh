# Shell functions that install Payara Server, prepare a domain and deploy eHelp on it.
# ./ehelp and the integration-test build (test-domain.sh) both source this file.
#
# Set before calling payara_init:
#   EHELP_ROOT        repository root, with mvnw and the parent pom.xml
#   EHELP_DOMAIN      domain name
#   EHELP_PORT_BASE   first port of the domain: admin is base + 48, HTTP base + 80
# Optional:
#   EHELP_PAYARA_ZIP      Payara zip to unpack; fetched through Maven when unset
#   EHELP_POSTGRESQL_JAR  PostgreSQL JDBC driver; fetched through Maven when unset

readonly EHELP_POOL=ehelp-pool
readonly EHELP_DATASOURCE=jdbc/ehelp

ehelp_log() {
  printf '==> %s\n' "$*"
}

ehelp_warn() {
  printf 'ehelp: warning: %s\n' "$*" >&2
}

# Prints the error, where the server log is and its last lines, then exits.
ehelp_die() {
  printf '\nehelp: error: %s\n' "$*" >&2
  if [[ -n ${SERVER_LOG:-} && -f $SERVER_LOG ]]; then
    printf 'ehelp: server log: %s (last lines below)\n' "$SERVER_LOG" >&2
    tail -n 15 "$SERVER_LOG" | cut -c 1-300 >&2
  fi
  exit 1
}

ehelp_require_commands() {
  local command
  for command in "$@"; do
    command -v "$command" >/dev/null || ehelp_die "$command is not installed; install it and try again"
  done
}

# Prints the value of a property of the parent POM, e.g. payara.version.
pom_property() {
  local value
  value=$(sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$EHELP_ROOT/pom.xml" | head -n 1)
  [[ -n $value ]] || ehelp_die "property $1 is missing from $EHELP_ROOT/pom.xml"
  printf '%s\n' "$value"
}

payara_init() {
  [[ $EHELP_PORT_BASE =~ ^[0-9]+$ ]] && ((EHELP_PORT_BASE >= 1024 && EHELP_PORT_BASE <= 65400)) ||
    ehelp_die "invalid port base '$EHELP_PORT_BASE': expected a number from 1024 to 65400"

  PAYARA_VERSION=$(pom_property payara.version)
  EHELP_WORK_DIR=$EHELP_ROOT/.ehelp
  PAYARA_HOME=$EHELP_WORK_DIR/payara-$PAYARA_VERSION/payara6
  ASADMIN=$PAYARA_HOME/bin/asadmin
  DOMAIN_DIR=$PAYARA_HOME/glassfish/domains/$EHELP_DOMAIN
  SERVER_LOG=$DOMAIN_DIR/logs/server.log
  ADMIN_PORT=$((EHELP_PORT_BASE + 48))
  HTTP_PORT=$((EHELP_PORT_BASE + 80))
}

# Copies an artifact from the Maven repository into a directory, downloading it once from Maven
# Central into ~/.m2 when it is not there yet. The copy keeps the artifact's file name.
maven_fetch() {
  local coordinates=$1 directory=$2 status=0 output
  mkdir -p "$directory"
  output=$(timeout 900 "$EHELP_ROOT/mvnw" -B -q -N -f "$EHELP_ROOT/pom.xml" dependency:copy \
    -Dartifact="$coordinates" -DoutputDirectory="$directory" 2>&1) || status=$?
  ((status == 0)) || ehelp_die "fetching $coordinates through Maven failed (exit $status): $output"
}

payara_install() {
  [[ -x $ASADMIN ]] && return 0

  local zip=${EHELP_PAYARA_ZIP:-} staging
  mkdir -p "$EHELP_WORK_DIR"
  if [[ -z $zip ]]; then
    ehelp_log "Fetching Payara Server $PAYARA_VERSION from the Maven repository"
    maven_fetch "fish.payara.distributions:payara:$PAYARA_VERSION:zip" "$EHELP_WORK_DIR/downloads"
    zip=$EHELP_WORK_DIR/downloads/payara-$PAYARA_VERSION.zip
  fi
  [[ -f $zip ]] || ehelp_die "Payara zip not found: $zip"

  ehelp_log "Unpacking Payara Server $PAYARA_VERSION into ${PAYARA_HOME#"$EHELP_ROOT/"}"
  staging=$(mktemp -d "$EHELP_WORK_DIR/unpack.XXXXXX")
  unzip -q "$zip" -d "$staging" || ehelp_die "unpacking $zip failed"
  [[ -x $staging/payara6/bin/asadmin ]] || ehelp_die "$zip does not contain payara6/bin/asadmin"
  mkdir -p "${PAYARA_HOME%/*}"
  # A build running at the same time may have unpacked it first; its copy is as good as ours.
  mv -T "$staging/payara6" "$PAYARA_HOME" 2>/dev/null || [[ -x $ASADMIN ]] ||
    ehelp_die "moving Payara into $PAYARA_HOME failed"
  rm -rf "$staging" "$EHELP_WORK_DIR/downloads"
}

# Runs a local asadmin command (one that needs no running server) with a time limit in seconds.
asadmin_local() {
  local seconds=$1 description=$2 status=0 output
  shift 2
  output=$(timeout "$seconds" "$ASADMIN" --interactive=false "$@" 2>&1) || status=$?
  payara_check_status "$status" "$seconds" "$description" "$output"
  ASADMIN_OUTPUT=$output
}

# Runs an asadmin command against the domain's admin port with a time limit in seconds.
asadmin_remote() {
  local seconds=$1 description=$2 status=0 output
  shift 2
  output=$(timeout "$seconds" "$ASADMIN" --interactive=false --port "$ADMIN_PORT" "$@" 2>&1) ||
    status=$?
  payara_check_status "$status" "$seconds" "$description" "$output"
  ASADMIN_OUTPUT=$output
}

payara_check_status() {
  local status=$1 seconds=$2 description=$3 output=$4
  ((status == 0)) && return 0
  ((status == 124)) && ehelp_die "$description timed out after $seconds s"
  printf '%s\n' "$output" >&2
  ehelp_die "$description failed (asadmin exit status $status)"
}

payara_domain_exists() {
  [[ -f $DOMAIN_DIR/config/domain.xml ]]
}

# A domain whose configuration changed since it started is listed as "<name> running, restart
# required to apply configuration changes"; it runs all the same.
payara_domain_running() {
  payara_domain_exists || return 1
  timeout 60 "$ASADMIN" list-domains 2>/dev/null | grep -qE "^$EHELP_DOMAIN running(,|$)"
}

# Gives the domain a temporary directory of its own, where it keeps deployment uploads. Domains of
# several checkouts, or the demo and the test domain, may deploy at the same moment, and with one
# shared /tmp the upload of one can replace or remove the other's. Takes effect at the next start.
payara_use_own_tmpdir() {
  mkdir -p "$DOMAIN_DIR/tmp"
  asadmin_remote 60 "listing the JVM options of $EHELP_DOMAIN" list-jvm-options
  grep -q -- "-Djava.io.tmpdir=" <<<"$ASADMIN_OUTPUT" && return 0
  asadmin_remote 60 "setting the temporary directory of $EHELP_DOMAIN" create-jvm-options \
    "-Djava.io.tmpdir=$DOMAIN_DIR/tmp"
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Checks the ports a domain created with this port base listens on: admin, HTTP, HTTPS, IIOP (3),
# JMS and JMX.
payara_require_free_ports() {
  local offset port
  for offset in 48 80 81 37 38 39 76 86; do
    port=$((EHELP_PORT_BASE + offset))
    if port_in_use "$port"; then
      ehelp_die "port $port is already in use by another process, so domain $EHELP_DOMAIN" \
        "cannot use port base $EHELP_PORT_BASE. Stop that process or choose another port base."
    fi
  done
}

payara_create_domain() {
  if payara_domain_exists; then
    payara_check_domain_ports
    return 0
  fi
  payara_require_free_ports
  ehelp_log "Creating domain $EHELP_DOMAIN with port base $EHELP_PORT_BASE"
  asadmin_local 180 "creating domain $EHELP_DOMAIN" create-domain --nopassword=true \
    --portbase "$EHELP_PORT_BASE" "$EHELP_DOMAIN"
}

# Rejects a domain created earlier with another port base: its ports are fixed in domain.xml.
payara_check_domain_ports() {
  local configured
  configured=$(grep -o '<network-listener[^>]*name="admin-listener"[^>]*>' \
    "$DOMAIN_DIR/config/domain.xml" | head -n 1 | sed -n 's/.*port="\([0-9]*\)".*/\1/p')
  [[ -z $configured || $configured == "$ADMIN_PORT" ]] && return 0
  ehelp_die "domain $EHELP_DOMAIN was created with admin port $configured, not $ADMIN_PORT;" \
    "set the port base back to $((configured - 48)), or delete the domain (./ehelp reset)"
}

payara_start_domain() {
  payara_domain_running && return 0
  payara_require_free_ports
  ehelp_log "Starting domain $EHELP_DOMAIN (admin port $ADMIN_PORT, HTTP port $HTTP_PORT)"
  asadmin_local 300 "starting domain $EHELP_DOMAIN" start-domain "$EHELP_DOMAIN"
}

# Binds the admin, HTTP, HTTPS, IIOP, JMX and Hazelcast listeners to an address (127.0.0.1 by
# default). When that changes anything, the domain restarts unless the second argument is
# --no-restart. A domain created with --nopassword takes admin commands from any host that reaches
# its admin port.
payara_bind_listeners() {
  local address=${1:-127.0.0.1} restart=${2:-} config=configs.config.server-config listener
  local listeners=network-config.network-listeners.network-listener
  asadmin_remote 60 "reading the admin listener address" get \
    "$config.$listeners.admin-listener.address"
  [[ $ASADMIN_OUTPUT == *"admin-listener.address=$address"* ]] && return 0

  ehelp_log "Binding domain $EHELP_DOMAIN to $address"
  local settings=()
  for listener in admin-listener http-listener-1 http-listener-2; do
    settings+=("$config.$listeners.$listener.address=$address")
  done
  for listener in orb-listener-1 SSL SSL_MUTUALAUTH; do
    settings+=("$config.iiop-service.iiop-listener.$listener.address=$address")
  done
  settings+=("$config.admin-service.jmx-connector.system.address=$address")
  asadmin_remote 60 "setting the listener addresses" set "${settings[@]}"
  asadmin_remote 60 "setting the Hazelcast bind address" set-hazelcast-configuration \
    --dasbindaddress="$address"
  [[ $restart == --no-restart ]] || payara_restart_domain
}

payara_restart_domain() {
  ehelp_log "Restarting domain $EHELP_DOMAIN"
  asadmin_local 300 "restarting domain $EHELP_DOMAIN" restart-domain "$EHELP_DOMAIN"
}

payara_stop_domain() {
  if ! payara_domain_running; then
    ehelp_log "Domain $EHELP_DOMAIN is not running"
    return 0
  fi
  ehelp_log "Stopping domain $EHELP_DOMAIN"
  if ! timeout 120 "$ASADMIN" --interactive=false stop-domain "$EHELP_DOMAIN" >/dev/null 2>&1; then
    ehelp_warn "stopping domain $EHELP_DOMAIN failed or timed out; killing its process"
    asadmin_local 60 "killing domain $EHELP_DOMAIN" stop-domain --kill=true "$EHELP_DOMAIN"
  fi
}

payara_delete_domain() {
  payara_domain_exists || return 0
  payara_stop_domain
  asadmin_local 60 "deleting domain $EHELP_DOMAIN" delete-domain "$EHELP_DOMAIN"
}

# Makes the PostgreSQL driver visible to the domain's common class loader. On a stopped domain
# the jar is copied into domain-dir/lib, which is where add-library puts it. A running domain
# gets it through add-library and a restart, because the class loader reads lib/ only at start.
payara_add_postgresql_driver() {
  local version jar
  version=$(pom_property postgresql.version)
  [[ -f $DOMAIN_DIR/lib/postgresql-$version.jar ]] && return 0

  jar=${EHELP_POSTGRESQL_JAR:-}
  if [[ -z $jar ]]; then
    maven_fetch "org.postgresql:postgresql:$version" "$EHELP_WORK_DIR/lib"
    jar=$EHELP_WORK_DIR/lib/postgresql-$version.jar
  fi
  [[ -f $jar ]] || ehelp_die "PostgreSQL driver not found: $jar"

  if payara_domain_running; then
    ehelp_log "Adding the PostgreSQL driver $version to domain $EHELP_DOMAIN"
    asadmin_remote 120 "adding library $jar" add-library --type common "$jar"
    payara_restart_domain
  else
    mkdir -p "$DOMAIN_DIR/lib"
    cp "$jar" "$DOMAIN_DIR/lib/postgresql-$version.jar"
  fi
}

payara_pool_exists() {
  asadmin_remote 60 "listing JDBC connection pools" list-jdbc-connection-pools
  grep -qx "$EHELP_POOL" <<<"$ASADMIN_OUTPUT"
}

# Creates the connection pool and the resource jdbc/ehelp, or updates the pool's data source when
# they exist. Arguments: data source class, JDBC URL, user, password. Both H2's JdbcDataSource
# and PostgreSQL's PGSimpleDataSource take the same three properties url, user and password.
payara_configure_datasource() {
  local class=$1 url=$2 user=$3 password=$4 prefix=resources.jdbc-connection-pool.$EHELP_POOL

  if ! payara_pool_exists; then
    ehelp_log "Creating JDBC connection pool $EHELP_POOL"
    asadmin_remote 60 "creating JDBC connection pool $EHELP_POOL" create-jdbc-connection-pool \
      --restype javax.sql.DataSource --datasourceclassname "$class" "$EHELP_POOL"
  fi
  # An empty value would delete the property, and the pool then rejects connections with "No
  # password credential found". GlassFish and Payara read "()" as the empty password.
  asadmin_remote 60 "setting the properties of $EHELP_POOL" set \
    "$prefix.datasource-classname=$class" "$prefix.property.url=$url" \
    "$prefix.property.user=$user" "$prefix.property.password=${password:-()}"

  asadmin_remote 60 "listing JDBC resources" list-jdbc-resources
  if ! grep -qx "$EHELP_DATASOURCE" <<<"$ASADMIN_OUTPUT"; then
    asadmin_remote 60 "creating JDBC resource $EHELP_DATASOURCE" create-jdbc-resource \
      --connectionpoolid "$EHELP_POOL" "$EHELP_DATASOURCE"
  fi

  asadmin_remote 120 "connecting to the database through $EHELP_POOL ($url)" \
    ping-connection-pool "$EHELP_POOL"
}

payara_configure_h2() {
  # The domain resolves ${com.sun.aas.instanceRoot} to its own directory when it opens the pool.
  # No AUTO_SERVER: H2 would open a TCP port on all interfaces for other processes.
  payara_configure_datasource org.h2.jdbcx.JdbcDataSource \
    'jdbc:h2:${com.sun.aas.instanceRoot}/data/ehelp' ehelp ehelp
}

payara_configure_postgresql() {
  local host=$1 port=$2 name=$3 user=$4 password=$5
  payara_configure_datasource org.postgresql.ds.PGSimpleDataSource \
    "jdbc:postgresql://$host:$port/$name" "$user" "$password"
}

# Sets a MicroProfile Config property in the domain's config source.
payara_set_config_property() {
  asadmin_remote 60 "setting config property $1" set-config-property --source=domain \
    --propertyName="$1" --propertyValue="$2"
}

payara_deploy() {
  local archive=$1 name=$2
  [[ -f $archive ]] || ehelp_die "application archive not found: $archive"
  ehelp_log "Deploying ${archive#"$EHELP_ROOT/"} as $name"
  asadmin_remote 600 "deploying $archive" deploy --force=true --name "$name" "$archive"
}

# Waits until a URL responds with a 2xx status, for at most the given number of seconds.
wait_for_url() {
  local url=$1 seconds=$2 deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; do
    ((SECONDS < deadline)) || ehelp_die "$url did not respond within $seconds s"
    sleep 2
  done
}

postgres_require_name() {
  [[ $1 =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] ||
    ehelp_die "invalid PostgreSQL database name '$1': use letters, digits and underscores"
}

# Runs psql on the maintenance database with the connection settings in PG* variables.
postgres_psql() {
  local status=0 output
  output=$(PGCONNECT_TIMEOUT=10 timeout 120 psql -X -q -v ON_ERROR_STOP=1 -d postgres -tA "$@" \
    2>&1) || status=$?
  ((status == 0)) ||
    ehelp_die "PostgreSQL command failed on $PGHOST:$PGPORT as $PGUSER (exit $status): $output"
  PSQL_OUTPUT=$output
}

postgres_create_database_if_missing() {
  local name=$1
  postgres_require_name "$name"
  if ! command -v psql >/dev/null; then
    ehelp_warn "psql not found, so database $name is not created; make sure it exists"
    return 0
  fi
  postgres_psql -c "SELECT 1 FROM pg_database WHERE datname = '$name'"
  [[ $PSQL_OUTPUT == 1 ]] && return 0
  ehelp_log "Creating PostgreSQL database $name on $PGHOST:$PGPORT"
  postgres_psql -c "CREATE DATABASE \"$name\""
}

postgres_recreate_database() {
  local name=$1
  postgres_require_name "$name"
  ehelp_require_commands psql
  ehelp_log "Re-creating PostgreSQL database $name on $PGHOST:$PGPORT"
  postgres_psql -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  postgres_psql -c "CREATE DATABASE \"$name\""
}
