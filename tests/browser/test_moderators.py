"""A moderator logs in, accepts, downloads the calendar file and files a report: Chromium
without JavaScript at 360 px, in Dutch and French; axe on each page (JavaScript on)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from accounts.otp import new_recovery_codes
from moderators.models import Assignment, AttendanceReport, Certification, Moderator
from modules.models import Module
from tests.accounts.helpers import device_for
from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS
from trainings.models import TrainingSession, Venue

PASSWORD = "een lang wachtwoord voor de test"


@pytest.fixture
def make_space(transactional_db):
    def make(language):
        module = Module.objects.create(
            number=3, slug=f"privacy-{language}", title_nl="Privacy", title_fr="Vie privée"
        )
        venue = Venue.objects.create(
            slug=f"bib-{language}",
            name="Bibliotheek Het Anker",
            kind="library",
            street="Kaai 3",
            postcode="8400",
            municipality="Oostende",
            province="west_flanders",
        )
        user = get_user_model().objects.create_user(
            username=f"mod-{language}",
            email=f"mod-{language}@example.org",
            password=PASSWORD,
            language=language,
        )
        moderator = Moderator.objects.create(
            user=user, name="Sofie De Smet", gives_dutch=True, gives_french=True
        )
        Certification.objects.create(
            moderator=moderator,
            module=module,
            version=1,
            certified_on=timezone.localdate() - timedelta(days=10),
            expires_on=timezone.localdate() + timedelta(days=700),
        )
        sessions = {}
        for key, days in (("coming", 5), ("past", -1)):
            starts = timezone.now() + timedelta(days=days)
            session = TrainingSession.objects.create(
                venue=venue,
                starts_at=starts,
                ends_at=starts + timedelta(hours=2),
                language=language,
                status="confirmed",
                childcare=True,
            )
            session.modules.add(module)
            Assignment.objects.create(
                session=session,
                moderator=moderator,
                status="invited" if key == "coming" else "accepted",
            )
            sessions[key] = session
        return moderator, sessions

    return make


def login(page, moderator, language):
    device_for(moderator.user)
    recovery_code = new_recovery_codes(moderator.user)[0]  # fresh codes: each login uses one
    with translation.override(language):
        page.goto(reverse("moderators:login"))
    page.fill("#id_username", moderator.user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.fill("#id_code", recovery_code)  # the second step
    page.locator(".second-factor button.btn-primary").click()
    assert f"/{language}/" in page.url


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_login_accept_calendar_and_report_without_javascript(new_page, make_space, language):
    moderator, sessions = make_space(language)
    page = new_page(width=WIDTHS["phone"], javascript=False)
    checked = new_page(width=WIDTHS["phone"])
    found = []

    def audit():
        checked.goto(page.url)
        found.extend(violations(checked))

    with translation.override(language):
        checked.goto(reverse("moderators:login"))
    found.extend(violations(checked))
    login(page, moderator, language)
    login(checked, moderator, language)
    audit()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS["phone"]

    with translation.override(language):
        page.goto(reverse("moderators:session", kwargs={"pk": sessions["coming"].pk}))
    audit()
    page.locator("form[action$='/'] button.btn-primary").first.click()
    assert Assignment.objects.get(session=sessions["coming"]).status == "accepted"

    with page.expect_download() as download:
        page.locator("main a[href$='.ics']").first.click()
    assert b"BEGIN:VCALENDAR" in Path(download.value.path()).read_bytes()

    with translation.override(language):
        page.goto(reverse("moderators:report", kwargs={"pk": sessions["past"].pk}))
    audit()
    # First an impossible count: the error summary comes first, and nothing is lost.
    page.fill("#id_adults", "4")
    page.fill("#id_families", "9")
    page.fill("#id_disadvantaged_families", "1")
    page.fill("#id_grandparents", "0")
    page.fill("#id_children_in_childcare", "2")
    page.locator("main form button.btn-primary").click()
    assert page.locator("#error-summary").is_visible()
    page.fill("#id_families", "3")
    page.locator("main form button.btn-primary").click()
    report = AttendanceReport.objects.get(session=sessions["past"])
    assert (report.adults, report.families, report.children_in_childcare) == (4, 3, 2)
    audit()
    with translation.override(language):
        page.goto(reverse("moderators:certifications"))
    audit()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS["phone"]
    assert found == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_the_session_page_fits_a_phone_without_javascript(new_page, make_space, language):
    """Long addresses, notes, needs and the participant list stay within 360 px."""
    from trainings.models import Registration

    moderator, sessions = make_space(language)
    session = sessions["coming"]
    Assignment.objects.filter(session=session).update(status="accepted")
    Venue.objects.filter(pk=session.venue_id).update(
        name="Ontmoetingscentrum en Dienstencentrum Sint-Jozef-Arbeider Vzw",
        street="Koningin-Astridlaan-Zuidwestelijke-Parallelweg 1234 bus 56",
    )
    TrainingSession.objects.filter(pk=session.pk).update(
        practical_nl="Sleutelophalingsprocedure: bel https://example.org/heel/lange/weg/naar/de/sleutelbeheerder",
        practical_fr="Procédure-de-récupération-des-clés: https://example.org/tres/long/chemin",
        interpreter_language="ar",
    )
    for n in range(3):
        Registration.objects.create(
            session=session,
            name=f"Alexandrina-Konstantinopolitanou {n}",
            email=f"ouder{n}@example.org",
            status="confirmed",
            adults=2,
            childcare_ages="2, 4, 7, 9, 11",
            needs="Rolstoeltoegankelijkheid en gebarentolk-Vlaamse-Gebarentaal nodig",
        )
    page = new_page(width=WIDTHS["phone"], javascript=False)
    login(page, moderator, language)
    with translation.override(language):
        page.goto(reverse("moderators:session", kwargs={"pk": session.pk}))
    assert "Alexandrina" in page.content()
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS["phone"]
    checked = new_page(width=WIDTHS["phone"])
    login(checked, moderator, language)
    checked.goto(page.url)
    assert violations(checked) == []


@pytest.fixture
def coordinator_with_work(make_space):
    """A coordinator (the group, not a superuser) and sessions without a lead moderator,
    at venues with long names, as the demo has them."""
    from django.contrib.auth.models import Group

    from accounts.roles import COORDINATOR

    moderator, sessions = make_space("nl")
    Venue.objects.update(name="Ontmoetingscentrum en Dienstencentrum Sint-Jozef-Arbeider")
    for days in (3, 4, 6):
        starts = timezone.now() + timedelta(days=days)
        session = TrainingSession.objects.create(
            venue=Venue.objects.get(),
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            audience="disadvantaged",
            status="confirmed",
        )
        Assignment.objects.create(session=session, moderator=moderator, status="invited")
    user = get_user_model().objects.create_user(
        username="coco", password=PASSWORD, is_staff=True, language="nl"
    )
    user.groups.add(Group.objects.get(name=COORDINATOR))
    return user


def _admin_login(page, user):
    device_for(user)
    recovery_code = new_recovery_codes(user)[0]
    page.goto("/admin/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.fill("#id_code", recovery_code)
    page.locator(".second-factor button.btn-primary").click()
    page.wait_for_url("**/admin/")


# Whether the whole element can be seen without scrolling sideways: the admin puts wide
# tables in a box that scrolls (overflow), so a bounding box inside the window is not
# enough; the element's corners must also be what the browser shows at those points.
_SEEN = """el => {
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200);
    const r = el.getBoundingClientRect();
    if (r.left < 0 || r.right > window.innerWidth) return false;
    // Each line box of the element (a link may wrap), at both of its ends.
    return [...el.getClientRects()].every(line => {
        const y = line.top + line.height / 2;
        return [line.left + 1, line.right - 1].every(
            x => el.contains(document.elementFromPoint(x, y)));
    });
}"""


def _inside(page, locator) -> bool:
    return locator.evaluate(_SEEN)


def test_the_coordinators_lists_fit_1280_pixels(new_page, coordinator_with_work):
    """With the admin's menu open, the to-do list's link and the sessions' lead column are
    in view at 1280 × 800, without scrolling sideways."""
    page = new_page(width=1280)
    _admin_login(page, coordinator_with_work)
    page.goto(reverse("admin:moderators_unstaffedsession_changelist"))
    links = page.get_by_role("link", name="Begeleider zoeken")
    assert links.count() >= 3
    for n in range(links.count()):
        assert _inside(page, links.nth(n)), links.nth(n).bounding_box()
    page.goto(reverse("admin:trainings_trainingsession_changelist"))
    header = page.locator("th.column-lead_moderator")
    assert _inside(page, header), header.bounding_box()
    cells = page.locator("td.field-lead_moderator")
    assert cells.count() >= 3
    for n in range(cells.count()):
        assert _inside(page, cells.nth(n)), cells.nth(n).bounding_box()
