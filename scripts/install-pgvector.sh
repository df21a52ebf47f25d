#!/usr/bin/env bash
# Installs the pgvector extension into the local PostgreSQL 15 server (Debian bookworm), which the
# first migration needs ("create extension vector"). bookworm has no pgvector package, so the
# Debian source package from trixie is built against the server's own pg_config.
# Idempotent: does nothing when the extension is already installed. Needs root.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-15}"
CONTROL="/usr/share/postgresql/${PG_MAJOR}/extension/vector.control"
if [ -f "$CONTROL" ]; then
  echo "pgvector already installed ($CONTROL)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# A deb-src entry for trixie, used only to fetch the source package; no binaries come from it.
SRC_LIST=/etc/apt/sources.list.d/trixie-src.sources
if [ ! -f "$SRC_LIST" ]; then
  cat >"$SRC_LIST" <<'SOURCES'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
fi
apt-get update -qq
apt-get install -y -qq "postgresql-server-dev-${PG_MAJOR}" dpkg-dev make gcc >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get source -qq pgvector
cd "$(find . -maxdepth 1 -type d -name 'pgvector-*' | head -n 1)"
make -s PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
make -s install PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
echo "pgvector installed ($CONTROL)"
