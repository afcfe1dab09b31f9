"""The information site in a real browser: accessible at 360 and 1280 px, usable without JavaScript."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from benchmarks.page_weight import public_paths
from tests.browser.axe import violations
from tests.browser.conftest import WIDTHS


@pytest.fixture
def demo_site(transactional_db):
    call_command("load_demo", stdout=io.StringIO())


def test_every_public_page_passes_axe(new_page, demo_site):
    paths = public_paths() + ["/nl/bestaat-niet/", "/fr/nexiste-pas/"]
    found = []
    for width in WIDTHS.values():
        page = new_page(width=width)
        for path in paths:
            page.goto(path)
            found += violations(page)
            # Nothing scrolls sideways on a 360-pixel phone.
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                found.append(f"{path} at {width} px scrolls sideways by {overflow} px")
    assert not found, "\n".join(found)


def test_a_parent_finds_advice_without_javascript(new_page, demo_site):
    page = new_page(width=WIDTHS["phone"], javascript=False)
    page.goto("/fr/")
    assert page.locator("h1").inner_text()
    # Browse: choose a theme and an age in the filter form and submit it.
    page.get_by_role("link", name="Jeux vidéo").first.click()
    page.select_option("#id_age", "13-15")
    page.get_by_role("button", name="Afficher les conseils").click()
    assert "theme=gaming" in page.url and "age=13-15" in page.url
    cards = page.locator(".card-item .card-title a")
    assert cards.count() >= 1
    title = cards.first.inner_text()
    cards.first.click()
    assert page.locator("h1").inner_text() == title
    # Switch language on the article: the same article, in Dutch.
    page.get_by_role("link", name="Nederlands").click()
    assert page.url.endswith(page.url.split("/")[-2] + "/") and "/nl/advies/" in page.url
    # Search from the home page.
    page.goto("/nl/")
    page.get_by_label("Zoek in het advies").fill("pesten")
    page.get_by_role("button", name="Zoeken").first.click()
    assert "/nl/zoeken/?q=pesten" in page.url
    assert page.locator(".card-item").count() >= 1


def test_skip_link_reaches_the_content(new_page, demo_site):
    page = new_page(width=WIDTHS["desktop"])
    page.goto("/nl/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")


def test_every_article_prints_on_one_a4(new_page, demo_site):
    from veiligonline.models import Article

    page = new_page(width=WIDTHS["desktop"])
    too_long = []
    for article in Article.objects.published():
        for language, prefix in (("nl", "/nl/advies/"), ("fr", "/fr/conseils/")):
            response = page.goto(f"{prefix}{article.slug}/")
            assert response.status == 200, (prefix, article.slug)
            page.emulate_media(media="print")
            pdf = page.pdf(format="A4", prefer_css_page_size=True)
            pages = pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")
            if pages != 1:
                too_long.append(f"{language} {article.slug}: {pages} pages")
    assert not too_long, too_long
