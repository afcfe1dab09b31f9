"""Where a parent is, and which trainings are nearest to them.

`locate("4000 Liège")`, `locate("Luik")`, `locate("sint niklaas")`, `locate("Heverlee")`
find a place in `data/be_places.csv` (every Belgian postcode and municipality, with its
Dutch and French name and coordinates; source and licence in `data/build_places.py`).
The file is read once per process, on first use.

`NearestFirst` reads a list of sessions nearest first, one page at a time, without
sorting every upcoming session: it counts how many sessions lie within 25, 50 and
100 km (one query, no sort), then fetches the page from the smallest circle that holds
it, sorted by an equirectangular distance computed in SQL (exact enough within Belgium,
and it runs on SQLite and PostgreSQL alike).
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import Case, Count, F, FloatField, Q, Value, When
from django.db.models.functions import Cast
from django.utils.translation import get_language

DATA_FILE = Path(__file__).resolve().parent / "data" / "be_places.csv"
EARTH_RADIUS_KM = 6371.0088
KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180
# The circles tried in turn before falling back to every session.
RADII_KM = (25, 50, 100)
# ASCII digits only: "⁴⁰⁰⁰" and "٤٠٠٠" are not postcodes (int() would take the second).
POSTCODE = re.compile(r"(?<![0-9])([1-9][0-9]{3})(?![0-9])", re.ASCII)
# How parents shorten saints' names: "St-Niklaas", "St Gilles", "Ste-Ode".
ABBREVIATIONS = {"st": ("sint", "saint"), "ste": ("sainte",)}


@dataclass(frozen=True)
class Place:
    name_nl: str
    name_fr: str
    lat: float
    lon: float
    postcode: str = ""

    @property
    def name(self) -> str:
        """The municipality's name in the active language ("Luik" or "Liège")."""
        return self.name_fr if (get_language() or "nl").startswith("fr") else self.name_nl


def fold(text: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces (as in build_places.py)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    for ch in "-'’.,;/()":
        text = text.replace(ch, " ")
    return " ".join(text.split())


@cache
def _places() -> tuple[dict[str, list[Place]], dict[str, Place]]:
    by_postcode: dict[str, list[Place]] = {}
    by_name: dict[str, Place] = {}
    with DATA_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] == "postcode":
                place = Place(
                    row["name_nl"], row["name_fr"], float(row["lat"]), float(row["lon"]), row["key"]
                )
                by_postcode.setdefault(row["key"], []).append(place)
            else:
                place = Place(row["name_nl"], row["name_fr"], float(row["lat"]), float(row["lon"]))
                by_name.setdefault(row["key"], place)  # the first of a rare duplicate
    return by_postcode, by_name


def _spellings(words: list[str]) -> list[str]:
    """The words as typed, and with "st"/"ste" written out."""
    spellings = [" ".join(words)]
    for i, word in enumerate(words):
        for full in ABBREVIATIONS.get(word, ()):
            spellings.append(" ".join([*words[:i], full, *words[i + 1 :]]))
    return spellings


def _by_name(text: str) -> Place | None:
    by_name = _places()[1]
    words = fold(text).split()[:8]
    # The longest run of words that names a place: "Gent centrum" is Gent.
    for length in range(len(words), 0, -1):
        for start in range(len(words) - length + 1):
            for spelling in _spellings(words[start : start + length]):
                if spelling in by_name:
                    return by_name[spelling]
    return None


def locate(text: str) -> Place | None:
    """The place a parent means by a postcode, a municipality or a village, in either language."""
    text = (text or "").strip()[:80]
    if not text:
        return None
    by_postcode = _places()[0]
    match = POSTCODE.search(text)
    if match and match.group(1) in by_postcode:
        candidates = by_postcode[match.group(1)]
        # "1050 Elsene" or "1050 Ixelles": when several municipalities share a postcode,
        # the name typed beside it picks one.
        named = _by_name(text.replace(match.group(1), " "))
        for place in candidates:
            if named and named.name_nl == place.name_nl:
                return place
        return candidates[0]
    if match:
        return None  # a number that is no Belgian postcode: not a place name either
    return _by_name(text)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


