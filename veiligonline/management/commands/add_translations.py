"""Add or update Dutch and French translations from a JSON file, without GNU gettext.

The file is a list of entries:

    [{"msgid": "Registration confirmed", "nl": "Inschrijving bevestigd",
      "fr": "Inscription confirmée"},
     {"msgid": "%(n)s seat", "msgid_plural": "%(n)s seats",
      "nl": ["%(n)s plaats", "%(n)s plaatsen"], "fr": ["%(n)s place", "%(n)s places"]},
     {"msgctxt": "button", "msgid": "Stop", "nl": "Stop", "fr": "Arrêter"}]

It takes a lock on the locale folder, so several people (or scripts) adding translations
at once do not overwrite each other. `make messages` later re-extracts the strings from
the code and keeps these translations.
"""

from __future__ import annotations

import fcntl
import json
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Merge translations (JSON: msgid, nl, fr) into locale/{nl,fr}/LC_MESSAGES/django.po."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")

    def handle(self, *args, files, **options):
        entries = []
        for name in files:
            entries += json.loads(Path(name).read_text(encoding="utf-8"))
        locale_dir = Path(settings.LOCALE_PATHS[0])
        with open(locale_dir / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            for language in ("nl", "fr"):
                path = locale_dir / language / "LC_MESSAGES" / "django.po"
                po = polib.pofile(str(path), wrapwidth=79)
                added = updated = 0
                for item in entries:
                    translation = item[language]
                    found = po.find(item["msgid"], msgctxt=item.get("msgctxt") or False)
                    if found is None:
                        found = polib.POEntry(msgid=item["msgid"])
                        if item.get("msgctxt"):
                            found.msgctxt = item["msgctxt"]
                        po.append(found)
                        added += 1
                    else:
                        updated += 1
                    if item.get("msgid_plural"):
                        found.msgid_plural = item["msgid_plural"]
                        found.msgstr_plural = dict(enumerate(translation))
                    else:
                        found.msgstr = translation
                    if "fuzzy" in found.flags:
                        found.flags.remove("fuzzy")
                po.save(str(path))
                self.stdout.write(f"{language}: {added} added, {updated} updated")
