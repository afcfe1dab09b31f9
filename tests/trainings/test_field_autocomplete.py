"""Contact fields tell the browser what they hold: a phone keypad and autofill on a mobile."""

from __future__ import annotations

import re

from django.urls import reverse


def _input(html: str, field_id: str) -> str:
    match = re.search(rf'<input[^>]*id="{field_id}"[^>]*>', html)
    assert match, field_id
    return match.group(0)


def test_registration_fields(client, make_session):
    session = make_session()
    html = client.get(reverse("trainings:session", args=[session.pk])).content.decode()
    phone = _input(html, "id_phone")
    assert 'type="tel"' in phone and 'inputmode="tel"' in phone and 'autocomplete="tel"' in phone
    assert 'autocomplete="email"' in _input(html, "id_email")
    assert 'type="email"' in _input(html, "id_email")
    assert 'autocomplete="name"' in _input(html, "id_name")


def test_request_form_fields(client, db):
    html = client.get(reverse("trainings:request_training")).content.decode()
    phone = _input(html, "id_contact_phone")
    assert 'type="tel"' in phone and 'inputmode="tel"' in phone and 'autocomplete="tel"' in phone
    assert 'autocomplete="email"' in _input(html, "id_contact_email")
    assert 'autocomplete="name"' in _input(html, "id_contact_name")


def test_lost_link_takes_an_e_mail_address_or_a_phone_number(client, db):
    html = client.get(reverse("trainings:lost_link")).content.decode()
    contact = _input(html, "id_contact")
    # Text: an e-mail field would refuse a phone number, a phone keypad has no "@".
    assert 'type="text"' in contact and "inputmode" not in contact
    assert 'autocomplete="email"' in contact
