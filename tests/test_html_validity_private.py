"""The W3C's Nu Html Checker finds no error on the pages behind a form or a private link, in
Dutch and in French: a registration form with errors and its thank-you page, a parent's
private page, cancel and stop-reminders pages, the lost-link form, an organisation's request
form with errors, its follow-up page, flyer and invitation page, and the moderators' space.

`tests/test_html_validity.py` checks the public pages; the pages here are reached as their
users reach them (the test client posting forms, the links their messages carry).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from moderators.models import Assignment, Certification, Moderator
from modules.models import Module
from tests.accounts.helpers import login_verified
from tests.private_links import give_link
from tests.test_html_validity import _checker, check_folder
from tests.trainings.test_journeys2 import request_data
from trainings import services
from trainings.models import BookingRequest, Registration, TrainingSession
from trainings.views import upcoming_sessions


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def _ok(response) -> bytes:
    assert response.status_code == 200, (response.request["PATH_INFO"], response.status_code)
    return response.content


def _parents_pages(client: Client, language: str) -> dict[str, bytes]:
    session = upcoming_sessions().filter(language=language).order_by("starts_at").first()
    session_url = _url("trainings:session", language, pk=session.pk)
    pages = {}
    wrong = client.post(session_url, {"name": "", "email": "niet@", "adults": "abc"})
    assert wrong.status_code == 400
    pages["registration-errors"] = wrong.content
    done = client.post(
        session_url,
        {
            "name": "Fatima",
            "email": f"fatima-{language}@example.org",
            "adults": "2",
            "childcare_ages": "3, 6",
            "needs": "Een rolstoel / un fauteuil roulant",
            "consent": "on",
        },
        follow=True,
    )
    assert done.status_code == 200
    pages["registration-thanks"] = done.content
    registration = Registration.objects.get(email=f"fatima-{language}@example.org")
    token = give_link(registration)
    pages["registration"] = _ok(client.get(_url("trainings:registration", language, token=token)))
    pages["cancel"] = _ok(client.get(_url("trainings:cancel", language, token=token)))
    pages["stop-reminders"] = _ok(
        client.get(_url("trainings:stop_reminders", language, token=token))
    )
    lost = _url("trainings:lost_link", language)
    pages["lost-link"] = _ok(client.get(lost))
    pages["lost-link-error"] = client.post(lost, {"contact": "geen adres"}).content
    pages["lost-link-sent"] = client.post(
        lost, {"contact": f"fatima-{language}@example.org"}, follow=True
    ).content
    return pages


def _organisations_pages(client: Client, language: str) -> dict[str, bytes]:
    chosen = list(Module.objects.published().order_by("number")[:2])
    form = _url("trainings:request_training", language)
    pages = {}
    wrong = client.post(form, request_data(chosen, contact_email="niet@", expected_parents="abc"))
    assert wrong.status_code in (200, 400)
    assert b"error-summary" in wrong.content
    pages["request-errors"] = wrong.content
    email = f"directie-{language}@regenboog.example.org"
    done = client.post(
        form, request_data(chosen, contact_email=email, language=language), follow=True
    )
    assert done.status_code == 200
    pages["request-thanks"] = done.content
    booking = BookingRequest.objects.get(contact_email=email)
    session = services.plan_request(request_id=booking.pk)
    token = give_link(booking)
    pages["request"] = _ok(client.get(_url("trainings:request", language, token=token)))
    pages["flyer"] = _ok(client.get(_url("trainings:flyer", language, token=token)))
    pages["invite"] = _ok(
        client.get(_url("trainings:invite", language, token=session.invite_token))
    )
    return pages


def _moderators_pages(language: str) -> dict[str, bytes]:
    anonymous = Client()
    pages = {
        "moderator-login": _ok(anonymous.get(_url("moderators:login", language))),
        "moderator-login-error": anonymous.post(
            _url("moderators:login", language), {"username": "x@example.org", "password": "x"}
        ).content,
        "moderator-password": _ok(anonymous.get(_url("moderators:password_reset", language))),
    }
    user = get_user_model().objects.create_user(
        username=f"sofie-{language}", email=f"sofie-{language}@example.org", language=language
    )
    moderator = Moderator.objects.create(
        user=user, name="Sofie De Smet", gives_dutch=True, gives_french=True
    )
    coming = upcoming_sessions().filter(language=language).order_by("starts_at").first()
    starts = timezone.now() - timedelta(days=1)
    past = TrainingSession.objects.create(
        venue=coming.venue,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        language=language,
        status="confirmed",
        childcare=True,
    )
    past.modules.set(coming.modules.all())
    for module in Module.objects.published():
        Certification.objects.create(
            moderator=moderator,
            module=module,
            version=module.version,
            certified_on=timezone.localdate() - timedelta(days=10),
            expires_on=timezone.localdate() + timedelta(days=700),
        )
    Assignment.objects.create(
        session=coming, moderator=moderator, role=Assignment.Role.CO, status="invited"
    )
    client = login_verified(Client(), user)
    pages["moderator-home"] = _ok(client.get(_url("moderators:home", language)))
    pages["moderator-session"] = _ok(client.get(_url("moderators:session", language, pk=coming.pk)))
    pages["moderator-decline"] = _ok(client.get(_url("moderators:decline", language, pk=coming.pk)))
    pages["moderator-certifications"] = _ok(client.get(_url("moderators:certifications", language)))
    Assignment.objects.create(
        session=past, moderator=moderator, role=Assignment.Role.CO, status="accepted"
    )
    pages["moderator-report"] = _ok(client.get(_url("moderators:report", language, pk=past.pk)))
    return pages


@pytest.mark.django_db
def test_the_pages_behind_forms_and_private_links_are_valid_html(demo, tmp_path):
    checker = _checker()
    for language in ("nl", "fr"):
        client = Client(HTTP_ACCEPT_LANGUAGE=language)
        pages = (
            _parents_pages(client, language)
            | _organisations_pages(Client(), language)
            | _moderators_pages(language)
        )
        for name, content in pages.items():
            assert b"<html" in content, (language, name)
            (tmp_path / f"{language}-{name}.html").write_bytes(content)
    errors = check_folder(checker, tmp_path)
    assert not errors, errors
