"""Fixtures shared by every test: the people who use the portal, and content to show them."""

from __future__ import annotations

import io
import logging
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone, translation

from tests.accounts.helpers import login_verified
from veiligonline.models import AgeGroup, Article, HelpContact, Theme


class _ErrorCollector(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_logged_errors():
    """Any error logged during a test (a 500, a failed task) fails that test."""
    collector = _ErrorCollector()
    root = logging.getLogger()
    root.addHandler(collector)
    yield collector
    root.removeHandler(collector)
    messages = [record.getMessage() for record in collector.records]
    assert not messages, f"errors were logged: {messages}"


@pytest.fixture
def parent(client):
    """A parent or grandparent: no account, just a browser."""
    return client


@pytest.fixture
def coordinator(db, django_user_model, client):
    user = django_user_model.objects.create_user(
        username="coordinator", password="a long test password", is_staff=True, is_superuser=True
    )
    # A coordinator who has proven the second factor, as every admin page requires.
    login_verified(client, user)
    return client


@pytest.fixture
def themes(db):
    return {
        theme.slug: theme
        for theme in [
            Theme.objects.create(slug="gaming", order=1, name_nl="Gamen", name_fr="Jeux vidéo"),
            Theme.objects.create(
                slug="cyberbullying", order=2, name_nl="Cyberpesten", name_fr="Cyberharcèlement"
            ),
            Theme.objects.create(slug="privacy", order=3, name_nl="Privacy", name_fr="Vie privée"),
        ]
    }


@pytest.fixture
def age_groups(db):
    return {
        group.slug: group
        for group in [
            AgeGroup.objects.create(
                slug="6-9", min_age=6, max_age=9, name_nl="6 tot 9 jaar", name_fr="6 à 9 ans"
            ),
            AgeGroup.objects.create(
                slug="13-15",
                min_age=13,
                max_age=15,
                name_nl="13 tot 15 jaar",
                name_fr="13 à 15 ans",
            ),
        ]
    }


@pytest.fixture
def make_article(db):
    counter = iter(range(1, 10_000))

    def make(
        *,
        themes=(),
        age_groups=(),
        status=Article.Status.PUBLISHED,
        published_at=None,
        french=True,
        **fields,
    ):
        number = next(counter)
        values = {
            "slug": f"artikel-{number}",
            "title_nl": f"Artikel {number}",
            "summary_nl": f"Korte samenvatting {number}.",
            "body_nl": f"Tekst van artikel {number}. Praat erover met je kind.",
        }
        if french:
            values |= {
                "title_fr": f"Article {number}",
                "summary_fr": f"Court résumé {number}.",
                "body_fr": f"Texte de l'article {number}. Parlez-en avec votre enfant.",
            }
        values |= fields
        article = Article.objects.create(
            status=status,
            published_at=published_at or timezone.now() - timedelta(days=1),
            **values,
        )
        article.themes.set(themes)
        article.age_groups.set(age_groups)
        return article

    return make


@pytest.fixture
def help_contact(db):
    return HelpContact.objects.create(
        slug="child-focus",
        phone="116 000",
        in_footer=True,
        name_nl="Child Focus",
        name_fr="Child Focus",
        helps_with_nl="Vermissing en seksuele uitbuiting",
        helps_with_fr="Disparitions et exploitation sexuelle",
    )


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def people_not_bots(settings):
    """Rate-limit counters (and kept pages) start from zero in every test, and the test client, which sends
    a form back in a millisecond without its signed time, passes for a person; the bot
    checks' own tests (tests/trainings/test_floods.py) turn them on."""
    from django.core.cache import cache

    settings.ANTIBOT_ENABLED = False
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Real hashing costs ~0.3 s a login; the tests check behaviour, not the hash.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def dutch_by_default():
    # A request handled by the test client leaves its language active in this thread;
    # each test starts from the default, as a new visitor would.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True, scope="session")
def tasks_run_in_the_test():
    """A task queued after commit runs at once, in the test's own database and thread.

    Tests that need a real worker and broker start one (tests/outbox/test_worker.py).
    """
    from veiligonline.celery import app

    app.conf.task_always_eager = True
    yield
    app.conf.task_always_eager = False


@pytest.fixture(autouse=True)
def sms_in_memory(settings):
    from outbox import sms

    settings.SMS_BACKEND = "outbox.sms.LocmemBackend"
    sms.sent.clear()
    yield sms.sent
