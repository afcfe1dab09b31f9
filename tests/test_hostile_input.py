"""Every public form, fed what an attacker (or a very unlucky paste) sends.

Property-based with Hypothesis: overlong text, control characters, NUL, markup and script,
formula prefixes (=+-@, for CSV exports), header injection in e-mail fields (\\r\\n),
wrong types, digits that are not ASCII digits. Whatever comes in: never a server error,
never markup that runs in the page, and on an error page what was typed is still there.
A POST without its CSRF token is refused with 403, not 500.

Kept small (a few dozen examples a form, no deadline) so that the suite stays quick.
"""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from modules.models import Module, Step
from trainings.models import BookingRequest, Province, Registration, TrainingSession, Venue

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    SCRIPT,
    '"><img src=x onerror=alert(1)>',
    '=HYPERLINK("http://evil.example")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "a@example.org\r\nBcc: victim@example.org",
    "a@example.org\nSubject: hi",
    "nul\x00byte",
    "\x1b[31mred\x07",
    "¹²³⁴",
    "٩٠٠٠",
    "０４７０ １２ ３４ ５６",
    "x" * 5000,
    "🙂" * 300,
    "‮evil‭",
    "{{ 7*7 }}{% debug %}",
    "' OR 1=1 --",
    "../../etc/passwd",
]
hostile = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Nd", "No", "Sm"])),
)
EXAMPLES = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def check(response, *, typed=()) -> None:
    """No server error; no script of the visitor's in the page; typed text kept on errors."""
    assert response.status_code < 500, response.status_code
    page = response.content.decode(errors="replace")
    assert SCRIPT not in page and "<img src=x onerror" not in page
    if response.status_code == 400:
        for value in typed:
            # As Django renders it in an input: stripped, escaped.
            shown = html.escape(value.strip(), quote=True)
            if shown and "\x00" not in value and len(value) <= 80 and value.isprintable():
                assert shown in page


@pytest.fixture
def session(db):
    venue = Venue.objects.create(
        slug="linde",
        name="Buurthuis De Linde",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=7)
    return TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=500
    )


@pytest.fixture
def module(db):
    module = Module.objects.create(
        number=1, slug="social-media", status=Module.Status.PUBLISHED, title_nl="Sociale media"
    )
    Step.objects.create(
        module=module, key="reflect", order=0, kind=Step.Kind.REFLECTION, title_nl="En jij?"
    )
    Step.objects.create(
        module=module, key="agreement", order=1, kind=Step.Kind.AGREEMENT, title_nl="Afspraken"
    )
    return module


def fresh() -> Client:
    # Each example from a clean slate: the rate limits are tested elsewhere.
    cache.clear()
    return Client()


@EXAMPLES
@given(name=hostile, email=hostile, phone=hostile, adults=hostile, needs=hostile)
def test_registration(session, name, email, phone, adults, needs):
    data = {"name": name, "email": email, "phone": phone, "adults": adults, "needs": needs}
    response = fresh().post(url("trainings:session", pk=session.pk), data | {"consent": "on"})
    check(response, typed=[name, needs])
    for registration in Registration.objects.all():
        # Whatever was stored: an e-mail address without a line break (no header injection).
        assert "\n" not in registration.email and "\r" not in registration.email
        assert registration.phone == "" or registration.phone[1:].isascii()


@EXAMPLES
@given(contact=hostile)
def test_lost_link(db, contact):
    check(fresh().post(url("trainings:lost_link"), {"contact": contact}), typed=[contact])


@EXAMPLES
@given(name=hostile, email=hostile, postcode=hostile, parents=hostile, notes=hostile)
def test_organisation_request(db, name, email, postcode, parents, notes):
    data = {
        "organisation_name": name,
        "organisation_kind": "welfare",
        "contact_name": name,
        "contact_email": email,
        "own_address": "Brugstraat 4",
        "own_postcode": postcode,
        "own_municipality": "Aalst",
        "expected_parents": parents,
        "language": "nl",
        "notes": notes,
        "preferred_1": "2099-01-01T19:00",
    }
    check(fresh().post(url("trainings:request_training"), data), typed=[name])
    for booking in BookingRequest.objects.all():
        assert booking.own_postcode.isascii() and "\n" not in booking.contact_email


@EXAMPLES
@given(code=hostile)
def test_resume_code(db, code):
    check(fresh().post(url("modules:resume"), {"code": code}))


@EXAMPLES
@given(q=hostile, page=hostile)
def test_search(db, q, page):
    check(fresh().get(url("veiligonline:search"), {"q": q, "page": page}))


@EXAMPLES
@given(theme=hostile, age=hostile, page=hostile)
def test_article_filters(db, theme, age, page):
    check(fresh().get(url("veiligonline:articles"), {"theme": theme, "age": age, "page": page}))


@EXAMPLES
@given(place=hostile, province=hostile, date_from=hostile, page=hostile, theme=hostile)
def test_training_filters(session, place, province, date_from, page, theme):
    query = {
        "place": place,
        "province": province,
        "date_from": date_from,
        "page": page,
        "theme": theme,
    }
    check(fresh().get(url("trainings:sessions"), query))


@EXAMPLES
@given(token=st.text(alphabet=st.characters(codec="ascii", exclude_characters="/"), min_size=1))
def test_private_links_with_forged_tokens(db, token):
    for name in ("trainings:stop_reminders", "trainings:cancel", "trainings:registration"):
        check(fresh().post(url(name, token=token)))
    check(fresh().get(url("trainings:request", token=token)))


@EXAMPLES
@given(text=hostile, own=hostile, suggestion=hostile)
def test_reflection_and_agreement_steps(module, text, own, suggestion):
    client = fresh()
    step = url("modules:step", slug=module.slug, key="reflect")
    check(client.post(step, {"text": text}), typed=[text])
    page = client.get(step)
    assert page.status_code < 500
    agreement = url("modules:step", slug=module.slug, key="agreement")
    check(client.post(agreement, {"own_1": own, "suggestions": suggestion}), typed=[own])
    sheet = client.get(url("modules:agreement", slug=module.slug))
    check(sheet)


@EXAMPLES
@given(username=hostile, password=hostile)
def test_moderator_login(db, username, password):
    data = {"username": username, "password": password}
    check(fresh().post(url("moderators:login"), data))


@EXAMPLES
@given(email=hostile)
def test_password_reset(db, email):
    check(fresh().post(url("moderators:password_reset"), {"email": email}))


@pytest.mark.parametrize(
    "name",
    [
        "trainings:lost_link",
        "trainings:request_training",
        "modules:resume",
        "moderators:login",
        "moderators:password_reset",
    ],
)
def test_a_post_without_its_csrf_token_is_refused_not_an_error(db, name):
    response = Client(enforce_csrf_checks=True).post(url(name), {"x": "y"})
    assert response.status_code == 403


def test_registration_without_csrf_is_refused(session):
    response = Client(enforce_csrf_checks=True).post(
        url("trainings:session", pk=session.pk), {"name": "x"}
    )
    assert response.status_code == 403
    assert not Registration.objects.exists()
