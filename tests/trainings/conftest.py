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
