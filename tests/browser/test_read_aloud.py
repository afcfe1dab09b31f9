"""Read aloud in Chromium: our own static/js/read-aloud.js, with the device's speech engine.

Headless Chromium has no voices, so the speech engine (window.speechSynthesis, the
browser's part) is replaced by a recording fake before the page loads. Our script is
never faked: it is the thing under test.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone, translation

from modules.models import Module, Step
from tests.browser.axe import violations
from veiligonline.models import Article

FAKE_SPEECH = """
(voices => {
  const spoken = window.__speech = {utterances: [], calls: []};
  class Utterance {
    constructor(text) { this.text = text; this.lang = ''; this.voice = null; }
  }
  window.SpeechSynthesisUtterance = Utterance;
  const synth = {
    getVoices: () => voices.map(lang => ({lang, name: 'Fake ' + lang, localService: true})),
    speak(u) { spoken.utterances.push(u); spoken.calls.push('speak'); setTimeout(() => u.onstart && u.onstart({}), 0); },
    pause() { spoken.calls.push('pause'); },
    resume() { spoken.calls.push('resume'); },
    cancel() { spoken.calls.push('cancel'); },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
})(%s);
"""
BODY_NL = "Praat elke dag met je kind. Vraag welke games het speelt. Speel eens samen."


@pytest.fixture
def article(transactional_db):
    article = Article.objects.create(
        slug="samen-gamen",
        status=Article.Status.PUBLISHED,
        published_at=timezone.now() - timedelta(days=1),
        title_nl="Samen gamen",
        summary_nl="Games zijn leuk.",
        body_nl=BODY_NL,
        title_fr="Jouer ensemble",
        summary_fr="Les jeux sont amusants.",
        body_fr="Parlez avec votre enfant. Jouez ensemble.",
    )
    return article


def _url(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def _open(new_page, url, voices, *, javascript=True):
    page = new_page(width=360, javascript=javascript)
    if javascript:
        page.add_init_script(FAKE_SPEECH % voices)
    page.goto(url)
    return page


def test_a_parent_hears_the_article_with_the_sentence_highlighted(new_page, article):
    page = _open(new_page, _url(article, "nl"), '["nl-BE", "fr-BE"]')
    button = page.get_by_role("button", name="Lees voor")
    button.wait_for()
    assert violations(page) == []

    button.click()
    page.wait_for_function("() => window.__speech.utterances.length > 0")
    spoken = page.evaluate("window.__speech.utterances.map(u => [u.lang, u.text])")
    assert spoken[0] == ["nl-BE", "Samen gamen"]  # the title first, then the text
    assert page.get_by_role("status").filter(has_text="Wordt voorgelezen").count() == 1

    # The engine reaches the text's paragraph and says where it is: its second sentence.
    page.evaluate("window.__speech.utterances[0].onend()")
    page.wait_for_function("() => window.__speech.utterances.length > 1")
    page.evaluate("window.__speech.utterances[1].onend()")
    page.wait_for_function("() => window.__speech.utterances.length > 2")
    paragraph = page.evaluate("window.__speech.utterances[2].text")
    assert paragraph == BODY_NL
    offset = BODY_NL.index("Vraag")
    page.evaluate(
        f"window.__speech.utterances[2].onboundary({{charIndex: {offset}, name: 'word'}})"
    )
    highlighted = page.locator(".ra-current")
    assert highlighted.count() == 1
    assert highlighted.inner_text().strip() == "Vraag welke games het speelt."
    assert violations(page) == []

    page.get_by_role("button", name="Pauzeer").click()
    assert page.evaluate("window.__speech.calls").count("pause") == 1
    page.get_by_role("button", name="Verder lezen").click()
    assert page.evaluate("window.__speech.calls").count("resume") == 1

    page.get_by_role("button", name="Stop met voorlezen").click()
    assert page.evaluate("window.__speech.calls")[-1] == "cancel"
    assert page.locator(".ra-current").count() == 0
    assert page.get_by_role("button", name="Lees voor").is_visible()
    # The text reads as before: the sentence spans changed nothing a reader sees.
    assert BODY_NL in page.locator(".article-body").inner_text()


def test_a_french_page_is_read_in_belgian_french(new_page, article):
    page = _open(new_page, _url(article, "fr"), '["nl-BE", "fr-BE"]')
    page.get_by_role("button", name="Écouter").click()
    page.wait_for_function("() => window.__speech.utterances.length > 0")
    assert page.evaluate("window.__speech.utterances[0].lang") == "fr-BE"


def test_no_voice_for_the_language_no_button(new_page, article):
    page = _open(new_page, _url(article, "fr"), '["en-GB"]')
    page.wait_for_load_state("load")
    assert page.locator("[data-read-aloud]").is_hidden()
    assert page.get_by_role("button", name="Écouter").count() == 0


def test_without_javascript_there_is_no_button(new_page, article):
    page = _open(new_page, _url(article, "nl"), "[]", javascript=False)
    assert page.locator("[data-read-aloud]").is_hidden()
    assert page.get_by_role("button").filter(has_text="Lees voor").count() == 0


def test_a_module_step_is_read_aloud_too(new_page, transactional_db):
    module = Module.objects.create(
        number=2,
        slug="gaming",
        status=Module.Status.PUBLISHED,
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        promise_nl="Je weet meer.",
        promise_fr="Vous en savez plus.",
    )
    Step.objects.create(
        module=module,
        key="intro",
        order=0,
        kind=Step.Kind.TEXT,
        title_nl="Welkom",
        title_fr="Bienvenue",
        body_nl="Games zijn leuk. Ze kosten soms geld.",
    )
    with translation.override("nl"):
        from django.urls import reverse

        url = reverse("modules:step", kwargs={"slug": "gaming", "key": "intro"})
    page = _open(new_page, url, '["nl-BE"]')
    page.get_by_role("button", name="Lees voor").click()
    page.wait_for_function("() => window.__speech.utterances.length > 0")
    assert page.evaluate("window.__speech.utterances[0].text") == "Welkom"
    assert violations(page) == []
