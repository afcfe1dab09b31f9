"""What the walkthrough's parents, school director and coordinator meet, after issue 11.

Errors answered at the top of the page, the thank-you page that repeats what was booked,
sessions for vulnerable parents described by what they offer, the price and the answer
time said before and after an organisation sends, the request form's checks, the plan
action with any of the three dates, and the distance on the list.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import Module
from trainings.models import BookingRequest, Province, TrainingSession, Venue
from veiligonline.models import ProgrammeSettings


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"trainings:{name}", kwargs=kwargs or None)


def text_of(page: str) -> str:
    """The page's main content as a person reads it: no tags, entities decoded."""
    main = page.split("<main", 1)[1].split("</main>", 1)[0]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", main)).split())


def title_of(page: str) -> str:
    return html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1)).strip()


def summary_links(page: str) -> list[str]:
    box = page.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    return re.findall(r'<a href="#([^"]+)"', box)


def ids_in(page: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', page))


def weekday_evening(days: int, hour: int = 19, minute: int = 0):
    moment = (timezone.localtime() + timedelta(days=days)).replace(
        hour=hour, minute=minute, second=0, microsecond=0
    )
    while moment.weekday() == 6:
        moment += timedelta(days=1)
    return moment


def field(moment) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M")


@pytest.fixture
def modules(db):
    return [
        Module.objects.create(number=n, slug=f"m{n}", title_nl=f"Module {n}", title_fr=f"Mod {n}")
        for n in (1, 4)
    ]


def request_data(chosen, **changes):
    data = {
        "organisation_name": "Basisschool De Regenboog",
        "organisation_kind": "school",
        "contact_name": "Mieke",
        "contact_email": "directie@regenboog.example.org",
        "contact_phone": "09 123 45 67",
        "modules": [m.pk for m in chosen],
        "preferred_1": field(weekday_evening(20)),
        "preferred_2": field(weekday_evening(27)),
        "preferred_3": field(weekday_evening(34)),
        "own_address": "Schoolstraat 1",
        "own_postcode": "9000",
        "own_municipality": "Gent",
        "expected_parents": 12,
        "language": "nl",
        "audience": "disadvantaged",
    }
    return data | changes


def registration(**changes):
    return {"name": "Samira", "phone": "0470 12 34 56", "adults": 1, "consent": "on"} | changes


# --- The error summary: first on the page, a link to each field, "Fout:" in the title.


@pytest.mark.django_db
class TestErrorSummary:
    def test_the_registration_form_answers_at_the_top(self, parent, make_session):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), {"adults": "", "email": "x@"})
        page = response.content.decode()
        assert response.status_code == 400
        assert title_of(page).startswith("Fout: ")
        # Before the heading: the first thing a reloaded page shows at 360 px.
        assert page.index('id="error-summary"') < page.index("<h1")
        links = summary_links(page)
        assert {"id_name", "id_email", "id_adults", "id_consent"} <= set(links)
        assert set(links) <= ids_in(page)  # every link leads to a field on the page

    def test_the_invite_page_in_french(self, parent, make_session):
        make_session(is_open=False, invite_token="uitnodiging-123")
        response = parent.post(url("invite", "fr", token="uitnodiging-123"), {"name": ""})
        page = response.content.decode()
        assert re.match(r"Erreur\s:", title_of(page))  # a no-break space before the colon
        assert page.index('id="error-summary"') < page.index("<h1")
        assert "id_name" in summary_links(page)

    def test_the_request_form_links_each_field(self, parent, modules):
        data = request_data(modules, organisation_name="", modules=[], own_postcode="12")
        response = parent.post(url("request_training"), data)
        page = response.content.decode()
        assert title_of(page).startswith("Fout: ")
        links = summary_links(page)
        assert {"id_organisation_name", "id_modules_0", "id_own_postcode"} <= set(links)
        assert set(links) <= ids_in(page)

    def test_the_lost_link_form(self, parent):
        page = parent.post(url("lost_link"), {"contact": "abc"}).content.decode()
        assert title_of(page).startswith("Fout: ")
        assert summary_links(page) == ["id_contact"]

    def test_no_summary_and_no_error_title_on_a_first_visit(self, parent, make_session):
        page = parent.get(url("session", pk=make_session().pk)).content.decode()
        assert 'id="error-summary"' not in page and not title_of(page).startswith("Fout")


