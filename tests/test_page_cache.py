"""Public pages come from the shared cache; what a coordinator publishes and what a
registration changes shows at once; nothing personal is ever kept."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from modules.models import Module, Step
from tests.private_links import give_link
from trainings.models import Province, Registration, TrainingSession, Venue
from veiligonline.lib import pagecache
from veiligonline.models import Article, HelpContact

HEADER = pagecache.HEADER


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def kept_pages() -> list[str]:
    """Every page the cache holds now, as text (the test settings use local memory)."""
    pages = []
    for key in list(cache._cache):  # LocMemCache's own dict: the whole cache, no guessing
        value = cache.get(key.split(":", 2)[-1])
        if isinstance(value, dict) and "content" in value:
            pages.append(value["content"])
    return pages


@pytest.fixture(autouse=True)
def local_cache(settings):
    """Local memory, whatever REDIS_URL says: kept_pages() reads the whole cache. (Redis
    keeps pages in tests/test_production_stack.py.)"""
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cache.clear()


@pytest.fixture
def visitor():
    """A parent's browser, with no cookie yet: the CSRF checks on, as in a real browser."""
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def module(db):
    module = Module.objects.create(
        number=4,
        slug="gaming",
        status=Module.Status.PUBLISHED,
        title_nl="Gamen",
        title_fr="Jeux vidéo",
        promise_nl="Je weet hoe je over games praat.",
        promise_fr="Vous savez parler des jeux.",
    )
    for order, key in enumerate(["intro", "outro"]):
        Step.objects.create(
            module=module,
            key=key,
            order=order,
            kind=Step.Kind.TEXT,
            title_nl=f"Stap {key}",
            title_fr=f"Étape {key}",
            body_nl="Tekst.",
            body_fr="Texte.",
        )
    return module


@pytest.fixture
def session(db, module):
    venue = Venue.objects.create(
        slug="bib-gent",
        name="Bibliotheek De Krook",
        kind=Venue.Kind.LIBRARY,
        street="Miriam Makebaplein 1",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )
    starts = timezone.now() + timedelta(days=9)
    session = TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), capacity=10
    )
    session.modules.add(module)
    return session


class TestServedFromTheCache:
    def test_a_second_visit_is_answered_without_the_database(
        self, visitor, make_article, django_assert_num_queries
    ):
        make_article(title_nl="Praat over games")
        first = visitor.get(url("veiligonline:articles"))
        assert first[HEADER] == "stored"
        with django_assert_num_queries(0):
            second = visitor.get(url("veiligonline:articles"))
        assert second[HEADER] == "hit"
        assert second.content == first.content
        assert "Praat over games" in second.content.decode()

    def test_each_language_and_query_has_its_own_page(self, visitor, make_article):
        make_article(title_nl="Over games", title_fr="Les jeux")
        assert "Over games" in visitor.get(url("veiligonline:articles")).content.decode()
        french = visitor.get(url("veiligonline:articles", "fr"))
        assert french[HEADER] == "stored" and "Les jeux" in french.content.decode()
        assert visitor.get(url("veiligonline:articles"), {"page": "1"})[HEADER] == "stored"
        # The same parameters in another order are the same page.
        visitor.get(url("veiligonline:articles"), {"theme": "", "age": ""})
        assert visitor.get(url("veiligonline:articles") + "?age=&theme=")[HEADER] == "hit"

    @pytest.mark.parametrize(
        "name", ["veiligonline:home", "veiligonline:help", "modules:list", "trainings:sessions"]
    )
    def test_public_pages_are_kept(self, visitor, name, module, help_contact):
        assert visitor.get(url(name))[HEADER] == "stored"
        assert visitor.get(url(name))[HEADER] == "hit"


