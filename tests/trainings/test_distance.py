"""Trainings near a parent, by real distance, whatever way they write where they live."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import given
from hypothesis import strategies as st

from trainings.geo import Place, distance_km, locate
from trainings.models import Province, TrainingSession, Venue

PLACES = {
    # key: (postcode, municipality, province)
    "namur": ("5000", "Namur", Province.NAMUR),
    "heverlee": ("3001", "Leuven", Province.FLEMISH_BRABANT),
    "mons": ("7000", "Mons", Province.HAINAUT),
    "charleroi": ("6000", "Charleroi", Province.HAINAUT),
    "antwerp": ("2020", "Antwerpen", Province.ANTWERP),
    "sint-niklaas": ("9100", "Sint-Niklaas", Province.EAST_FLANDERS),
    "wavre": ("1300", "Wavre", Province.WALLOON_BRABANT),
    "ostend": ("8400", "Oostende", Province.WEST_FLANDERS),
}


def url(name, language="nl"):
    with translation.override(language):
        return reverse(f"trainings:{name}")


def make_venue(key, postcode, municipality, province):
    return Venue.objects.create(
        slug=key,
        name=f"Bib {municipality}",
        kind="library",
        street="Straat 1",
        postcode=postcode,
        municipality=municipality,
        province=province,
    )


def make_session(venue, *, days=7, language="nl"):
    starts = timezone.now() + timedelta(days=days)
    return TrainingSession.objects.create(
        venue=venue, starts_at=starts, ends_at=starts + timedelta(hours=2), language=language
    )


@pytest.fixture
def everywhere(db):
    """One session in each place; the furthest one starts first, so date order would lie."""
    return {
        key: make_session(make_venue(key, *place), days=20 - n)
        for n, (key, place) in enumerate(PLACES.items())
    }


def order(parent, page_language="nl", **filters):
    response = parent.get(url("sessions", page_language), filters)
    assert response.status_code == 200
    return [s.pk for s in response.context["page"].object_list]


def before(listing, first, then):
    return listing.index(first.pk) < listing.index(then.pk)


class TestWhereTheParentIs:
    @pytest.mark.parametrize(
        "typed, municipality",
        [
            ("4000", "Luik"),
            ("4000 Liège", "Luik"),
            ("Luik", "Luik"),
            ("Liège", "Luik"),
            ("liege", "Luik"),
            ("Sint-Niklaas", "Sint-Niklaas"),
            ("sint niklaas", "Sint-Niklaas"),
            ("St-Niklaas", "Sint-Niklaas"),
            ("Heverlee", "Leuven"),
            ("Gand", "Gent"),
            ("  GENT centrum ", "Gent"),
            ("1050 Ixelles", "Elsene"),
        ],
    )
    def test_understood(self, typed, municipality):
        assert locate(typed).name_nl == municipality

    @pytest.mark.parametrize("typed", ["", "Atlantis", "9999", "⁴⁰⁰⁰", "٤٠٠٠", "４０００", "12345"])
    def test_not_a_belgian_place(self, typed):
        # ASCII digits only: superscript, Arabic-Indic and full-width digits are no postcode.
        assert locate(typed) is None

    @given(st.text(max_size=100))
    def test_any_text_answers_without_crashing(self, typed):
        place = locate(typed)
        assert place is None or (49.4 < place.lat < 51.6 and 2.5 < place.lon < 6.5)


@pytest.mark.django_db
class TestNearestFirst:
    def test_a_parent_in_liege(self, parent, everywhere):
        listing = order(parent, place="4000")
        # Namur 53 km, Heverlee 67 km, Charleroi 83 km, Antwerp 105 km, Mons 116 km: the
        # difference of postcodes put 3001 before 5000 and 2020 before 6000. (Antwerp is
        # really nearer to Liège than Mons is, so that pair of the issue stays as it was.)
        assert before(listing, everywhere["namur"], everywhere["heverlee"])
        assert before(listing, everywhere["charleroi"], everywhere["antwerp"])
        assert before(listing, everywhere["antwerp"], everywhere["mons"])
        assert listing[0] == everywhere["namur"].pk

    def test_a_parent_in_antwerp(self, parent, everywhere):
        listing = order(parent, place="2060")
        assert listing[:2] == [everywhere["antwerp"].pk, everywhere["sint-niklaas"].pk]
        assert before(listing, everywhere["sint-niklaas"], everywhere["wavre"])
        assert before(listing, everywhere["sint-niklaas"], everywhere["ostend"])

    @pytest.mark.parametrize("typed", ["Luik", "4000 Liège", "liege"])
    def test_by_name_as_by_postcode(self, parent, everywhere, typed):
        assert order(parent, place=typed) == order(parent, place="4000")

    def test_sint_niklaas_by_name(self, parent, everywhere):
        listing = order(parent, place="Sint-Niklaas")
        assert listing[0] == everywhere["sint-niklaas"].pk
        assert len(listing) == len(PLACES)  # nearest first, nobody left out

    def test_the_page_says_nearest_first(self, parent, everywhere):
        page = parent.get(url("sessions"), {"place": "Luik"}).content.decode()
        assert "Luik" in page
        response = parent.get(url("sessions"), {"place": "4000"})
        first = response.context["page"].object_list[0]
        assert 45 < first.distance_km < 60  # Namur is about 53 km from Liège

    @pytest.mark.parametrize("typed", ["⁴⁰⁰⁰", "٤٠٠٠", "４０００", "¹²³"])
    def test_other_digits_never_crash(self, parent, everywhere, typed):
        response = parent.get(url("sessions"), {"place": typed})
        assert response.status_code == 200
        assert list(response.context["page"].object_list) == []

    def test_the_pages_language_first_unless_the_parent_chose(self, parent, everywhere):
        french_far = make_session(Venue.objects.get(slug="ostend"), language="fr")
        dutch = order(parent, "nl", place="2060")
        french = order(parent, "fr", place="2060")
        assert dutch[-1] == french_far.pk  # Dutch page: the French session after the Dutch ones
        assert french[0] == french_far.pk  # French page: the only French session first
        chosen = order(parent, "fr", place="2060", language="nl")
        assert french_far.pk not in chosen and chosen[0] == everywhere["antwerp"].pk

    def test_a_venue_gets_its_coordinates_from_its_postcode(self, everywhere):
        venue = Venue.objects.get(slug="namur")
        assert venue.latitude == pytest.approx(50.47, abs=0.05)
        assert venue.longitude == pytest.approx(4.87, abs=0.05)


@pytest.mark.django_db
class TestPagesFarAway:
    """Widening circles: the first page comes from nearby, the later ones from further."""

    @pytest.fixture
    def many(self, db):
        near = make_venue("luik", "4000", "Luik", Province.LIEGE)  # 0 km
        middle = make_venue("namur", "5000", "Namur", Province.NAMUR)  # ~53 km
        far = make_venue("oostende", "8400", "Oostende", Province.WEST_FLANDERS)  # ~190 km
        nowhere = make_venue("nowhere", "4000", "Luik", Province.LIEGE)
        Venue.objects.filter(pk=nowhere.pk).update(latitude=None, longitude=None)
        sessions = {"near": [], "middle": [], "far": [], "nowhere": []}
        for n in range(15):
            sessions["far"].append(make_session(far, days=1 + n))
            sessions["middle"].append(make_session(middle, days=2 + n))
            sessions["near"].append(make_session(near, days=3 + n))
        sessions["nowhere"].append(make_session(nowhere, days=1))
        return sessions

    def test_every_page_in_distance_then_date_order(self, parent, many):
        expected = [
            s.pk for group in ("near", "middle", "far", "nowhere") for s in many[group]
        ]  # each group is already in date order
        seen = []
        for number in (1, 2, 3):
            response = parent.get(url("sessions"), {"place": "4000", "page": number})
            assert response.context["page"].paginator.count == 46
            seen += [s.pk for s in response.context["page"].object_list]
        assert seen == expected

    @pytest.mark.parametrize("extra", [0, 40])
    def test_the_same_queries_whatever_the_number(
        self, parent, many, extra, django_assert_num_queries
    ):
        venue = Venue.objects.get(slug="oostende")
        for n in range(extra):
            make_session(venue, days=30 + n)
        client = Client()
        # modules for the filter, counts, page of sessions with venues, their modules, footer.
        for page in (1, 3):
            with django_assert_num_queries(5):
                assert client.get(url("sessions"), {"place": "Luik", "page": page}).status_code


@pytest.mark.django_db
class TestCityDistricts:
    """A city's districts have their own postcodes and their own place on the map."""

    def test_deurne_is_not_at_antwerps_centre(self):
        centre, deurne = locate("2000"), locate("2100")
        assert (deurne.name_nl, deurne.name_fr) == ("Antwerpen", "Anvers")
        assert 3 < distance_km(centre.lat, centre.lon, deurne.lat, deurne.lon) < 6
        assert locate("Deurne") == Place("Antwerpen", "Anvers", deurne.lat, deurne.lon)

    def test_a_parent_in_deurne_sees_the_deurne_venue_close_by(self, parent):
        deurne = make_session(make_venue("deurne", "2100", "Antwerpen", Province.ANTWERP))
        hoboken = make_session(make_venue("hoboken", "2660", "Antwerpen", Province.ANTWERP))
        response = parent.get(url("sessions"), {"place": "Deurne"})
        listing = [session.pk for session in response.context["page"].object_list]
        assert listing == [deurne.pk, hoboken.pk]
        page = response.content.decode()
        assert "dichtbij" in page and "minder dan 1 km" not in page
        assert re.search(r"ongeveer (9|10|11) km hiervandaan", page)  # Deurne to Hoboken
