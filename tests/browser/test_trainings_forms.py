"""The trainings forms' error summary and the tip sheet's next steps, in Chromium.

With JavaScript the summary takes the focus; without it, it is the first thing at the
top of the reloaded page. axe-core on each page in its error state, at 360 and 1280 px.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import Module, Step
from outbox.models import Message
from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS
from trainings.models import TrainingSession, Venue


@pytest.fixture
def session(transactional_db):
    module = Module.objects.create(
        number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux vidéo", tips_nl="Speel samen."
    )
    venue = Venue.objects.create(
        slug="buurthuis",
        name="Buurthuis De Linde",
        kind="community_centre",
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province="east_flanders",
    )
    starts = timezone.now() + timedelta(days=6)
    session = TrainingSession.objects.create(
        venue=venue,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        childcare=True,
        audience="disadvantaged",
    )
    session.modules.add(module)
    return session


def _session_url(session, language="nl"):
    with translation.override(language):
        return reverse("trainings:session", kwargs={"pk": session.pk})


@pytest.mark.parametrize("width", WIDTHS.values())
def test_the_registration_summary_takes_the_focus_and_passes_axe(new_page, session, width):
    page = new_page(width=width)
    page.goto(_session_url(session))
    page.fill("#id_adults", "")
    page.fill("#id_needs", "rolstoel")
    page.locator(".register form button[type=submit]").click()
    summary = page.locator("#error-summary")
    summary.wait_for()
    page.wait_for_function("() => document.activeElement.id === 'error-summary'")
    assert page.title().startswith("Fout: ")
    assert summary.bounding_box()["y"] < 400  # on the first screen
    assert "Geef een getal van 1 tot 10." in summary.inner_text()
    assert page.input_value("#id_needs") == "rolstoel"  # nothing typed is lost
    assert violations(page) == []
    summary.get_by_role("link", name="Geef een getal van 1 tot 10.").click()
    page.wait_for_function("() => document.activeElement.id === 'id_adults'")


@pytest.mark.parametrize("width", WIDTHS.values())
def test_without_javascript_the_summary_is_the_top_of_the_page(new_page, session, width):
    page = new_page(width=width, javascript=False)
    page.goto(_session_url(session, "fr"))
    page.locator(".register form button[type=submit]").click()
    assert page.title().startswith("Erreur")
    summary = page.locator("#error-summary")
    assert summary.bounding_box()["y"] < 400
    hrefs = [link.get_attribute("href") for link in summary.get_by_role("link").all()]
    assert "#id_name" in hrefs and "#id_consent" in hrefs
    for href in hrefs:
        assert page.locator(href).count() == 1  # each link leads to its field


@pytest.mark.parametrize("width", WIDTHS.values())
def test_the_request_form_in_french_answers_at_the_top(new_page, session, width):
    page = new_page(width=width)
    with translation.override("fr"):
        page.goto(reverse("trainings:request_training"))
    # The price and what happens next are there before sending.
    assert "Ce que cela coûte" in page.locator("main").inner_text()
    page.fill("#id_own_postcode", "4000")
    page.fill("#id_own_municipality", "Gent")
    page.locator("main form button[type=submit]").click()
    page.wait_for_function("() => document.activeElement.id === 'error-summary'")
    text = page.locator("#error-summary").inner_text()
    assert "Le code postal 4000 est celui de Liège." in text
    assert page.input_value("#id_own_municipality") == "Gent"
    assert violations(page) == []


@pytest.fixture
def short_module(transactional_db):
    module = Module.objects.create(
        number=4,
        slug="gaming",
        status=Module.Status.PUBLISHED,
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        tips_nl="Speel samen.\nKijk naar PEGI.",
        tips_fr="Jouez ensemble.\nRegardez PEGI.",
    )
    Step.objects.create(
        module=module, key="intro", order=0, kind=Step.Kind.TEXT, title_nl="Welkom", body_nl="Hoi."
    )
    return module


def _finish(page, module):
    page.goto(module.get_absolute_url())
    page.locator("main form button[type=submit]").click()  # start
    page.locator("main form button[type=submit]").click()  # the only step, done
    with translation.override("nl"):
        assert page.url.endswith(reverse("modules:tips", kwargs={"slug": module.slug}))


@pytest.mark.parametrize("width", WIDTHS.values())
def test_the_tip_sheet_next_steps_pass_axe(new_page, short_module, width):
    page = new_page(width=width)
    with translation.override("nl"):
        _finish(page, short_module)
    assert violations(page) == []
    page.fill("#id_email", "mama@")
    page.locator("form.tip-sheet-mail button[type=submit]").click()
    page.wait_for_function("() => document.activeElement.id === 'error-summary'")
    assert page.title().startswith("Fout: ")
    assert violations(page) == []


def test_the_tip_sheet_next_steps_work_without_javascript(new_page, short_module):
    page = new_page(width=WIDTHS["phone"], javascript=False)
    with translation.override("nl"):
        _finish(page, short_module)
    # A download to keep.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download je tipsblad").click()
    assert download.value.suggested_filename == "tipsblad-gamen.txt"
    # The tip sheet by e-mail: a calm reply, no address in the address bar.
    page.fill("#id_email", "mama@example.org")
    page.locator("form.tip-sheet-mail button[type=submit]").click()
    assert "Je tipsblad is onderweg." in page.locator("main").inner_text()
    assert "mama" not in page.url
    assert Message.objects.filter(kind="tip_sheet", address="mama@example.org").count() == 1
    # Trainings on this theme, near a postcode.
    page.fill("#near-place", "9000")
    page.locator("form.tip-sheet-near button[type=submit]").click()
    assert "theme=gaming" in page.url and "place=9000" in page.url
    assert page.locator("h1").inner_text() == "Gratis vormingen bij jou in de buurt"
