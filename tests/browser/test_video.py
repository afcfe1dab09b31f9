"""The module video step in Chromium: the demo clip plays, with captions in the page's language.

ENGINEERING.md: "A browser is the judge of the browser" — the Content-Security-Policy once
blocked every module video silently; only a real browser playing the clip shows it.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from modules.models import Module, Step
from tests.browser.axe import violations

CSP_LISTENER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.blockedURI + ' ' + e.violatedDirective));
"""


@pytest.fixture
def video_module(transactional_db):
    module = Module.objects.create(
        number=1,
        slug="social-media",
        status=Module.Status.PUBLISHED,
        title_nl="Sociale media",
        title_fr="Réseaux sociaux",
        promise_nl="Je weet hoe je erover praat.",
        promise_fr="Vous savez en parler.",
    )
    # Stored as load_demo stores the demo's clips: paths on the site itself.
    Step.objects.create(
        module=module,
        key="video",
        order=0,
        kind=Step.Kind.VIDEO,
        title_nl="Praten over sociale media",
        title_fr="Parler des réseaux sociaux",
        video_url="/static/video/social-media.mp4",
        captions_url="/static/video/social-media.nl.vtt",
        transcript_nl="Presentator: Hallo. Misschien ken je dit.",
        transcript_fr="Présentatrice : Bonjour. Vous connaissez peut-être ça.",
    )
    return module


def _step_url(language: str) -> str:
    with translation.override(language):
        return reverse("modules:step", kwargs={"slug": "social-media", "key": "video"})


@pytest.mark.parametrize(("language", "first_cue"), [("nl", "Hallo."), ("fr", "Bonjour.")])
def test_the_demo_clip_plays_with_captions_in_the_pages_language(
    new_page, video_module, language, first_cue
):
    page = new_page(width=360)
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(CSP_LISTENER)
    response = page.goto(_step_url(language))
    assert response.status == 200
    assert "media-src 'self'" in response.headers["content-security-policy"]

    video = page.locator("video")
    assert video.get_attribute("preload") == "none"  # nothing loads before play
    tracks = page.locator("video track")
    assert tracks.count() == 2
    assert page.locator(f'video track[srclang="{language}"]').get_attribute("default") is not None

    # Muted, as a page may start playing only so without a click (the clip has no sound).
    page.evaluate("v => { v.muted = true; return v.play(); }", video.element_handle())
    page.wait_for_function("() => document.querySelector('video').currentTime > 0.5")
    page.wait_for_function(
        """() => { const t = [...document.querySelector('video').textTracks]
                     .find(t => t.mode === 'showing');
                   return t && t.cues && t.cues.length > 0; }"""
    )
    showing = page.evaluate(
        """() => { const t = [...document.querySelector('video').textTracks]
                     .find(t => t.mode === 'showing');
                   return [t.language, t.cues[0].text]; }"""
    )
    assert showing == [language, first_cue]
    assert page.evaluate("window.__csp") == []
    assert not [text for text in console if "Content Security Policy" in text]
    # The transcript stays, for those who cannot or will not watch.
    assert page.locator("details.transcript").is_visible()
    assert violations(page) == []


def test_the_video_step_works_without_javascript(new_page, video_module):
    page = new_page(width=360, javascript=False)
    page.goto(_step_url("fr"))
    assert page.locator("video[controls]").count() == 1
    assert "Bonjour" in page.locator("details.transcript").inner_text()
