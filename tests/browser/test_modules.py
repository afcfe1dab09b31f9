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


def assert_tappable_beside_label(page, selector):
    """Each option's box is big enough to tap and sits on the left of its label, not above it."""
    options = page.locator(selector)
    assert options.count() > 0
    for n in range(options.count()):
        option = options.nth(n)
        box = option.locator("input").bounding_box()
        label = option.locator("label").bounding_box()
        assert box["width"] >= 18 and box["height"] >= 18, box
        assert box["x"] + box["width"] <= label["x"], (box, label)
        assert label["y"] <= box["y"] + box["height"] / 2 <= label["y"] + label["height"]


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
    assert_tappable_beside_label(page, ".answer-option")
    page.get_by_label("fr 8 ans").check()
    page.locator("form button[type=submit]").click()
    feedback = " ".join(page.locator("#feedback").inner_text().split())  # nbsp before ":"
    assert "Explication 8 ans." in feedback
    # One right answer: it is named as the right answer, not as "right too".
    assert "La bonne réponse :" in feedback or "The right answer:" in feedback
    assert "aussi" not in feedback
    audit()  # a question after answering
    page.locator("#feedback a[href*='again']").click()
    page.get_by_label("fr 13 ans").check()
    page.locator("form button[type=submit]").click()
    assert "Explication 13 ans." in page.locator("#feedback").inner_text()
    page.locator(".step-nav a").click()
    page.locator("textarea").fill("Je commence par en parler.")
    page.locator("form button[type=submit]").click()
    # The agreement builder: pick two, add our own; the last step ends on the tip sheet.
    audit()
    assert_tappable_beside_label(page, ".agreement-option")
    page.get_by_label("Accord 0").check()
    page.get_by_label("Accord 2").check()
    page.locator("input[type=text]").first.fill("Pas de téléphone au lit.")
    page.locator("form button[type=submit]").click()
    with translation.override("fr"):
        tips = reverse("modules:tips", kwargs={"slug": social_media.slug})
        module_page = social_media.get_absolute_url()
    assert page.url.endswith(tips)
    sheet = page.locator("article").inner_text()
    assert "Faites des accords." in sheet and "Je commence par en parler." in sheet
    assert "Accord 0" in sheet and "Pas de téléphone au lit." in sheet and "Accord 1" not in sheet
    audit()
    # The agreement to print, and back to change it: what was chosen is still ticked.
    page.locator(".sheet-next a[href*='accords']").click()
    sheet = page.locator("article").inner_text()
    assert "Accord 0" in sheet and "Pas de téléphone au lit." in sheet and "Accord 1" not in sheet
    audit()
    page.locator(".agreement-next a[href*='etape']").click()
    assert page.get_by_label("Accord 0").is_checked() and page.get_by_label("Accord 2").is_checked()
    assert not page.get_by_label("Accord 1").is_checked()
    assert page.locator("input[type=text]").first.input_value() == "Pas de téléphone au lit."
    # The module page says it is finished; going through it again starts at step 1.
    page.goto(module_page)
    assert page.locator(f"main a[href='{tips}']").count() == 1
    audit()
    page.locator("main form button[type=submit]").click()
    assert page.locator("h1").inner_text() == "Bienvenue"
    assert not found, "\n".join(found)


def test_a_first_visit_to_a_step_lands_on_the_module_page(new_page, social_media):
    page = new_page(width=WIDTHS["phone"], javascript=False)
    with translation.override("fr"):
        step = reverse("modules:step", kwargs={"slug": social_media.slug, "key": "reflect"})
        module_page = social_media.get_absolute_url()
    page.goto(step)
    assert page.url.endswith(module_page)
    assert page.locator(".messages").count() == 1
    assert page.locator("main form button[type=submit]").is_visible()
