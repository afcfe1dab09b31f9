"""A whole module in Chromium, JavaScript off, 360 px wide, in French; axe on every page."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from modules.models import AgreementSuggestion, Module, Step
from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS
from tests.modules.conftest import add_question


@pytest.fixture
def social_media(transactional_db):
    module = Module.objects.create(
        number=1,
        slug="social-media",
        status=Module.Status.PUBLISHED,
        title_nl="Sociale media",
        title_fr="Réseaux sociaux",
        promise_nl="Je weet hoe je afspraken maakt.",
        promise_fr="Vous savez faire des accords.",
        tips_nl="Praat samen.",
        tips_fr="Parlez ensemble.\nFaites des accords.",
    )
    Step.objects.create(
        module=module,
        key="intro",
        order=0,
        kind=Step.Kind.TEXT,
        title_nl="Welkom",
        title_fr="Bienvenue",
        body_fr="Votre enfant veut un compte. **Parlons-en.**",
    )
    Step.objects.create(
        module=module,
        key="video",
        order=1,
        kind=Step.Kind.VIDEO,
        title_nl="Video",
        title_fr="Vidéo",
        video_url="/static/img/logo.svg",
        transcript_fr="Orateur : bonjour à tous.",
    )
    add_question(module, "age", 2, Step.QuestionType.SINGLE, [("13 ans", True), ("8 ans", False)])
    Step.objects.create(
        module=module,
        key="reflect",
        order=3,
        kind=Step.Kind.REFLECTION,
        title_nl="Jij",
        title_fr="Et vous ?",
        body_fr="Que feriez-vous ?",
    )
    Step.objects.create(
        module=module,
        key="agreement",
        order=4,
        kind=Step.Kind.AGREEMENT,
        title_nl="Afspraken",
        title_fr="Nos accords",
    )
    for n, topic in enumerate(["screen-time", "table", "bedroom"]):
        AgreementSuggestion.objects.create(
            topic=topic, order=n, text_nl=f"Afspraak {n}", text_fr=f"Accord {n}"
        )
    return module


def test_a_whole_module_without_javascript_in_french(new_page, social_media):
    checked = new_page(width=WIDTHS["phone"])  # JavaScript on: only to run axe
    page = new_page(width=WIDTHS["phone"], javascript=False)
    found = []

    def audit():
        # The same session as the parent's: axe sees the page in the state the parent sees.
        checked.context.add_cookies(page.context.cookies())
        checked.goto(page.url)
        assert checked.locator("h1").inner_text() == page.locator("h1").inner_text()
        found.extend(violations(checked))

    page.goto("/fr/")
    page.locator("nav.main-nav a").nth(1).click()
    audit()
    page.locator(".card-item h2 a").first.click()
    audit()
    page.locator("form button[type=submit]").first.click()  # start
    assert page.locator("h1").inner_text() == "Bienvenue"
    audit()
    page.locator("form button[type=submit]").click()
    assert "bonjour à tous" in page.locator(".transcript").inner_text()
    audit()
    page.locator("form button[type=submit]").click()
    # The quiz: a wrong answer first, feedback, retry, then the right one.
    audit()
    page.get_by_label("fr 8 ans").check()
    page.locator("form button[type=submit]").click()
    assert "Explication 8 ans." in page.locator("#feedback").inner_text()
    audit()  # a question after answering
    page.locator("#feedback a[href*='again']").click()
    page.get_by_label("fr 13 ans").check()
    page.locator("form button[type=submit]").click()
    assert "Explication 13 ans." in page.locator("#feedback").inner_text()
    page.locator(".step-nav a").click()
    page.locator("textarea").fill("Je commence par en parler.")
    page.locator("form button[type=submit]").click()
    # The agreement builder: pick two, add our own, then print it.
    audit()
    page.get_by_label("Accord 0").check()
    page.get_by_label("Accord 2").check()
    page.locator("input[type=text]").first.fill("Pas de téléphone au lit.")
    page.locator("form button[type=submit]").click()
    sheet = page.locator("article").inner_text()
    assert "Accord 0" in sheet and "Pas de téléphone au lit." in sheet and "Accord 1" not in sheet
    audit()
    with translation.override("fr"):
        tips = reverse("modules:tips", kwargs={"slug": social_media.slug})
    page.goto(tips)
    sheet = page.locator("article").inner_text()
    assert "Faites des accords." in sheet and "Je commence par en parler." in sheet
    assert "Pas de téléphone au lit." in sheet
    audit()
    assert not found, "\n".join(found)
