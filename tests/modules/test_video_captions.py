"""Caption tracks of a module video: the other language's file sits beside the first."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from modules.models import Step
from modules.views import _video, captions_in


@pytest.mark.parametrize(
    ("address", "code", "expected"),
    [
        ("/static/video/gaming.nl.vtt", "fr", "/static/video/gaming.fr.vtt"),
        ("/static/video/gaming.nl.vtt", "nl", "/static/video/gaming.nl.vtt"),
        ("/static/video/gaming.fr.vtt", "nl", "/static/video/gaming.nl.vtt"),
        # A host whose name contains the language code, a port and a query survive intact.
        (
            "https://nl.video.example.org:8443/static/nl/gaming.nl.vtt?v=2#t",
            "fr",
            "https://nl.video.example.org:8443/static/nl/gaming.fr.vtt?v=2#t",
        ),
        (
            "http://127.0.0.1:8000/static/video/gaming.nl.vtt",
            "fr",
            "http://127.0.0.1:8000/static/video/gaming.fr.vtt",
        ),
    ],
)
def test_captions_in_changes_only_the_language_suffix_of_the_path(address, code, expected):
    assert captions_in(address, code) == expected


@override_settings(SITE_URL="http://127.0.0.1:8000")
def test_the_demo_video_loads_its_clip_and_captions_from_the_page_s_own_site(db):
    # make run serves on any address while SITE_URL names another: the player's addresses
    # must not name a host, or the browser asks the wrong port.
    call_command("load_demo")
    step = Step.objects.filter(kind=Step.Kind.VIDEO, module__slug="gaming").get()
    for language in ("nl", "fr"):
        with translation.override(language):
            video = _video(step)
        assert video["src"] == "/static/video/gaming.mp4"
        assert {(t["code"], t["src"], t["default"]) for t in video["tracks"]} == {
            ("nl", "/static/video/gaming.nl.vtt", language == "nl"),
            ("fr", "/static/video/gaming.fr.vtt", language == "fr"),
        }
        assert not video["cross_origin"]
