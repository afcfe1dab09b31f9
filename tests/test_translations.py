"""Every text the portal shows has its Dutch and French: no entry in the message files is left
empty or marked fuzzy (gettext would then show the English), and placeholders survive."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdf]|\{(\w*)\}|<[a-z]+:\w+>")

FILES = sorted(
    path
    for directory in settings.LOCALE_PATHS
    for path in Path(directory).glob("*/LC_MESSAGES/*.po")
)


def test_both_languages_have_message_files():
    assert {path.parts[-3] for path in FILES} >= {"nl", "fr"}


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.parts[-3])
def test_no_entry_is_missing_or_fuzzy(path):
    catalogue = polib.pofile(str(path))
    missing = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not missing, f"untranslated in {path}: {missing[:10]}"
    assert not fuzzy, f"fuzzy in {path}: {fuzzy[:10]}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.parts[-3])
def test_placeholders_and_url_parameters_survive_translation(path):
    wrong = []
    for entry in polib.pofile(str(path)).translated_entries():
        pairs = [(entry.msgid, entry.msgstr)]
        if entry.msgid_plural:
            pairs = [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]
        for source, text in pairs:
            expected = {m[0] for m in PLACEHOLDER.finditer(source)}
            found = {m[0] for m in PLACEHOLDER.finditer(text)}
            # A singular may say "one" instead of %(count)d; everything it uses must exist.
            if found - expected or (not entry.msgid_plural and expected - found):
                wrong.append((entry.msgid, text))
    assert not wrong, wrong[:10]


@pytest.mark.skipif(not shutil.which("xgettext"), reason="needs GNU gettext (xgettext)")
def test_every_translatable_text_in_the_code_is_in_the_message_files(tmp_path):
    """Extract the texts again, as `make messages` does, into a copy of the project: any text
    the code marks for translation but the committed .po files lack would show in English
    (for example a form label marked with an alias that makemessages does not know)."""
    root = Path(settings.BASE_DIR)
    copy = tmp_path / "project"
    shutil.copytree(
        root,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", "var", ".git", "node_modules", "*.mo", "__pycache__"
        ),
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--locale",
            "nl",
            "--no-obsolete",
            "--verbosity",
            "0",
        ],
        cwd=copy,
        check=True,
        env={**os.environ, "DEBUG": "1"},
    )
    committed = {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(root / "locale/nl/LC_MESSAGES/django.po"))
    }
    extracted = polib.pofile(str(copy / "locale/nl/LC_MESSAGES/django.po"))
    missing = [entry.msgid for entry in extracted if (entry.msgctxt, entry.msgid) not in committed]
    assert not missing, f"run `make messages` and translate: {missing[:10]}"
