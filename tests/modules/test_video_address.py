"""A coordinator gives a step its clip in the admin: a path on the site (as the demo's clips
are) is kept; an address the parents' browsers would refuse to play is refused, with why."""

from __future__ import annotations

import html

import pytest
from django.test import override_settings
from django.urls import reverse

from modules.models import Module, Step
from tests.modules.test_admin import change_form_data


@pytest.fixture
def video_step(db):
    module = Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux")
    return Step.objects.create(
        module=module, key="clip", order=0, kind=Step.Kind.VIDEO, title_nl="Kijk even"
    )


def save(coordinator, step, **fields):
    url = reverse("admin:modules_step_change", args=[step.pk])
    data = change_form_data(coordinator.get(url))
    data.update(fields)
    return coordinator.post(url, data)


def test_a_path_on_the_site_is_kept(coordinator, video_step):
    response = save(
        coordinator,
        video_step,
        video_url="/static/video/gaming.mp4",
        captions_url="/static/video/gaming.nl.vtt",
    )
    assert response.status_code == 302
    video_step.refresh_from_db()
    assert video_step.video_url == "/static/video/gaming.mp4"
    assert video_step.captions_url == "/static/video/gaming.nl.vtt"


@override_settings(VIDEO_ORIGIN="https://video.example.org", SITE_URL="https://veiligonline.be")
def test_the_video_host_and_the_site_itself_are_allowed(coordinator, video_step):
    for address in ("https://video.example.org/gaming.mp4", "https://veiligonline.be/v.mp4"):
        assert save(coordinator, video_step, video_url=address).status_code == 302
        video_step.refresh_from_db()
        assert video_step.video_url == address


@override_settings(VIDEO_ORIGIN="https://video.example.org", SITE_URL="https://veiligonline.be")
def test_an_address_elsewhere_is_refused_with_the_reason_and_kept_in_the_field(
    coordinator, video_step
):
    elsewhere = "https://www.youtube.com/watch?v=abc"
    response = save(coordinator, video_step, video_url=elsewhere)
    assert response.status_code == 200
    page = html.unescape(response.content.decode())
    assert "https://video.example.org" in page and "VIDEO_ORIGIN" in page
    assert f'value="{elsewhere}"' in page  # what they typed stays
    video_step.refresh_from_db()
    assert video_step.video_url == ""


@pytest.mark.parametrize("address", ["static/video/x.mp4", "//evil.example/x.mp4", "javascript:x"])
def test_neither_a_relative_path_nor_another_scheme_is_accepted(coordinator, video_step, address):
    assert save(coordinator, video_step, video_url=address).status_code == 200
    video_step.refresh_from_db()
    assert video_step.video_url == ""