class TestNewContentShowsAtOnce:
    def test_a_published_article_appears_on_the_kept_pages(
        self, visitor, coordinator, make_article
    ):
        draft = make_article(title_nl="Nieuw: Roblox", status=Article.Status.DRAFT)
        for name in ("veiligonline:home", "veiligonline:articles"):
            assert "Nieuw: Roblox" not in visitor.get(url(name)).content.decode()
            assert visitor.get(url(name))[HEADER] == "hit"
        changelist = reverse("admin:veiligonline_article_changelist")
        coordinator.post(changelist, {"action": "publish", "_selected_action": [draft.pk]})
        for name in ("veiligonline:home", "veiligonline:articles"):
            page = visitor.get(url(name))
            assert page[HEADER] == "stored"
            assert "Nieuw: Roblox" in page.content.decode()
        # Taken offline again: gone from the kept pages too.
        coordinator.post(changelist, {"action": "unpublish", "_selected_action": [draft.pk]})
        assert "Nieuw: Roblox" not in visitor.get(url("veiligonline:articles")).content.decode()

    def test_an_edited_help_contact_and_page_text(self, visitor, help_contact):
        visitor.get(url("veiligonline:help"))
        help_contact.helps_with_nl = "Bel ons dag en nacht"
        help_contact.save()
        assert "Bel ons dag en nacht" in visitor.get(url("veiligonline:help")).content.decode()
        HelpContact.objects.create(slug="awel", name_nl="Awel", name_fr="Awel", in_footer=True)
        assert "Awel" in visitor.get(url("veiligonline:help")).content.decode()

    def test_the_kept_page_is_dropped_again_after_the_commit(
        self, visitor, make_article, django_capture_on_commit_callbacks
    ):
        # A visitor who renders the page between the save and its commit keeps the old
        # rows; the bump after the commit drops that page.
        visitor.get(url("veiligonline:articles"))
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            make_article(title_nl="Na de commit")
            visitor.get(url("veiligonline:articles"))
        assert callbacks
        page = visitor.get(url("veiligonline:articles"))
        assert page[HEADER] == "stored" and "Na de commit" in page.content.decode()


class TestSeats:
    def test_a_registration_changes_the_seats_on_the_kept_pages(self, visitor, session, settings):
        settings.ANTIBOT_MIN_SECONDS = 0
        session_url = url("trainings:session", pk=session.pk)
        # Public pages say how full a session is in words, never the number (a number that
        # drops would tell strangers who registered): 10 free is "places free".
        assert "Nog plaatsen vrij." in visitor.get(session_url).content.decode()
        kept = visitor.get(session_url)
        assert kept[HEADER] == "hit"
        # The kept page carries this visitor's own CSRF token and a fresh signed start
        # time: a browser with CSRF checks on can register from it.
        form = kept.content.decode()
        data = {
            name: value
            for name, value in re.findall(
                r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form
            )
        }
        assert pagecache.TOKEN_PLACEHOLDER not in form and "__vo_page_cache" not in form
        response = visitor.post(
            session_url,
            data | {"name": "Samira", "email": "samira@example.org", "adults": 7, "consent": "on"},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        assert Registration.objects.get().adults == 7
        # Another parent sees that few seats are left now; the page is kept again for them.
        page = Client().get(session_url)
        assert page[HEADER] == "stored" and "Nog enkele plaatsen vrij." in page.content.decode()
        assert "Samira" not in page.content.decode()
        # The parent who registered has what they typed in their session (for the
        # thank-you page); this page does not show it, so they get the kept page too.
        again = visitor.get(session_url)
        assert again[HEADER] == "hit" and "Samira" not in again.content.decode()

    def test_each_visitor_gets_their_own_token(self, session):
        session_url = url("trainings:session", pk=session.pk)
        first, second = Client(), Client()
        first.get(session_url)
        tokens = []
        for client in (first, second):
            page = client.get(session_url).content.decode()
            tokens.append(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1])
        assert tokens[0] != tokens[1]
        # Only the placeholder is kept, never a token or the secret behind it.
        [kept] = [page for page in kept_pages() if "csrfmiddlewaretoken" in page]
        assert pagecache.TOKEN_PLACEHOLDER in kept
        for client in (first, second):
            secret = client.cookies["csrftoken"].value
            assert secret not in kept and not any(token in kept for token in tokens)


