"""Error reports never carry a parent's details, and never flood the coordinators' inbox.

A registration fails half-way (the database refuses the seat count, as a full disk
would), the error goes to ADMINS as Django's report, and we read that report, text and
HTML, as whoever receives it would: no name, no e-mail address, no phone number.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.views.debug import ExceptionReporter

from trainings.models import Province, TrainingSession, Venue
from veiligonline.lib.logging import ThrottledAdminEmailHandler

ROOT = Path(__file__).resolve().parent.parent
NAME, EMAIL, NEEDS = "Lea Peeters", "lea.peeters@example.org", "Rolstoel en gebarentaal"


@pytest.fixture
def session(db):
    venue = Venue.objects.create(
        slug="de-linde",
        name="Buurthuis De Linde",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=7)
    return TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2)
    )


@pytest.fixture
def seat_count_fails(db):
    """The database refuses to count the seat, as a full disk or a lost connection would:
    the registration is half made when the error comes."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "CREATE FUNCTION vo_fail() RETURNS trigger AS $$ BEGIN "
                "RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql"
            )
            cursor.execute(
                "CREATE TRIGGER vo_fail BEFORE UPDATE OF seats_taken ON trainings_trainingsession "
                "FOR EACH ROW EXECUTE FUNCTION vo_fail()"
            )
        else:
            cursor.execute(
                "CREATE TRIGGER vo_fail BEFORE UPDATE OF seats_taken ON trainings_trainingsession "
                "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
            )


def test_a_failed_registration_reports_no_personal_data(
    session, seat_count_fails, settings, no_logged_errors
):
    settings.ADMINS = [("Coordinators", "errors@veiligonline.be")]
    cache.delete("error-mails")
    parent = Client(raise_request_exception=False)
    settings.DEBUG = False  # as in production: the report goes by e-mail
    response = parent.post(
        reverse("trainings:session", kwargs={"pk": session.pk}),
        {
            "name": NAME,
            "email": EMAIL,
            "adults": 1,
            "needs": NEEDS,
            "childcare_ages": "3 en 6",
            "consent": "on",
        },
    )
    assert response.status_code == 500
    (record,) = [r for r in no_logged_errors.records if r.name == "django.request"]
    no_logged_errors.records.clear()  # the error this test is about
    # The e-mail the coordinators get.
    (report,) = mail.outbox
    assert "Internal Server Error" in report.subject
    # What Django's reporter shows, with the variables of every frame (the HTML report).
    html = ExceptionReporter(record.request, *record.exc_info, is_email=True).get_traceback_html()
    text = ExceptionReporter(record.request, *record.exc_info, is_email=True).get_traceback_text()
    assert "register" in html  # the report is there, with the frame that failed
    for shown in (report.subject, report.body, html, text):
        for personal in (NAME, "Peeters", EMAIL, NEEDS, "3 en 6"):
            assert personal not in shown, personal


def test_error_mails_are_limited_per_ten_minutes(settings, db):
    settings.ADMINS = [("Coordinators", "errors@veiligonline.be")]
    settings.ERROR_MAILS_PER_WINDOW = 3
    settings.DEBUG = False
    cache.delete("error-mails")
    handler = ThrottledAdminEmailHandler()
    for number in range(10):
        record = logging.LogRecord(
            "django.request", logging.ERROR, "", 0, f"boom {number}", (), None
        )
        handler.emit(record)
    assert len(mail.outbox) == 3


def test_mail_goes_out_over_tls_in_production(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("EMAIL_USE_TLS", "PYTEST_VERSION")},
        "DEBUG": "0",
        "SECRET_KEY": "x7#kq" * 12,
        "ALLOWED_HOSTS": "veiligonline.be",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    script = "from django.conf import settings; print(settings.EMAIL_USE_TLS)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.strip().splitlines()[-1] == "True", result.stdout + result.stderr


def test_only_server_errors_are_mailed_and_never_a_private_link(session, settings, client):
    """A 404, 405 or 429 is no error of ours: mailing it would send a parent's link to the
    inbox and use up the window a real error needs. A 500 is mailed short: the traceback
    and the view's name, never the path, the query string, the headers or the settings."""
    from django.test import RequestFactory

    from tests.private_links import give_link
    from trainings import services

    settings.ADMINS = [("Coordinators", "errors@veiligonline.be")]
    settings.DEBUG = False
    cache.delete("error-mails")
    registration = services.register(
        session_id=session.pk, name=NAME, email=EMAIL, consent=True
    ).registration
    token = give_link(registration)
    private = reverse("trainings:registration", kwargs={"token": token})
    assert client.put(private).status_code == 405
    assert client.get("/nl/bestaat-niet/", {"email": EMAIL}).status_code == 404
    assert mail.outbox == []
    assert cache.get("error-mails") is None  # nothing counted against the window

    request = RequestFactory().get(private, {"email": EMAIL}, HTTP_USER_AGENT="Test")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record = logging.LogRecord(
            "django.request",
            logging.ERROR,
            "",
            0,
            "Internal Server Error: %s",
            (request.path,),
            sys.exc_info(),
        )
    record.request = request
    ThrottledAdminEmailHandler().handle(record)
    (report,) = mail.outbox
    assert "RuntimeError: boom" in report.body and "Internal Server Error" in report.subject
    for shown in (report.subject, report.body, str(report.alternatives)):
        for secret in (token, EMAIL, "HTTP_USER_AGENT", "CELERY_BROKER_URL", "REDIS_URL"):
            assert secret not in shown, secret
