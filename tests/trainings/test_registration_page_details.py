"""The parent's private registration page shows back what they told us, for them to check."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation

from trainings.models import PrivateLink, Registration


def test_the_private_page_shows_the_childcare_ages_and_needs(client, make_session):
    session = make_session(childcare=True)
    registration = Registration.objects.create(
        session=session,
        name="Lea",
        email="lea@example.org",
        adults=2,
        childcare_ages="4 et 9",
        needs="Un fauteuil roulant",
        language="fr",
        status="confirmed",
    )
    token = PrivateLink.issue(registration=registration)
    with translation.override("fr"):
        private = client.get(reverse("trainings:registration", args=[token])).content.decode()
        public = client.get(reverse("trainings:session", args=[session.pk])).content.decode()
    assert "Pour 2 adultes" in private
    assert "Oui, pour des enfants de 4 et 9 ans" in private
    assert "Ce que vous nous avez dit" in private and "Un fauteuil roulant" in private
    # Never shown on a page anyone else can open.
    assert "4 et 9" not in public and "fauteuil" not in public


def test_nothing_is_listed_when_the_parent_gave_neither(client, make_session):
    registration = Registration.objects.create(
        session=make_session(), name="Jan", email="jan@example.org", status="confirmed"
    )
    token = PrivateLink.issue(registration=registration)
    with translation.override("nl"):
        page = client.get(reverse("trainings:registration", args=[token])).content.decode()
    assert "Kinderopvang voor kinderen van" not in page
    assert "Wat je ons liet weten" not in page