# --- The registration form's words.


@pytest.mark.django_db
class TestRegistrationWords:
    @pytest.mark.parametrize("typed", ["abc", "", "0", "11"])
    def test_adults_says_what_to_give(self, parent, make_session, typed):
        session = make_session()
        response = parent.post(url("session", pk=session.pk), registration(adults=typed))
        errors = response.context["form"].errors["adults"]
        assert errors == ["Geef een getal van 1 tot 10."]

    @pytest.mark.parametrize("language", ["nl", "fr"])
    def test_the_consent_is_short_plain_sentences(self, parent, make_session, language):
        form = parent.get(url("session", language, pk=make_session().pk)).context["form"]
        words = [str(form["consent"].label), str(form["consent"].help_text)]
        sentences = [s for text in words for s in re.split(r"(?<=[.!?])\s+", text) if s]
        assert len(sentences) >= 4
        assert max(len(sentence.split()) for sentence in sentences) <= 16


# --- Sessions for vulnerable parents, described by what they offer.


@pytest.mark.django_db
class TestAudienceWords:
    @pytest.mark.parametrize(
        "language, offered, label",
        [
            ("nl", "Kleine groep, extra tijd en hulp", "Ouders in een kwetsbare situatie"),
            ("fr", "Petit groupe, plus de temps et d'aide", "Parents en situation de"),
        ],
    )
    def test_parents_read_what_the_session_offers(
        self, parent, make_session, language, offered, label
    ):
        session = make_session(audience=TrainingSession.Audience.DISADVANTAGED)
        listed = html.unescape(parent.get(url("sessions", language)).content.decode())
        detail = text_of(parent.get(url("session", language, pk=session.pk)).content.decode())
        assert offered in listed and offered in detail
        assert label not in listed and label not in detail
        assert {"nl": "tolk", "fr": "interprète"}[language] in detail  # what is possible

    def test_the_filter_still_finds_them(self, parent, make_session):
        wanted = make_session(audience=TrainingSession.Audience.DISADVANTAGED)
        make_session()
        response = parent.get(url("sessions"), {"audience": "disadvantaged"})
        assert [s.pk for s in response.context["page"].object_list] == [wanted.pk]

    def test_coordinators_keep_the_audience_name(self, coordinator, make_session):
        session = make_session(audience=TrainingSession.Audience.DISADVANTAGED)
        page = coordinator.get(
            reverse("admin:trainings_trainingsession_changelist")
        ).content.decode()
        assert "Ouders in een kwetsbare situatie" in page
        assert session.get_audience_display() == "Ouders in een kwetsbare situatie"


# --- The thank-you page repeats what was booked, and who gets back about a need.


@pytest.mark.django_db
class TestThankYouPage:
    def test_it_repeats_what_was_booked(self, parent, make_session):
        session = make_session(
            childcare=True, interpreter_language="ar", practical_nl="Breng je gsm mee."
        )
        data = registration(adults=2, childcare_ages="3 en 6", needs="Rolstoel")
        response = parent.post(url("session", pk=session.pk), data)
        page = text_of(parent.get(response["Location"]).content.decode())
        assert "2 volwassenen" in page
        assert "3, 6" in page
        assert "Rolstoel" in page
        assert "Arabisch" in page
        assert "Breng je gsm mee." in page

    def test_an_interpreter_the_session_has_not_says_who_gets_back(self, parent, make_session):
        ProgrammeSettings(answer_working_days=3).save()
        session = make_session()
        data = registration(needs="Een tolk Arabisch, graag")
        response = parent.post(url("session", pk=session.pk), data)
        page = text_of(parent.get(response["Location"]).content.decode())
        assert "Nog niet voorzien voor deze vorming" in page
        assert "Deze vorming heeft nog geen tolk." in page
        assert "Binnen 3 werkdagen neemt het Veilig Online-team contact met je op" in page
        assert "We sturen een sms naar 0470 12 34 56" in page

    def test_an_interpreter_the_session_has_is_confirmed(self, parent, make_session):
        session = make_session(interpreter_language="tr")
        response = parent.post(url("session", "fr", pk=session.pk), registration(needs="Tolk"))
        page = text_of(parent.get(response["Location"]).content.decode())
        assert "Oui, un interprète en turc est présent." in page
        assert "pas encore d'interprète" not in page