@pytest.mark.django_db
class TestNothingPersonalIsKept:
    def test_private_links_progress_errors_admin_and_moderators(
        self, session, module, coordinator, make_article, settings
    ):
        settings.ANTIBOT_MIN_SECONDS = 0
        parent = Client()
        # A registration through the page: the thank-you page shows what was typed.
        session_url = url("trainings:session", pk=session.pk)
        parent.post(
            session_url,
            {"name": "Yasmina", "email": "yasmina@example.org", "adults": 1, "consent": "on"},
        )
        # Its private link (as the message carries it) shows the parent's name.
        registration = Registration.objects.create(
            session=session, name="Yasmina", email="yasmina2@example.org", status="confirmed"
        )
        personal = [
            url("trainings:registration", token=give_link(registration)),
            url("trainings:cancel", token=give_link(registration)),
        ]
        for path in personal:
            response = parent.get(path)
            assert response.status_code == 200
            assert response.get(HEADER) != "stored"
        # A form with errors keeps what was typed: never kept.
        errors = parent.post(session_url, {"name": "Yasmina", "email": "not-an-address"})
        assert errors.status_code == 400 and errors.get(HEADER) != "stored"
        # Module progress: the module list shows it, so it is rendered for this parent.
        parent.post(url("modules:start", slug=module.slug))
        with_progress = parent.get(url("modules:list"))
        assert with_progress[HEADER] == "bypass"
        step = parent.get(url("modules:step", slug=module.slug, key="intro"))
        assert step.get(HEADER) is None  # steps are never kept
        # The admin and a logged-in coordinator's view of the public pages.
        assert coordinator.get(reverse("admin:index")).get(HEADER) is None
        draft = make_article(title_nl="Concept", status=Article.Status.DRAFT)
        preview = coordinator.get(url("veiligonline:article", slug=draft.slug))
        assert preview.status_code == 200 and preview[HEADER] == "bypass"
        assert coordinator.get(url("veiligonline:home"))[HEADER] == "bypass"

        kept = "\n".join(kept_pages())
        thanks = parent.get(url("trainings:thanks"))
        assert "yasmina@example.org" in thanks.content.decode()
        assert thanks.get(HEADER) is None
        for secret in ("Yasmina", "yasmina@example.org", registration.token, "Concept"):
            assert secret not in kept
        for cookie in ("csrftoken", "vo_session"):
            if cookie in parent.cookies:
                assert parent.cookies[cookie].value not in kept

    def test_a_pending_message_is_shown_to_its_reader_only(self, module):
        assert Client().get(url("veiligonline:home"))[HEADER] == "stored"
        parent = Client()
        # A step before the module was started sends back with a message ...
        response = parent.get(url("modules:step", slug=module.slug, key="outro"))
        assert response.status_code == 302
        # ... which waits for the next page this parent opens, even a kept one.
        page = parent.get(url("veiligonline:home"))
        assert page[HEADER] == "bypass"
        assert "start met stap 1" in page.content.decode()
        assert not any("start met stap 1" in kept for kept in kept_pages())

    def test_a_moderators_page_is_never_kept(self, client, django_user_model):
        response = client.get(reverse("moderators:home"), follow=True)
        assert all(r.get(HEADER) in (None, "bypass") for r in [response])
        assert kept_pages() == []


class TestWhenThingsFail:
    def test_a_kept_page_is_served_while_the_database_is_down(self, visitor, make_article):
        from unittest import mock

        from django.db import OperationalError
        from django.db.backends.base.base import BaseDatabaseWrapper

        make_article(title_nl="Altijd bereikbaar")
        visitor.get(url("veiligonline:articles"))
        with mock.patch.object(
            BaseDatabaseWrapper, "cursor", side_effect=OperationalError("server closed")
        ):
            page = visitor.get(url("veiligonline:articles"))
        assert page.status_code == 200 and "Altijd bereikbaar" in page.content.decode()

    def test_without_a_cache_pages_are_rendered(self, visitor, make_article):
        down = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
                "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
            }
        }
        with override_settings(CACHES=down):
            make_article(title_nl="Zonder cache")
            page = visitor.get(url("veiligonline:articles"))
        assert page.status_code == 200 and "Zonder cache" in page.content.decode()


def test_the_benchmarks_bare_view_is_absent_unless_benchmarking(client, db):
    # benchmarks/load.py starts the server with BENCHMARK=1; nobody else ever does.
    assert client.get("/bench/bare/").status_code == 404