class NearestFirst:
    """Upcoming sessions nearest to `origin` first, as a Paginator reads them.

    With `language_first` set (the page's language, when the parent did not choose one),
    sessions in that language come first, each group nearest first. The count is one
    aggregate over the filtered sessions (no sort); a page is read from the smallest
    circle that is sure to hold it: when a circle of radius r holds at least n sessions,
    the n nearest all lie within it, so the rest never need sorting. The bounding box of
    the circle lets the database use the venue coordinates index.
    """

    def __init__(self, sessions, origin: Place, *, language_first: str | None = None):
        self.sessions = sessions
        self.origin = origin
        self.language_first = language_first
        self._counts: dict[str, int] | None = None

    # -- SQL pieces ------------------------------------------------------------------------
    def _with_distance(self, sessions):
        """`distance2`: squared km, equirectangular around the origin's latitude."""
        scale_x = KM_PER_DEGREE * math.cos(math.radians(self.origin.lat))
        dx = (F("venue__longitude") - Value(self.origin.lon)) * Value(scale_x)
        dy = (F("venue__latitude") - Value(self.origin.lat)) * Value(KM_PER_DEGREE)
        return sessions.alias(distance2=Cast(dx * dx + dy * dy, FloatField()))

    def _within(self, radius: int | None) -> Q:
        """The circle, and around it the box that the coordinates index can read."""
        if radius is None:
            return Q()
        dlat = radius / KM_PER_DEGREE
        dlon = radius / (KM_PER_DEGREE * math.cos(math.radians(self.origin.lat)))
        return Q(
            distance2__lte=radius * radius,
            venue__latitude__range=(self.origin.lat - dlat, self.origin.lat + dlat),
            venue__longitude__range=(self.origin.lon - dlon, self.origin.lon + dlon),
        )

    def _first(self) -> Q | None:
        return None if self.language_first is None else Q(language=self.language_first)

    # -- what Paginator asks ---------------------------------------------------------------
    def _count_all(self) -> dict[str, int]:
        """How many sessions in all, and per language group within each radius: one query,
        grouped by (group, ring); no sort."""
        if self._counts is None:
            first = self._first()
            ring = Case(
                *(When(distance2__lte=r * r, then=Value(i)) for i, r in enumerate(RADII_KM)),
                default=Value(len(RADII_KM)),
            )
            group = Value(0) if first is None else Case(When(first, then=Value(0)), default=1)
            rows = (
                self._with_distance(self.sessions.order_by().prefetch_related(None))
                .annotate(ring=ring, group=group)
                .values("group", "ring")
                .annotate(n=Count("pk"))
            )
            counts = dict.fromkeys(
                ["total", "first", *(f"{g}_{r}" for g in ("first", "second") for r in RADII_KM)],
                0,
            )
            for row in rows:
                name = "first" if row["group"] == 0 else "second"
                counts["total"] += row["n"]
                if name == "first":
                    counts["first"] += row["n"]
                for i, radius in enumerate(RADII_KM):
                    if row["ring"] <= i:
                        counts[f"{name}_{radius}"] += row["n"]
            self._counts = counts
        return self._counts

    def count(self) -> int:
        return self._count_all()["total"]

    def _radius(self, group: str, needed: int) -> int | None:
        counts = self._count_all()
        for radius in RADII_KM:
            if counts[f"{group}_{radius}"] >= needed:
                return radius
        return None

    def __getitem__(self, index: slice) -> list:
        if not isinstance(index, slice):
            raise TypeError("NearestFirst is read a page (a slice) at a time")
        start, stop = index.start or 0, index.stop
        counts = self._count_all()
        stop = counts["total"] if stop is None else min(stop, counts["total"])
        if stop <= start:
            return []
        first = self._first()
        ordering = []
        if first is None:
            wanted = self._within(self._radius("first", stop))
        else:
            in_first = counts["first"]
            wanted = first & self._within(self._radius("first", min(stop, in_first)))
            if stop > in_first:
                wanted |= ~first & self._within(self._radius("second", stop - in_first))
            ordering.append(Case(When(first, then=Value(0)), default=Value(1)))
        ordering += [F("distance2").asc(nulls_last=True), F("starts_at").asc(), F("pk").asc()]
        sessions = list(
            self._with_distance(self.sessions).filter(wanted).order_by(*ordering)[start:stop]
        )
        for session in sessions:
            venue = session.venue
            session.distance_km = (
                distance_km(self.origin.lat, self.origin.lon, venue.latitude, venue.longitude)
                if venue.latitude is not None and venue.longitude is not None
                else None
            )
        return sessions

    def __len__(self) -> int:
        return self.count()


def coordinates_for(postcode: str) -> tuple[float, float] | tuple[None, None]:
    """A venue's coordinates from its postcode (the municipality's centre)."""
    place = locate(postcode) if POSTCODE.fullmatch(postcode or "") else None
    return (place.lat, place.lon) if place else (None, None)