# --- Programme settings: one row, in the admin; the price before sending.


@pytest.mark.django_db
class TestProgrammeSettings:
    def test_one_row_that_cannot_be_added_twice_or_deleted(self, coordinator):
        changelist = reverse("admin:veiligonline_programmesettings_changelist")
        response = coordinator.get(changelist)
        change = reverse("admin:veiligonline_programmesettings_change", args=[1])
        assert response["Location"] == change
        page = coordinator.get(change).content.decode()
        assert 'name="answer_working_days" value="5"' in page
        response = coordinator.post(
            change,
            {
                "price_euro": "150",
                "price_text_nl": "Begeleider en materiaal inbegrepen.",
                "price_text_fr": "Animateur et matériel compris.",
                "answer_working_days": "3",
            },
        )
        assert response.status_code == 302
        row = ProgrammeSettings.objects.get()
        assert (row.price_euro, row.answer_working_days) == (Decimal("150"), 3)
        assert (
            coordinator.get(reverse("admin:veiligonline_programmesettings_add")).status_code == 403
        )
        delete = reverse("admin:veiligonline_programmesettings_delete", args=[1])
        assert coordinator.post(delete, {"post": "yes"}).status_code == 403
        assert ProgrammeSettings.objects.count() == 1

    @pytest.mark.parametrize(
        "language, price, promise",
        [
            ("nl", "Voor andere organisaties: 150 euro per vorming.", "Binnen 3 werkdagen"),
            ("fr", "Pour les autres organisations : 150 euros par séance.", "3 jours ouvrables"),
        ],
    )
    def test_the_request_form_says_the_price_before_sending(
        self, parent, db, language, price, promise
    ):
        ProgrammeSettings(
            price_euro=Decimal("150"),
            price_text_nl="Begeleider en materiaal inbegrepen.",
            price_text_fr="Animateur et matériel compris.",
            answer_working_days=3,
        ).save()
        page = parent.get(url("request_training", language)).content.decode()
        shown = text_of(page)
        assert price in shown and promise in shown
        assert {"nl": "Begeleider en materiaal", "fr": "Animateur et matériel"}[language] in shown
        # Said before the button that sends.
        assert page.index(html.escape(price).split(" ")[0]) < page.index('type="submit"')

    def test_without_a_price_it_says_when_they_will_know(self, parent, db):
        shown = text_of(parent.get(url("request_training")).content.decode())
        assert "we zeggen je de prijs voor we iets plannen" in shown
        assert "Binnen 5 werkdagen" in shown

    def test_the_follow_up_page_says_who_how_and_by_when(
        self, parent, modules, django_capture_on_commit_callbacks
    ):
        ProgrammeSettings(answer_working_days=3, price_euro=Decimal("95.50")).save()
        with django_capture_on_commit_callbacks(execute=True):
            response = parent.post(url("request_training"), request_data(modules))
        booking = BookingRequest.objects.get()
        page = text_of(parent.get(response["Location"]).content.decode())
        assert "Wat er nu gebeurt" in page
        assert "binnen 3 werkdagen contact met je op, ten laatste op" in page
        assert "We schrijven naar directie@regenboog.example.org of bellen naar" in page
        assert "95,50 euro per vorming." in page  # not free: no vulnerable groups
        # The deadline skips the weekend: three working days after the day it was sent.
        day = timezone.localtime(booking.created_at).date()
        left = 3
        while left:
            day += timedelta(days=1)
            left -= day.weekday() < 5
        with translation.override("nl"):
            from django.utils.formats import date_format

            assert date_format(day, "l j F") in page
        # The "request received" e-mail promises the same number of working days.
        received = [m for m in mail.outbox if "directie@regenboog" in m.to[0]]
        assert received and "3 werkdagen" in received[0].body


# --- The request form's checks, in plain words, keeping what was typed.


