# jirahub in a container: a multi-stage build (Rust builder -> small Debian runtime, non-root).
#
#   docker build -t jirahub .                      # or: podman build -t jirahub .
#   docker compose up -d && docker compose run --rm jirahub dashboard   # with Redis and PostgreSQL
#
# Stages: `builder` compiles the release binaries; `runtime` (the default, last stage) is the image
# users run; `smoke` runs the demo (simulator + dashboard) inside the build with the installed
# binary, as the non-root user. CI builds `runtime` and `smoke` from binaries it compiled itself,
# in place of the builder stage (`--build-context builder=DIR`, DIR holding out/jirahub and
# out/jira-sim): see .ci/container.

ARG RUST_VERSION=1.95
ARG DEBIAN_RELEASE=bookworm

FROM docker.io/library/rust:${RUST_VERSION}-${DEBIAN_RELEASE} AS builder
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libpq-dev pkg-config >/dev/null \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin jirahub \
 && cargo build --release --locked -p jira-sim --bin jira-sim \
 && mkdir /out \
 && cp target/release/jirahub target/release/jira-sim /out/ \
 && strip /out/jirahub /out/jira-sim

FROM docker.io/library/debian:${DEBIAN_RELEASE}-slim AS runtime
# libpq5: the PostgreSQL store (and what it links: libssl, GSSAPI, LDAP). TLS to Jira, Slack and
# SMTP is rustls with bundled roots; ca-certificates is for libpq's sslmode=verify-full.
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libpq5 ca-certificates >/dev/null \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/apt /var/log/dpkg.log \
 && groupadd --gid 10001 jirahub \
 && useradd --uid 10001 --gid jirahub --home-dir /home/jirahub --create-home \
      --shell /usr/sbin/nologin jirahub \
 && install -d -m 0700 -o jirahub -g jirahub /data
COPY --from=builder /out/jirahub /usr/local/bin/jirahub
# Everything jirahub keeps (SQLite store, key file, session, embedded cache, config) lives under
# /data: mount a volume there. With DATABASE_URL and REDIS_URL set, only the session, the key file
# (unless ENCRYPTION_KEY is set) and config stay in it.
ENV XDG_CONFIG_HOME=/data/config \
    XDG_DATA_HOME=/data/share \
    XDG_STATE_HOME=/data/state \
    XDG_CACHE_HOME=/data/cache
VOLUME ["/data"]
USER jirahub:jirahub
WORKDIR /home/jirahub
ENTRYPOINT ["jirahub"]
CMD ["--help"]

# smoke: the README's first command against the installed binary, as the image's user. Fails the
# build if the dashboard does not come out.
FROM runtime AS smoke
COPY --from=builder /out/jira-sim /usr/local/bin/jira-sim
COPY --chown=jirahub:jirahub examples/demo.sh /tmp/smoke/examples/demo.sh
RUN set -eu; \
    test "$(id -u)" = 10001; \
    jirahub --version; \
    JIRAHUB_BIN_DIR=/usr/local/bin bash /tmp/smoke/examples/demo.sh -o json > /tmp/smoke/dashboard.json; \
    grep -o '"kind":"dashboard"' /tmp/smoke/dashboard.json; \
    grep -o '"total_tickets":2000' /tmp/smoke/dashboard.json; \
    JIRAHUB_BIN_DIR=/usr/local/bin bash /tmp/smoke/examples/demo.sh --section summary
# The same with the store in PostgreSQL and the cache in Redis (as compose.yaml runs it), when the
# build can reach them: the image's libpq against a real server.
ARG SMOKE_DATABASE_URL=
ARG SMOKE_REDIS_URL=
RUN set -eu; \
    if [ -n "$SMOKE_DATABASE_URL" ]; then \
      DEMO_DATABASE_URL="$SMOKE_DATABASE_URL" DEMO_REDIS_URL="$SMOKE_REDIS_URL" \
        JIRAHUB_BIN_DIR=/usr/local/bin bash /tmp/smoke/examples/demo.sh -o csv --section summary \
        | grep '^total_tickets,2000'; \
    fi; \
    rm -rf /tmp/smoke

# The default target is the image users run.
FROM runtime
