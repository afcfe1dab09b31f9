"""Moderators, certified or not, and sessions to lead; a moderator's logged-in browser."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from moderators.models import Certification, Moderator
from modules.models import Module
from tests.accounts.helpers import login_verified
from trainings.models import Province, TrainingSession, Venue

PASSWORD = "a long moderator password"


def url(name, language="nl", **kwargs):
    with translation.override(language):
        return reverse(f"moderators:{name}", kwargs=kwargs or None)


@pytest.fixture
def module(db):
    return Module.objects.create(
        number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux vidéo", version=2
    )


@pytest.fixture
def venue(db):
    return Venue.objects.create(
        slug="buurthuis-de-linde",
        name="Buurthuis De Linde",
        kind=Venue.Kind.COMMUNITY_CENTRE,
        street="Lindestraat 12",
        postcode="9000",
        municipality="Gent",
        province=Province.EAST_FLANDERS,
    )


@pytest.fixture
def make_session(venue, module):
    def make(*, modules=None, days=10, hours=2, **fields):
        starts = (timezone.now() + timedelta(days=days)).replace(microsecond=0)
        values = {
            "venue": venue,
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=hours),
            "capacity": 12,
            "status": TrainingSession.Status.CONFIRMED,
        }
        session = TrainingSession.objects.create(**(values | fields))
        session.modules.set(modules if modules is not None else [module])
        return session

    return make


@pytest.fixture
def make_moderator(db, module):
    counter = iter(range(1, 10_000))

    def make(
        *,
        name=None,
        language="nl",
        certified=None,
        certified_on=None,
        version=None,
        provinces=("east_flanders",),
        **fields,
    ):
        number = next(counter)
        name = name or f"Begeleider {number}"
        user = get_user_model().objects.create_user(
            username=f"moderator{number}",
            email=f"moderator{number}@example.org",
            password=PASSWORD,
            language=language,
        )
        values = {
            "gives_dutch": language == "nl",
            "gives_french": language == "fr",
            "provinces": list(provinces),
        }
        moderator = Moderator.objects.create(user=user, name=name, **(values | fields))
        day = certified_on or timezone.localdate() - timedelta(days=30)
        for item in certified if certified is not None else [module]:
            Certification.objects.create(
                moderator=moderator,
                module=item,
                version=version or item.version,
                certified_on=day,
                expires_on=Certification.default_expiry(day),
            )
        return moderator

    return make


@pytest.fixture
def moderator(make_moderator):
    return make_moderator(name="Sofie De Smet")


@pytest.fixture
def moderator_client(client, moderator):
    login_verified(client, moderator.user)  # password and second factor proven
    return client
