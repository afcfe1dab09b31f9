"""Names parents type in the search box, and what they should find.

Parents search for the app or game their child uses ("Fortnite", "TikTok"); the advice
speaks of gaming and social media. Each entry leads a search to the words the articles
use (Dutch, French), to themes (by slug) and to an interactive module (by slug).
Coordinators edit these afterwards in the admin ("Search synonyms"); loading again only
adds what is missing, it never overwrites their changes.
"""

from __future__ import annotations

GAMING_NL = "gamen, games, online spel, spelletjes"
GAMING_FR = "jeux vidéo, jeu vidéo, jeux en ligne, jouer"
SOCIAL_NL = "sociale media, berichten, video's, influencer"
SOCIAL_FR = "réseaux sociaux, messages, vidéos, influenceur"
CHAT_NL = "chatten, chat, berichten"
CHAT_FR = "chat, messagerie, messages"
GAMING = ["gaming", "screen-time"]
SOCIAL = ["social-media", "screen-time"]

# (term, Dutch words, French words, theme slugs, module slug)
SYNONYMS = [
    ("Fortnite", GAMING_NL + ", chat", GAMING_FR + ", chat", GAMING, "gaming"),
    (
        "Roblox",
        GAMING_NL + ", chat",
        GAMING_FR + ", chat",
        GAMING + ["relations-sexuality"],
        "gaming",
    ),
    ("Minecraft", GAMING_NL, GAMING_FR, GAMING, "gaming"),
    ("FIFA", GAMING_NL + ", lootbox, betalen", GAMING_FR + ", loot box, achats", GAMING, "gaming"),
    ("EA FC", GAMING_NL + ", lootbox, betalen", GAMING_FR + ", loot box, achats", GAMING, "gaming"),
    ("EA Sports FC", GAMING_NL + ", lootbox", GAMING_FR + ", loot box", GAMING, "gaming"),
    ("Brawl Stars", GAMING_NL + ", betalen", GAMING_FR + ", achats", GAMING, "gaming"),
    ("Clash Royale", GAMING_NL + ", betalen", GAMING_FR + ", achats", GAMING, "gaming"),
    ("Clash of Clans", GAMING_NL + ", betalen", GAMING_FR + ", achats", GAMING, "gaming"),
    ("Among Us", GAMING_NL + ", chat", GAMING_FR + ", chat", GAMING, "gaming"),
    ("GTA", GAMING_NL + ", PEGI, leeftijd", GAMING_FR + ", PEGI, âge", GAMING, "gaming"),
    ("Grand Theft Auto", GAMING_NL + ", PEGI", GAMING_FR + ", PEGI", GAMING, "gaming"),
    ("Call of Duty", GAMING_NL + ", PEGI", GAMING_FR + ", PEGI", GAMING, "gaming"),
    ("Pokémon GO", GAMING_NL, GAMING_FR, GAMING, "gaming"),
    ("PlayStation", GAMING_NL, GAMING_FR, GAMING, "gaming"),
    ("Xbox", GAMING_NL, GAMING_FR, GAMING, "gaming"),
    ("Nintendo", GAMING_NL, GAMING_FR, GAMING, "gaming"),
    ("Twitch", GAMING_NL + ", livestream", GAMING_FR + ", direct", GAMING, "gaming"),
    (
        "Discord",
        CHAT_NL + ", gamen",
        CHAT_FR + ", jeux vidéo",
        GAMING + ["relations-sexuality"],
        "gaming",
    ),
    ("TikTok", SOCIAL_NL, SOCIAL_FR, SOCIAL, "social-media"),
    ("Instagram", SOCIAL_NL + ", foto's", SOCIAL_FR + ", photos", SOCIAL, "social-media"),
    ("Insta", SOCIAL_NL + ", foto's", SOCIAL_FR + ", photos", SOCIAL, "social-media"),
    (
        "Snapchat",
        SOCIAL_NL + ", foto's",
        SOCIAL_FR + ", photos",
        SOCIAL + ["relations-sexuality"],
        "social-media",
    ),
    ("Snap", SOCIAL_NL + ", foto's", SOCIAL_FR + ", photos", SOCIAL, "social-media"),
    ("BeReal", SOCIAL_NL + ", foto's", SOCIAL_FR + ", photos", SOCIAL, "social-media"),
    ("YouTube", "video's, influencer, filmpjes", "vidéos, influenceur", SOCIAL, "social-media"),
    ("Facebook", SOCIAL_NL, SOCIAL_FR, SOCIAL, "social-media"),
    ("Pinterest", SOCIAL_NL, SOCIAL_FR, SOCIAL, "social-media"),
    ("Twitter", SOCIAL_NL, SOCIAL_FR, SOCIAL, "social-media"),
    (
        "WhatsApp",
        CHAT_NL + ", groepschat",
        CHAT_FR + ", groupe",
        ["social-media", "cyberbullying"],
        "social-media",
    ),
    ("Telegram", CHAT_NL, CHAT_FR, ["social-media"], "social-media"),
    ("Messenger", CHAT_NL, CHAT_FR, ["social-media"], "social-media"),
    (
        "Omegle",
        CHAT_NL + ", onbekenden",
        CHAT_FR + ", inconnus",
        ["relations-sexuality"],
        "relations-sexuality",
    ),
    (
        "Tinder",
        "daten, relaties, onbekenden",
        "rencontres, relations, inconnus",
        ["relations-sexuality"],
        "relations-sexuality",
    ),
    (
        "OnlyFans",
        "naaktfoto, seksualiteit",
        "photos intimes, sexualité",
        ["relations-sexuality"],
        "relations-sexuality",
    ),
    (
        "ChatGPT",
        "artificiële intelligentie, AI, privacy",
        "intelligence artificielle, IA, vie privée",
        ["privacy"],
        "privacy",
    ),
]


def load(SearchSynonym, Theme, Module, term_key) -> int:  # noqa: N803 - model classes
    """Add the synonyms that are missing; link themes and module only where none are set.

    Takes the model classes so that a data migration can pass its historical models.
    """
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    modules = {module.slug: module for module in Module.objects.all()}
    created = 0
    for term, words_nl, words_fr, theme_slugs, module_slug in SYNONYMS:
        synonym, was_created = SearchSynonym.objects.get_or_create(
            key=term_key(term),
            defaults={
                "term": term,
                "words_nl": words_nl,
                "words_fr": words_fr,
                "module": modules.get(module_slug),
            },
        )
        created += was_created
        if synonym.module_id is None and module_slug in modules:
            synonym.module = modules[module_slug]
            synonym.save(update_fields=["module"])
        if not synonym.themes.exists():
            synonym.themes.set([themes[slug] for slug in theme_slugs if slug in themes])
    return created
