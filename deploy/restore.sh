#!/bin/sh
# Restore a backup made by deploy/backup.sh into a NEW, empty database.
#
#   deploy/restore.sh /var/backups/veiligonline/veiligonline-20261202T020000Z.dump \
#       postgres://postgres@db.internal/veiligonline_restored
#
# The target database must not exist yet; it is created (createdb), so that a restore
# never writes over the live database by mistake. To go live with it: stop the web,
# worker and beat services, rename the databases (ALTER DATABASE … RENAME TO …) or point
# DATABASE_URL at the restored one, run `manage.py migrate` (a no-op for a dump of the
# same version), start the services.
set -eu

dump="${1:?usage: restore.sh <file.dump> <postgres://…/new_database>}"
target="${2:?usage: restore.sh <file.dump> <postgres://…/new_database>}"
[ -r "$dump" ] || { echo "cannot read $dump" >&2; exit 1; }

database="${target##*/}"
database="${database%%\?*}"
server="${target%/*}/postgres"

"${CREATEDB:-createdb}" --maintenance-db="$server" "$database"
"${PG_RESTORE:-pg_restore}" --no-owner --no-privileges --exit-on-error \
    --single-transaction --dbname="$target" "$dump"
echo "restored $dump into $database"