@pytest.mark.django_db
class TestRequestChecks:
    def errors(self, parent, modules, language="nl", **changes):
        response = parent.post(url("request_training", language), request_data(modules, **changes))
        assert response.status_code == 400, "the form should have refused this"
        assert not BookingRequest.objects.exists()
        return response.context["form"].errors, response.content.decode()

    def test_tomorrow_at_three_in_the_night(self, parent, modules):
        tomorrow = field(weekday_evening(1, hour=3))
        errors, page = self.errors(parent, modules, preferred_1=tomorrow)
        assert errors["preferred_1"] == [
            "Kies een datum minstens 14 dagen na vandaag: die tijd hebben we nodig om een "
            "begeleider te vinden."
        ]
        assert f'value="{tomorrow}"' in page  # what was typed is kept

    def test_a_night_hour_far_enough_ahead(self, parent, modules):
        errors, _page = self.errors(parent, modules, preferred_2=field(weekday_evening(20, 3)))
        assert errors["preferred_2"] == ["Kies een beginuur tussen 08:00 en 21:30."]

    def test_the_latest_start_is_allowed_and_one_minute_later_is_not(self, parent, modules):
        late = field(weekday_evening(20, 21, 30))
        too_late = field(weekday_evening(20, 21, 31))
        errors, _page = self.errors(parent, modules, preferred_2=late, preferred_3=too_late)
        assert "preferred_2" not in errors and "preferred_3" in errors

    def test_a_sunday(self, parent, modules):
        moment = timezone.localtime() + timedelta(days=20)
        while moment.weekday() != 6:
            moment += timedelta(days=1)
        sunday = field(moment.replace(hour=10, minute=0))
        errors, _page = self.errors(parent, modules, "fr", preferred_3=sunday)
        assert errors["preferred_3"] == [
            "Nous ne donnons pas de séances le dimanche. Choisissez un autre jour."
        ]

    @pytest.mark.parametrize(
        "language, message",
        [
            ("nl", "Postcode 4000 hoort bij Luik. Kijk de postcode of de gemeente even na."),
            (
                "fr",
                "Le code postal 4000 est celui de Liège. "
                "Vérifiez le code postal ou la commune, s'il vous plaît.",
            ),
        ],
    )
    def test_a_postcode_and_a_municipality_that_do_not_belong_together(
        self, parent, modules, language, message
    ):
        errors, page = self.errors(
            parent, modules, language, own_postcode="4000", own_municipality="Gent"
        )
        assert errors["own_municipality"] == [message]
        assert 'value="Gent"' in page and 'value="4000"' in page

    @pytest.mark.parametrize(
        "postcode, municipality",
        [
            ("4000", "Liège"),
            ("4000", "Luik"),
            ("4000", "liege"),
            ("9000", "Gand"),
            ("3001", "Heverlee"),
            ("1050", "Ixelles"),
            ("1050", "Elsene"),
        ],
    )
    def test_either_language_and_the_villages_are_accepted(
        self, parent, modules, postcode, municipality
    ):
        data = request_data(modules, own_postcode=postcode, own_municipality=municipality)
        response = parent.post(url("request_training"), data)
        assert response.status_code == 302, response.context["form"].errors
        assert BookingRequest.objects.get().own_municipality == municipality

    def test_an_unknown_postcode(self, parent, modules):
        errors, _page = self.errors(parent, modules, own_postcode="9999")
        assert errors["own_postcode"] == ["Deze postcode kennen we niet. Kijk ze even na."]

    @pytest.mark.parametrize("typed", ["-1", "0", "201", "abc", ""])
    def test_the_number_of_parents_in_the_forms_own_words(self, parent, modules, typed):
        errors, _page = self.errors(parent, modules, expected_parents=typed)
        assert errors["expected_parents"] == ["Geef een getal tussen 1 en 200."]


# --- The plan action: any of the three dates, or another one.


def plan(coordinator, booking, **fields):
    data = {"action": "plan", "_selected_action": [booking.pk]}
    if fields:
        data["plan_confirmed"] = "yes"
        data |= {f"plan-{booking.pk}-{name}": value for name, value in fields.items()}
    return coordinator.post(reverse("admin:trainings_bookingrequest_changelist"), data)


