"""Belgian municipalities in Dutch and in French.

A venue stores its municipality's official name (the Dutch one in Flanders, the French
one in Wallonia, the Dutch one for the bilingual Brussels municipalities). Parents
search and read in their own language: a French-speaking parent looks for "Gand" or
"Bruxelles", a Dutch-speaking one for "Luik". This list holds the names that differ.
"""

from __future__ import annotations

import unicodedata

from django.utils.translation import get_language

# (Dutch, French) where the two differ.
NAMES = [
    # Brussels-Capital Region: both names are official.
    ("Brussel", "Bruxelles"),
    ("Oudergem", "Auderghem"),
    ("Sint-Agatha-Berchem", "Berchem-Sainte-Agathe"),
    ("Vorst", "Forest"),
    ("Elsene", "Ixelles"),
    ("Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    ("Sint-Gillis", "Saint-Gilles"),
    ("Sint-Joost-ten-Node", "Saint-Josse-ten-Noode"),
    ("Schaarbeek", "Schaerbeek"),
    ("Ukkel", "Uccle"),
    ("Watermaal-Bosvoorde", "Watermael-Boitsfort"),
    ("Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
    ("Sint-Pieters-Woluwe", "Woluwe-Saint-Pierre"),
    ("Laken", "Laeken"),
    # Flanders.
    ("Antwerpen", "Anvers"),
    ("Gent", "Gand"),
    ("Brugge", "Bruges"),
    ("Leuven", "Louvain"),
    ("Mechelen", "Malines"),
    ("Kortrijk", "Courtrai"),
    ("Oostende", "Ostende"),
    ("Ieper", "Ypres"),
    ("Aalst", "Alost"),
    ("Dendermonde", "Termonde"),
    ("Sint-Niklaas", "Saint-Nicolas"),
    ("Sint-Truiden", "Saint-Trond"),
    ("Tienen", "Tirlemont"),
    ("Tongeren", "Tongres"),
    ("Halle", "Hal"),
    ("Vilvoorde", "Vilvorde"),
    ("Roeselare", "Roulers"),
    ("Lier", "Lierre"),
    ("Oudenaarde", "Audenarde"),
    ("Ronse", "Renaix"),
    ("Geraardsbergen", "Grammont"),
    ("Veurne", "Furnes"),
    ("Menen", "Menin"),
    ("Diksmuide", "Dixmude"),
    ("Temse", "Tamise"),
    ("Borgloon", "Looz"),
    ("Zoutleeuw", "Léau"),
    ("Sint-Kruis", "Sainte-Croix"),
    ("Sint-Andries", "Saint-André"),
    # Wallonia.
    ("Luik", "Liège"),
    ("Namen", "Namur"),
    ("Bergen", "Mons"),
    ("Doornik", "Tournai"),
    ("Nijvel", "Nivelles"),
    ("Waver", "Wavre"),
    ("Aarlen", "Arlon"),
    ("Moeskroen", "Mouscron"),
    ("Komen", "Comines"),
    ("Edingen", "Enghien"),
    ("Aat", "Ath"),
    ("Zinnik", "Soignies"),
    ("Geldenaken", "Jodoigne"),
    ("Borgworm", "Waremme"),
    ("Hoei", "Huy"),
    ("Hannuit", "Hannut"),
    ("Wezet", "Visé"),
    ("Eigenbrakel", "Braine-l'Alleud"),
    ("Lessen", "Lessines"),
    ("Tubeke", "Tubize"),
    ("Bastenaken", "Bastogne"),
]

_BY_NAME = {name: pair for pair in NAMES for name in pair}


def _plain(text: str) -> str:
    """Lower case without accents: 'Liège' and 'liege' are the same search."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def local_name(municipality: str, language: str | None = None) -> str:
    """The municipality as a reader of `language` (default: the active one) knows it."""
    pair = _BY_NAME.get(municipality)
    if pair is None:
        return municipality
    return pair[1] if (language or get_language() or "nl").startswith("fr") else pair[0]


def official_names(query: str) -> list[str]:
    """Every name, in either language, of the municipalities whose name contains `query`."""
    wanted = _plain(query.strip())
    if not wanted:
        return []
    return sorted(
        {name for pair in NAMES if any(wanted in _plain(n) for n in pair) for name in pair}
    )
