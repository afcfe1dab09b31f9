"""The error summary names each field it lists and links to it."""

from __future__ import annotations

import re

from django.urls import reverse
from django.utils import translation

from modules.models import Module


def _summary(html: str) -> list[tuple[str, str]]:
    box = html[html.index('id="error-summary"') :]
    box = box[: box.index("</ul>")]
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', box)


def test_each_error_is_named_by_its_field_in_french(client, db):
    Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux")
    with translation.override("fr"):
        url = reverse("trainings:request_training")
    html = client.post(url, {"notes": ""}).content.decode()
    entries = _summary(html)
    assert entries
    texts = [text for _, text in entries]
    assert len(set(texts)) == len(texts)  # never the same bare sentence twice
    targets = dict(entries)
    assert "Ce champ est obligatoire." in targets["id_contact_email"]
    assert targets["id_contact_email"].endswith("\u00a0: Ce champ est obligatoire.")
    for target, _ in entries:
        assert f'id="{target}"' in html


def test_dutch_labels_come_before_a_plain_colon(client, db):
    with translation.override("nl"):
        url = reverse("trainings:request_training")
    html = client.post(url, {"notes": ""}).content.decode()
    targets = dict(_summary(html))
    assert targets["id_contact_email"].endswith(": Dit veld is verplicht.")
    assert "\u00a0:" not in targets["id_contact_email"]
