from datetime import timedelta

import pytest
from django.utils import timezone

from trainings.models import Province, TrainingSession, Venue


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
def make_session(venue):
    def make(**fields):
        starts = timezone.now() + timedelta(days=7)
        values = {
            "venue": venue,
            "starts_at": starts,
            "ends_at": starts + timedelta(hours=2),
            "capacity": 10,
        }
        return TrainingSession.objects.create(**(values | fields))

    return make


@pytest.fixture
def booking_request(db):
    from modules.models import Module
    from trainings.models import BookingRequest

    module = Module.objects.create(number=4, slug="gaming", title_nl="Gamen", title_fr="Jeux")
    booking = BookingRequest.objects.create(
        organisation_name="Buurtwerk De Brug",
        organisation_kind="welfare",
        works_with_vulnerable_groups=True,
        contact_name="Inge",
        contact_email="inge@debrug.example.org",
        preferred_1=timezone.now() + timedelta(days=20),
        own_address="Brugstraat 4",
        own_postcode="9300",
        own_municipality="Aalst",
        expected_parents=14,
        language="nl",
        notes="Graag in de namiddag.",
    )
    booking.modules.add(module)
    return booking


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate-limit counters (the lost-link form's) start from zero in every test."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
