"""The error summary in Chromium: first on the page, focused, its links lead to the fields."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from tests.browser.axe import violations


def _resume_url(language="nl"):
    with translation.override(language):
        return reverse("modules:resume")


@pytest.mark.parametrize("width", [360, 1280])
def test_a_mistyped_code_puts_the_focus_on_the_summary(new_page, transactional_db, width):
    page = new_page(width=width)
    page.goto(_resume_url())
    page.get_by_label("Je code").fill("ABC")
    page.get_by_role("button", name="Verdergaan").click()
    summary = page.locator("#error-summary")
    summary.wait_for()
    page.wait_for_function("() => document.activeElement.id === 'error-summary'")
    assert page.title().startswith("Fout: ")
    assert summary.bounding_box()["y"] < 400  # on the first screen, even at 360 px
    assert violations(page) == []
    summary.get_by_role("link").click()
    page.wait_for_function("() => document.activeElement.id === 'id_code'")


def test_without_javascript_the_summary_is_at_the_top(new_page, transactional_db):
    page = new_page(width=360, javascript=False)
    page.goto(_resume_url("fr"))
    page.get_by_label("Votre code").fill("ABC")
    page.get_by_role("button", name="Continuer").click()
    assert page.title().startswith("Erreur")
    summary = page.locator("#error-summary")
    assert summary.bounding_box()["y"] < 400
    assert summary.get_by_role("link").get_attribute("href") == "#id_code"
