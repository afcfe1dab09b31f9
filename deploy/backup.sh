#!/bin/sh
# Back up the portal's PostgreSQL database: pg_dump's custom format (compressed, restored
# table by table with pg_restore), one file a run, the last RETENTION_DAYS kept.
#
#   DATABASE_URL=postgres://veiligonline@db.internal/veiligonline \
#   BACKUP_DIR=/var/backups/veiligonline deploy/backup.sh
#
# Run it daily from a systemd timer or cron on ONE host, as a user that can read the
# database; copy BACKUP_DIR off the machine (the backups hold parents' contact details
# for up to three months: encrypt the copy, keep it in the EU). Prints the file written.
# A restore is tested: deploy/restore.sh, and tests/test_backup_restore.py in CI.
set -eu

: "${DATABASE_URL:?DATABASE_URL must name the database to back up}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/veiligonline}"
RETENTION_DAYS="${RETENTION_DAYS:-30}"
PG_DUMP="${PG_DUMP:-pg_dump}"

umask 077  # the dump holds personal data: readable by this user only
mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$BACKUP_DIR/veiligonline-$stamp.dump"
partial="$target.partial"

# Written under another name first: a dump cut short (disk full, killed) never looks
# like a good backup, and never makes the retention below delete a good one.
"$PG_DUMP" --format=custom --compress=6 --no-owner --no-privileges \
    --file="$partial" "$DATABASE_URL"
# pg_restore reads its table of contents back: the file is a whole dump.
"${PG_RESTORE:-pg_restore}" --list "$partial" >/dev/null
mv "$partial" "$target"

# Retention: only our own, finished dumps older than RETENTION_DAYS, never the newest.
find "$BACKUP_DIR" -maxdepth 1 -type f -name 'veiligonline-*.dump' \
    -mtime "+$RETENTION_DAYS" ! -name "$(basename "$target")" -delete
find "$BACKUP_DIR" -maxdepth 1 -type f -name 'veiligonline-*.dump.partial' -mtime +1 -delete

echo "$target"