@pytest.mark.django_db
class TestPlanAction:
    @pytest.fixture
    def booking(self, booking_request):
        booking_request.preferred_2 = weekday_evening(27)
        booking_request.preferred_3 = weekday_evening(34)
        booking_request.save()
        return booking_request

    def test_it_first_asks_which_date(self, coordinator, booking):
        response = plan(coordinator, booking)
        assert response.status_code == 200
        page = response.content.decode()
        assert 'type="radio"' in page and page.count(f'name="plan-{booking.pk}-when"') == 4
        assert 'type="datetime-local"' in page
        booking.refresh_from_db()
        assert booking.status == BookingRequest.Status.RECEIVED  # nothing planned yet

    def test_the_second_date(self, coordinator, booking):
        response = plan(coordinator, booking, when="2")
        assert response.status_code == 302
        booking.refresh_from_db()
        assert booking.status == BookingRequest.Status.PLANNED
        assert booking.session.starts_at == booking.preferred_2
        assert booking.session.ends_at == booking.preferred_2 + timedelta(hours=2)
        assert booking.messages.filter(kind="request_planned").exists()

    def test_another_date_agreed_with_the_organisation(self, coordinator, booking):
        other = weekday_evening(40, 14, 30)
        plan(coordinator, booking, when="other", other=field(other))
        booking.refresh_from_db()
        assert booking.session.starts_at == other

    def test_another_date_must_be_given(self, coordinator, booking):
        response = plan(coordinator, booking, when="other", other="")
        assert response.status_code == 400
        assert "Geef de datum en het uur die jullie afspraken." in response.content.decode()
        booking.refresh_from_db()
        assert booking.session is None

    def test_a_date_that_has_passed(self, coordinator, booking):
        past = field(timezone.localtime() - timedelta(days=1))
        response = plan(coordinator, booking, when="other", other=past)
        assert response.status_code == 400
        booking.refresh_from_db()
        assert booking.status == BookingRequest.Status.RECEIVED


# --- Venue lists sorted by what they show.


@pytest.mark.django_db
def test_venue_lists_are_sorted_by_what_they_show(parent, coordinator, modules):
    for slug, name, postcode, municipality, province in [
        ("a", "Zaal Amber", "9000", "Gent", Province.EAST_FLANDERS),
        ("b", "Bibliotheek Bruno", "4000", "Liège", Province.LIEGE),
        ("c", "Centrum Cleo", "1000", "Brussel", Province.BRUSSELS),
    ]:
        Venue.objects.create(
            slug=slug,
            name=name,
            kind=Venue.Kind.OTHER,
            street="Straat 1",
            postcode=postcode,
            municipality=municipality,
            province=province,
        )
    admin_page = coordinator.get(reverse("admin:trainings_venue_changelist")).content.decode()
    shown = list(
        dict.fromkeys(re.findall(r"Zaal Amber|Bibliotheek Bruno|Centrum Cleo", admin_page))
    )
    assert shown == ["Bibliotheek Bruno", "Centrum Cleo", "Zaal Amber"]

    def options(language):
        form = parent.get(url("request_training", language)).context["form"]
        return [label for value, label in form.fields["venue"].choices if value][:3]

    assert options("nl") == ["Brussel, Centrum Cleo", "Gent, Zaal Amber", "Luik, Bibliotheek Bruno"]
    assert options("fr") == [
        "Bruxelles, Centrum Cleo",
        "Gand, Zaal Amber",
        "Liège, Bibliotheek Bruno",
    ]


# --- "About N km" on the list when a place was typed.


@pytest.mark.django_db
def test_the_list_says_how_far_each_session_is(parent, make_session, venue):
    far = Venue.objects.create(
        slug="antwerpen",
        name="Bib Antwerpen",
        kind=Venue.Kind.LIBRARY,
        street="Straat 1",
        postcode="2000",
        municipality="Antwerpen",
        province=Province.ANTWERP,
    )
    make_session()
    make_session(venue=far)
    near = text_of(parent.get(url("sessions"), {"place": "9000"}).content.decode())
    assert "dichtbij" in near
    assert re.search(r"ongeveer (4\d|5\d) km hiervandaan", near)  # Gent to Antwerpen
    everywhere = text_of(parent.get(url("sessions")).content.decode())
    assert "km hiervandaan" not in everywhere
