"""What the journeys walkthrough asked for, as a parent, a search engine or a newcomer meets it.

Error summaries first, videos with captions in both languages, read aloud offered, absolute
hreflang and canonical addresses, robots.txt and the sitemap, 404s for pages that do not
exist, and the portal's own 404 page even with DEBUG on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from modules.models import Module, Step
from tests.modules.conftest import add_question
from veiligonline.models import Article


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def headings(html: str) -> list[int]:
    main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    return [int(level) for level in re.findall(r"<h([1-6])\b", main)]


def title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def links(html: str, rel: str) -> list[tuple[str, str]]:
    return re.findall(rf'<link rel="{rel}"(?: hreflang="([^"]+)")? href="([^"]+)">', html)


@pytest.fixture
def gaming_module(db):
    module = Module.objects.create(
        number=4,
        slug="gaming",
        status=Module.Status.PUBLISHED,
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        promise_nl="Je weet meer.",
        promise_fr="Vous en savez plus.",
    )
    Step.objects.create(
        module=module,
        key="video",
        order=0,
        kind=Step.Kind.VIDEO,
        title_nl="Kijk",
        title_fr="Regardez",
        video_url=f"{settings.SITE_URL}/static/video/gaming.mp4",
        captions_url=f"{settings.SITE_URL}/static/video/gaming.nl.vtt",
        transcript_nl="Presentator: Dag!",
        transcript_fr="Présentateur : Bonjour !",
    )
    add_question(module, "q", 1, Step.QuestionType.SINGLE, [("Ja", True), ("Nee", False)])
    return module


class TestErrorSummary:
    def test_a_wrong_code_is_summarised_first_with_a_link_to_the_field(self, parent, db):
        response = parent.post(url("modules:resume"), {"code": "ABC"})
        html = response.content.decode()
        assert response.status_code == 400
        assert title(html).startswith("Fout: ")
        main = html.split('<main id="main"', 1)[1]
        # The summary is the first thing in the content, before the page's heading.
        assert main.index('id="error-summary"') < main.index("<h1")
        assert "Er is een probleem" in html
        assert re.search(r'<a href="#id_code">[^<]*12[^<]*</a>', html)
        assert 'id="id_code"' in html and 'aria-invalid="true"' in html
        assert "js/error-summary.js" in html

    def test_in_french_the_title_says_erreur(self, parent, db):
        html = parent.post(url("modules:resume", "fr"), {"code": "ABC"}).content.decode()
        assert title(html).startswith("Erreur\u00a0: ")
        assert "Il y a un problème" in html

    def test_a_question_without_answer_links_to_the_first_answer(self, parent, gaming_module):
        parent.get(url("modules:step", slug="gaming", key="video"))
        parent.post(url("modules:step", slug="gaming", key="video"))
        step_url = url("modules:step", slug="gaming", key="q")
        html = parent.post(step_url, {}).content.decode()
        assert '<a href="#id_answer_0">' in html and 'id="id_answer_0"' in html
        assert title(html).startswith("Fout: ")

    def test_an_unknown_filter_keeps_a_friendly_page(self, parent, themes):
        response = parent.get(url("veiligonline:articles") + "?theme=nope")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<a href="#id_theme">' in html
        assert "We kennen dit thema niet" in html or "theme" in html

    def test_no_summary_and_no_error_title_without_errors(self, parent, db):
        html = parent.get(url("modules:resume")).content.decode()
        assert "error-summary" not in html and not title(html).startswith("Fout")


class TestVideo:
    def test_the_step_plays_our_clip_with_captions_in_both_languages(self, parent, gaming_module):
        response = parent.get(url("modules:step", "fr", slug="gaming", key="video"))
        html = response.content.decode()
        assert '<video controls preload="none"' in html
        assert '<source src="/static/video/gaming.mp4">' in html  # same origin, any host
        assert re.search(
            r'<track kind="captions" src="/static/video/gaming.fr.vtt" srclang="fr" label="Français" default>',
            html,
        )
        assert re.search(
            r'<track kind="captions" src="/static/video/gaming.nl.vtt" srclang="nl" label="Nederlands">',
            html,
        )
        assert "crossorigin" not in html
        assert "Bonjour" in html  # the transcript stays
        policy = response["Content-Security-Policy"]
        assert "media-src 'self';" in policy

    def test_the_video_host_is_allowed_for_media_only(self, parent, gaming_module, settings):
        settings.VIDEO_ORIGIN = "https://video.example.org"
        Step.objects.filter(key="video").update(
            video_url="https://video.example.org/gaming.mp4",
            captions_url="https://video.example.org/gaming.nl.vtt",
        )
        response = parent.get(url("modules:step", slug="gaming", key="video"))
        directives = dict(
            d.strip().split(" ", 1) for d in response["Content-Security-Policy"].split(";")
        )
        assert directives["media-src"] == "'self' https://video.example.org"
        others = [v for k, v in directives.items() if k != "media-src"]
        assert not any("video.example.org" in value for value in others)
        html = response.content.decode()
        assert 'crossorigin="anonymous"' in html  # captions from another origin need CORS

    def test_the_demo_clips_and_captions_are_shipped(self, demo):
        steps = Step.objects.filter(kind=Step.Kind.VIDEO)
        assert steps.count() == 5
        for step in steps:
            for address in (
                step.video_url,
                step.captions_url.replace(".nl.", ".fr."),
                step.captions_url,
            ):
                # A path on the site: it loads from whatever address serves the page.
                assert address.startswith(settings.STATIC_URL)
                found = finders.find(address.removeprefix(settings.STATIC_URL))
                assert found, address
                data = Path(found).read_bytes()
                assert len(data) < 300 * 1024
                if address.endswith(".vtt"):
                    assert data.startswith(b"WEBVTT")


class TestReadAloud:
    def test_articles_and_steps_offer_it_hidden_until_the_script_finds_a_voice(
        self, parent, make_article, gaming_module
    ):
        article = make_article()
        dutch = url("veiligonline:article", slug=article.slug)
        for page_url, lang in [
            (dutch, "nl-BE"),
            (url("modules:step", "fr", slug="gaming", key="video"), "fr-BE"),
        ]:
            html = parent.get(page_url).content.decode()
            box = re.search(r"<div class=\"read-aloud[^>]*>", html).group(0)
            assert box.endswith(" hidden>")
            assert f'data-lang="{lang}"' in box
            assert '<script src="/static/js/read-aloud.js" defer></script>' in html
        assert 'data-play="Écouter"' in html
        assert 'data-play="Lees voor"' in parent.get(dutch).content.decode()

    def test_the_script_is_small_and_talks_to_nobody(self):
        script = Path(finders.find("js/read-aloud.js")).read_text()
        assert len(script) < 8 * 1024
        for call in ("fetch(", "XMLHttpRequest", "sendBeacon", "WebSocket", "http"):
            assert call not in script


class TestSearchEngines:
    def test_alternates_are_absolute_and_include_the_page_and_x_default(self, parent, make_article):
        article = make_article()
        html = parent.get(url("veiligonline:article", "fr", slug=article.slug)).content.decode()
        alternates = dict(links(html, "alternate"))
        site = settings.SITE_URL
        assert alternates == {
            "nl": f"{site}/nl/advies/{article.slug}/",
            "fr": f"{site}/fr/conseils/{article.slug}/",
            "x-default": f"{site}/nl/advies/{article.slug}/",
        }
        assert links(html, "canonical") == [("", f"{site}/fr/conseils/{article.slug}/")]

    def test_filtered_lists_name_their_own_address_without_tracking(
        self, parent, themes, make_article
    ):
        for _ in range(13):
            make_article(themes=[themes["gaming"]])
        html = parent.get(
            url("veiligonline:articles") + "?utm_source=flyer&theme=gaming&age=&page=2"
        ).content.decode()
        site = settings.SITE_URL
        assert links(html, "canonical") == [("", f"{site}/nl/advies/?theme=gaming&amp;page=2")]
        assert (
            dict(links(html, "alternate"))["fr"] == f"{site}/fr/conseils/?theme=gaming&amp;page=2"
        )
        # An unknown filter is not part of the page's address.
        html = parent.get(url("veiligonline:articles") + "?theme=nope").content.decode()
        assert links(html, "canonical") == [("", f"{site}/nl/advies/")]

    def test_list_forms_have_no_empty_action(self, parent, themes):
        for name in ("veiligonline:articles", "veiligonline:search"):
            assert 'action=""' not in parent.get(url(name)).content.decode()

    def test_headings_go_down_one_level_at_a_time(self, parent, make_article, themes, help_contact):
        make_article(themes=[themes["gaming"]], title_nl="Gamen met je kind")
        for page_url in (
            url("veiligonline:articles"),
            url("veiligonline:search") + "?q=gamen",
            url("veiligonline:help"),
            url("veiligonline:help", "fr"),
            url("veiligonline:home"),
        ):
            levels = headings(parent.get(page_url).content.decode())
            assert levels[0] == 1, page_url
            assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (
                page_url,
                levels,
            )

    def test_robots_keeps_private_links_and_the_admin_out(self, parent, db):
        response = parent.get("/robots.txt")
        text = response.content.decode()
        assert response["Content-Type"].startswith("text/plain")
        for path in (
            "/admin/",
            "/nl/aanvraag/",
            "/fr/demande/",
            "/nl/inschrijving/",
            "/fr/inscription/",
        ):
            assert f"Disallow: {path}\n" in text
        assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in text

    def test_the_sitemap_lists_public_pages_in_both_languages(
        self, parent, make_article, themes, gaming_module
    ):
        public = make_article(themes=[themes["gaming"]])
        draft = make_article(status=Article.Status.DRAFT)
        xml = parent.get("/sitemap.xml").content.decode()
        site = settings.SITE_URL
        for address in (
            f"{site}/nl/advies/{public.slug}/",
            f"{site}/fr/conseils/{public.slug}/",
            f"{site}/nl/advies/?theme=gaming",
            f"{site}{gaming_module.get_absolute_url()}",
            f"{site}{url('veiligonline:privacy', 'fr')}",
            f"{site}{url('trainings:sessions', 'fr')}",
        ):
            assert f"<loc>{address}</loc>" in xml, address
        assert draft.slug not in xml
        assert 'hreflang="x-default"' in xml
        for private in ("/aanvraag/", "/demande/", "/inschrijving/", "/admin/", "preview"):
            assert private not in xml


class TestNotFound:
    @pytest.mark.parametrize("query", ["?page=999", "?page=abc", "?page=0"])
    def test_a_page_that_does_not_exist_is_404(self, parent, make_article, query):
        make_article()
        assert parent.get(url("veiligonline:articles") + query).status_code == 404
        assert parent.get(url("veiligonline:search") + "?q=artikel&" + query[1:]).status_code == 404

    def test_the_first_page_of_an_empty_list_is_fine(self, parent, db):
        assert parent.get(url("veiligonline:articles") + "?page=1").status_code == 200

    @pytest.mark.parametrize(
        "path", ["/nl/adviez/", "/nl/advies/bestaat-niet/", "/fr/demande/onbekend/"]
    )
    def test_with_debug_on_a_typo_shows_our_own_page(self, parent, db, settings, path):
        settings.DEBUG = True
        response = parent.get(path)
        html = response.content.decode()
        assert response.status_code == 404
        assert "URLconf" not in html and "technical" not in html
        assert "<main" in html and "Veilig Online" in html

    def test_a_developer_may_ask_for_the_technical_page(self, parent, db, settings):
        settings.DEBUG = True
        settings.SHOW_TECHNICAL_404 = True
        assert "URLconf" in parent.get("/nl/adviez/").content.decode()

    def test_the_language_link_never_leaves_the_site(self, parent, db):
        response = parent.get("/", PATH_INFO="//elsewhere.example/nl/")
        html = response.content.decode()
        assert response.status_code == 404
        assert 'href="//' not in html
        assert 'href="/fr/"' in html
        assert 'rel="canonical"' not in html and 'rel="alternate"' not in html
