"""Families' data, tried as an attacker and a data-protection officer would.

Private links are stored as keyed hashes and found by them; sending a link again voids
the old one; the outbox keeps no working link once a message is sent; private pages are
never cached or indexed; tokens never reach a log line; requests are anonymised after
their retention; the privacy page states the numbers the code uses; "forget this
device" empties the browser's progress.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core import mail
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import ResumeCode
from modules.progress import RESUME_CODE_LIFETIME, SESSION_KEY
from outbox import delivery
from outbox.models import Message
from tests.modules.conftest import module  # noqa: F401 - a fixture
from tests.private_links import code_in, give_link, opens
from trainings import services
from trainings.models import BookingRequest, PrivateLink, Registration, token_hash
from trainings.tasks import KEEP_AFTER_SESSION, forget_closed_requests
from veiligonline.demo_content.site import PAGES
from veiligonline.lib.logging import RedactPrivateLinks, redact
from veiligonline.models import Page


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture
def session(make_session):
    return make_session(capacity=2)


def register(session, **fields):
    values = {"name": "Lea", "email": "lea@example.org", "consent": True}
    return services.register(session_id=session.pk, **(values | fields)).registration


def deliver_all(capture, action):
    with capture(execute=True):
        result = action()
    return result


# --- Hashed tokens -------------------------------------------------------------------


def test_the_database_holds_no_code_only_its_keyed_hash(
    session, django_capture_on_commit_callbacks
):
    registration = deliver_all(django_capture_on_commit_callbacks, lambda: register(session))
    code = code_in(mail.outbox[0].body, "nl")
    link = PrivateLink.objects.get(registration=registration, token_hash=token_hash(code))
    assert len(code) >= 32 and link.token_hash != code and len(link.token_hash) == 64
    # Not one column of any table holds the code.
    with connection.cursor() as cursor:
        for table in ("trainings_registration", "trainings_privatelink", "outbox_message"):
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 - our own table names
            assert code not in repr(cursor.fetchall())
    # The code opens the page; a forged one (or the hash itself) does not.
    assert Client().get(url("trainings:registration", token=code)).status_code == 200
    for forged in (link.token_hash, code[:-1] + ("A" if code[-1] != "A" else "B"), "x" * 32):
        assert Client().get(url("trainings:registration", token=forged)).status_code == 404


def test_sending_the_link_again_voids_the_old_one(session, django_capture_on_commit_callbacks):
    deliver_all(django_capture_on_commit_callbacks, lambda: register(session))
    first = code_in(mail.outbox[0].body, "nl")
    deliver_all(django_capture_on_commit_callbacks, lambda: register(session))  # link again
    again = code_in(mail.outbox[-1].body, "nl")
    assert again != first
    assert Client().get(url("trainings:registration", token=first)).status_code == 404
    assert Client().get(url("trainings:registration", token=again)).status_code == 200


def test_each_message_keeps_its_own_link_working(session, django_capture_on_commit_callbacks):
    registration = deliver_all(django_capture_on_commit_callbacks, lambda: register(session))
    confirmation = code_in(mail.outbox[0].body, "nl")
    from trainings.messages import Parent, session_facts, tell_parent

    facts = session_facts(session)
    registration = Registration.objects.get(pk=registration.pk)  # as the sweep reads it
    deliver_all(
        django_capture_on_commit_callbacks,
        lambda: tell_parent(
            Parent.REMINDER, registration, once_per=facts, context={"facts": facts}
        ),
    )
    reminder = code_in(mail.outbox[-1].body, "nl")
    # A reminder recorded days later does not void the confirmation's link (nor its calendar).
    assert reminder != confirmation
    for code in (confirmation, reminder):
        assert Client().get(url("trainings:registration", token=code)).status_code == 200


def test_the_outbox_keeps_no_working_link_once_sent(session, django_capture_on_commit_callbacks):
    registration = deliver_all(django_capture_on_commit_callbacks, lambda: register(session))
    code = code_in(mail.outbox[0].body, "nl")
    message = Message.objects.get(subject_id=registration.pk, kind="registration_confirmed")
    assert message.status == "sent"
    assert "secret" not in message.context
    assert code not in message.sent_text and delivery.PLACEHOLDER in message.sent_text
    # Sent again by a coordinator: a new working link, itself blanked in what is kept.
    from outbox.services import send_again

    with django_capture_on_commit_callbacks(execute=True):
        send_again(Message.objects.filter(pk=message.pk))
    resent = code_in(mail.outbox[-1].body, "nl")
    assert resent != code and opens(registration, mail.outbox[-1].body, "nl")
    message.refresh_from_db()
    assert resent not in message.sent_text


def test_a_message_that_will_not_be_sent_makes_no_link(session):
    registration = register(session)  # recorded, not delivered (no commit callbacks)
    message = Message.objects.get(subject_id=registration.pk)
    assert "secret" not in message.context  # the code is made when it is sent
    assert not registration.links.exists()
    services.cancel(registration_id=registration.pk)
    assert delivery.deliver(message.pk) == "obsolete"
    assert not registration.links.exists()


def test_a_request_link_expires_after_it_was_held_or_declined(booking_request):
    code = give_link(booking_request)
    assert Client().get(url("trainings:request", token=code)).status_code == 200
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        status="declined",
        decline_reason="Geen begeleider vrij.",
        closed_at=timezone.now() - timedelta(days=settings.REQUEST_LINK_DAYS - 1),
    )
    assert Client().get(url("trainings:request", token=code)).status_code == 200
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        closed_at=timezone.now() - timedelta(days=settings.REQUEST_LINK_DAYS + 1)
    )
    for language, words in (("nl", "Deze link werkt niet meer"), ("fr", "Ce lien ne marche plus")):
        expired = Client().get(url("trainings:request", language, token=code))
        assert expired.status_code == 410
        assert expired["Cache-Control"] == "no-store"
        assert words in expired.content.decode()
    assert Client().get(url("trainings:flyer", token=code)).status_code == 410


def test_declining_in_the_admin_starts_the_clock(booking_request):
    services.record_declined(booking_request)
    booking_request.refresh_from_db()
    assert booking_request.closed_at is not None


# --- Private pages: no cache, no index -------------------------------------------------


def assert_private(response):
    assert response["Cache-Control"] == "no-store", response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    if response["Content-Type"].startswith("text/html"):
        assert '<meta name="robots" content="noindex' in response.content.decode()


def test_every_private_link_page_is_never_stored_nor_indexed(session, booking_request, parent):
    registration = register(session)
    code = give_link(registration)
    assert_private(parent.get(url("trainings:registration", token=code)))
    assert_private(parent.get(url("trainings:cancel", token=code)))
    assert_private(parent.get(url("trainings:stop_reminders", token=code)))
    assert_private(parent.post(url("trainings:stop_reminders", token=code)))
    planned = services.plan_request(request_id=booking_request.pk)
    request_code = give_link(booking_request)
    assert_private(parent.get(url("trainings:request", token=request_code)))
    assert_private(parent.get(url("trainings:flyer", token=request_code)))
    assert_private(parent.get(url("trainings:invite", token=planned.invite_token)))
    assert_private(parent.post(url("trainings:lost_link"), {"contact": "lea@example.org"}))
    response = parent.post(
        url("trainings:session", pk=session.pk),
        {"name": "Omar", "email": "omar@example.org", "adults": 1, "consent": "on"},
    )
    assert_private(parent.get(response["Location"]))  # the thank-you page


def test_module_progress_pages_are_never_stored_nor_indexed(module, parent):  # noqa: F811
    assert_private(parent.get(module.get_absolute_url()))
    step = module.steps.order_by("order").first()
    assert_private(parent.get(url("modules:step", slug=module.slug, key=step.key)))
    assert_private(parent.get(url("modules:agreement", slug=module.slug)))
    assert_private(parent.get(url("modules:resume")))


def test_the_moderators_space_is_never_stored_nor_indexed(db, django_user_model):
    from moderators.models import Moderator
    from tests.accounts.helpers import login_verified

    user = django_user_model.objects.create_user(username="sofie", email="sofie@example.org")
    moderator = Moderator.objects.create(user=user, name="Sofie", gives_dutch=True)
    client = login_verified(Client(), user)
    assert_private(client.get(url("moderators:home")))
    feed = client.get(url("moderators:feed", token=moderator.calendar_token))
    assert feed["Cache-Control"] == "no-store" and feed["X-Robots-Tag"] == "noindex, nofollow"


# --- Logs --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        '"GET /nl/inschrijving/{code}/ HTTP/1.1" 200 5120',
        '"POST /fr/inscription/{code}/annuler/ HTTP/1.1" 302 0',
        '"GET /nl/aanvraag/{code}/affiche/ HTTP/1.1" 200 900',
        '"GET /fr/demande/{code}/ HTTP/1.1" 410 800',
        "Not Found: /nl/uitnodiging/{code}/",
        '"GET /nl/begeleider/agenda/{code}.ics HTTP/1.1" 200 10',
    ],
)
def test_log_lines_never_carry_a_private_code(line, db):
    code = "q3Xf-Z9kLm2Pq8Rt5Vw7Yb1Nc4Hd6Jg"
    redacted = redact(line.format(code=code))
    assert code not in redacted and "[private]" in redacted


def test_the_filter_redacts_arguments_as_the_servers_log_them(db):
    code = "q3Xf-Z9kLm2Pq8Rt5Vw7Yb1Nc4Hd6Jg"
    path = url("trainings:cancel", token=code)
    records = [
        # Django's development server: the request line as an argument.
        logging.LogRecord(
            "django.server", 20, "", 0, '"%s" %s %s', (f"GET {path} HTTP/1.1", 200, 5), None
        ),
        # gunicorn's access log: a dict of atoms.
        logging.LogRecord(
            "gunicorn.access", 20, "", 0, "%(r)s %(s)s", ({"r": f"GET {path}", "s": "200"},), None
        ),
    ]
    for record in records:
        RedactPrivateLinks().filter(record)
        assert code not in record.getMessage()
    # And the filter sits on the handler every log line goes through.
    handler = logging.getLogger().handlers[0]
    assert any(isinstance(f, RedactPrivateLinks) for f in handler.filters)


def test_a_request_through_the_server_logs_no_code(session, caplog):
    registration = register(session)
    code = give_link(registration)
    with caplog.at_level(logging.WARNING, logger="django.request"):
        Client().get(url("trainings:registration", token=code + "x"))  # a 404, logged
    for handler in logging.getLogger().handlers:
        for record in caplog.records:
            handler.filter(record)
    assert code not in caplog.text


# --- Retention ---------------------------------------------------------------------------


def test_requests_are_anonymised_a_year_after_they_closed(
    booking_request, django_capture_on_commit_callbacks
):
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        status="declined", decline_reason="Geen begeleider vrij."
    )
    booking_request.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        services.record_declined(booking_request)
    assert booking_request.messages.exclude(address="").exists()
    code = give_link(booking_request)
    days = settings.REQUEST_RETENTION_DAYS
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        closed_at=timezone.now() - timedelta(days=days - 1)
    )
    assert forget_closed_requests() == 0
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        closed_at=timezone.now() - timedelta(days=days + 1)
    )
    assert forget_closed_requests() == 1
    booking_request.refresh_from_db()
    assert (booking_request.contact_name, booking_request.contact_email) == ("—", "")
    assert booking_request.notes == "" and booking_request.anonymised_at
    assert booking_request.expected_parents == 14  # the figures stay
    assert set(booking_request.messages.values_list("address", "sent_text")) == {("", "")}
    assert Client().get(url("trainings:request", token=code)).status_code == 404
    assert forget_closed_requests() == 0  # once


def test_open_requests_are_kept(booking_request):
    BookingRequest.objects.filter(pk=booking_request.pk).update(
        created_at=timezone.now() - timedelta(days=800)
    )
    assert forget_closed_requests() == 0


def test_the_retention_task_is_scheduled():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "trainings.tasks.forget_closed_requests" in tasks
    assert "trainings.tasks.forget_past_registrations" in tasks


# --- The privacy page says what the code does ----------------------------------------------


def numbers(language: str) -> dict:
    days = {"nl": "{} dagen", "fr": "{} jours"}[language]
    return {
        "registrations": days.format(KEEP_AFTER_SESSION.days),
        "module progress": days.format(settings.SESSION_COOKIE_AGE // 86400),
        "resume code": days.format(RESUME_CODE_LIFETIME.days),
        "request link": days.format(settings.REQUEST_LINK_DAYS),
        "request retention": days.format(settings.REQUEST_RETENTION_DAYS),
        "tip sheet": days.format(settings.TIP_SHEET_KEEP_DAYS),
        "staff idle": f"{settings.STAFF_SESSION_IDLE // 60} minutes"
        if language == "fr"
        else f"{settings.STAFF_SESSION_IDLE // 60} minuten",
        "staff max": {"nl": "{} uur", "fr": "{} heures"}[language].format(
            settings.STAFF_SESSION_MAX // 3600
        ),
    }


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_privacy_page_states_the_numbers_and_cookies_of_the_code(language, db):
    data = PAGES["privacy"]
    Page.objects.create(
        slug="privacy",
        title_nl=data["nl"]["title"],
        title_fr=data["fr"]["title"],
        body_nl=data["nl"]["body"],
        body_fr=data["fr"]["body"],
    )
    page = Client().get(url("veiligonline:privacy", language)).content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    for what, phrase in numbers(language).items():
        assert phrase in text, (what, phrase)
    # The cookies we set, by name, and no other.
    cookies = {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, CookieStorage.cookie_name}
    for name in cookies:
        assert name in text, name
    assert {"nl": "Het zijn er drie", "fr": "Il y en a trois"}[language] in text
    assert "twee cookies" not in text and "deux cookies" not in text


def test_a_visit_sets_no_cookie_the_page_does_not_name(session, module):  # noqa: F811
    """Browse, register, cancel, work through a module: only the cookies the page names."""
    parent = Client()
    seen = set()

    def visit(response):
        seen.update(response.cookies.keys())
        return response

    visit(parent.get(url("trainings:session", pk=session.pk)))
    visit(
        parent.post(
            url("trainings:session", pk=session.pk),
            {"name": "Lea", "email": "l@example.org", "adults": 1, "consent": "on"},
        )
    )
    code = give_link(Registration.objects.get())
    visit(parent.post(url("trainings:cancel", token=code)))
    visit(parent.get(url("trainings:registration", token=code)))
    visit(parent.post(url("modules:start", slug=module.slug)))
    visit(parent.get(url("modules:list")))
    assert seen <= {
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        CookieStorage.cookie_name,
    }
    assert settings.LANGUAGE_COOKIE_NAME not in seen


# --- Forget this device --------------------------------------------------------------------


def test_forget_this_device_empties_the_browsers_progress(module):  # noqa: F811
    parent = Client()
    parent.post(url("modules:start", slug=module.slug))
    parent.post(url("modules:create_code"))
    assert parent.session.get(SESSION_KEY)
    page = parent.get(url("modules:list")).content.decode()
    assert "Vergeet dit toestel" in page
    old_key = parent.session.session_key
    response = parent.post(url("modules:forget"))
    assert response.status_code == 302
    assert not parent.session.get(SESSION_KEY)
    assert parent.session.session_key != old_key
    page = parent.get(url("modules:list")).content.decode()
    assert "Vergeet dit toestel" not in page and "Gestart" not in page
    # The code kept on our side stays until it is deleted by its own button.
    assert ResumeCode.objects.count() == 1


def test_forget_needs_a_post_with_csrf(module):  # noqa: F811
    parent = Client(enforce_csrf_checks=True)
    parent.post(url("modules:start", slug=module.slug))
    # A plain visit (the language switch) goes to the modules, forgetting nothing.
    visit = parent.get(url("modules:forget"))
    assert (visit.status_code, visit["Location"]) == (302, url("modules:list"))
    assert parent.post(url("modules:forget")).status_code == 403


def test_a_code_is_deleted_by_the_code_itself(module):  # noqa: F811
    from modules.progress import Progress

    parent = Client()
    parent.post(url("modules:start", slug=module.slug))
    session = parent.session
    code = Progress(session).create_code()
    session.save()
    other = Client()
    same = other.post(url("modules:delete_code"), {"delete-code": "ACDE-FGHJ-KMNP"})
    response = other.post(url("modules:delete_code"), {"delete-code": code.lower()})
    assert response.status_code == same.status_code == 302
    assert not ResumeCode.objects.exists()
    # The code no longer opens anything.
    resumed = Client().post(url("modules:resume"), {"code": code})
    assert resumed.status_code in (400, 429)


def test_what_a_visitor_typed_in_a_search_never_reaches_the_log(db):
    # An access-log line as gunicorn or the development server writes it.
    line = '"GET /nl/zoeken/?q=mijn+dochter+Lisa+Peeters+sexting&page=2 HTTP/1.1" 200'
    record = logging.LogRecord("django.server", logging.INFO, "", 0, "%s", (line,), None)
    RedactPrivateLinks().filter(record)
    logged = record.getMessage()
    assert "Lisa" not in logged and "Peeters" not in logged
    assert "?q=[typed]&page=2" in logged
    place = redact('"GET /fr/formations/?place=Rue+des+Lilas+4+Li%C3%A8ge HTTP/1.1" 200')
    assert "Lilas" not in place and "place=[typed]" in place
    # gunicorn's %(q)s atom, the query string alone.
    record = logging.LogRecord(
        "gunicorn.access",
        logging.INFO,
        "",
        0,
        "%(U)s?%(q)s",
        ({"U": "/nl/zoeken/", "q": "q=Lisa"},),
        None,
    )
    RedactPrivateLinks().filter(record)
    assert record.getMessage() == "/nl/zoeken/?q=[typed]"
