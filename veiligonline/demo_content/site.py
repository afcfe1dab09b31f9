"""Demo content for the Veilig Online portal: themes, age groups, help contacts and plain pages.

Dutch first, French second. Texts are written for parents and grandparents who may read
Dutch or French as a second language: short sentences, common words, "je" / "vous".

Help contacts: only numbers and addresses confirmed on an official page (see "source").
Hours are only given where they are certain; otherwise the reader is sent to the website.
"""

# --------------------------------------------------------------------------------------
# Themes
# --------------------------------------------------------------------------------------

THEMES = [
    {
        "slug": "social-media",
        "module": 1,
        "nl": {
            "name": "Sociale media",
            "description": (
                "Hoe je kind veilig en met plezier chat, post en filmpjes deelt, "
                "en hoe jij daarbij kunt helpen."
            ),
        },
        "fr": {
            "name": "Réseaux sociaux",
            "description": (
                "Comment votre enfant peut discuter, publier et partager des vidéos "
                "en sécurité, et comment vous pouvez l'aider."
            ),
        },
    },
    {
        "slug": "relations-sexuality",
        "module": 2,
        "nl": {
            "name": "Relaties en seksualiteit online",
            "description": (
                "Over vriendschap, verliefdheid, sexting en grenzen online, "
                "en hoe je daar thuis open over praat."
            ),
        },
        "fr": {
            "name": "Relations et sexualité en ligne",
            "description": (
                "L'amitié, l'amour, le sexting et les limites en ligne, "
                "et comment en parler ouvertement à la maison."
            ),
        },
    },
    {
        "slug": "privacy",
        "module": 3,
        "nl": {
            "name": "Internet en privacy",
            "description": (
                "Welke gegevens en foto's beter privé blijven, ook wat jij als ouder deelt, "
                "en hoe je de instellingen goed zet."
            ),
        },
        "fr": {
            "name": "Internet et vie privée",
            "description": (
                "Quelles infos et photos garder pour soi, aussi ce que vous partagez "
                "comme parent, et comment bien régler les paramètres."
            ),
        },
    },
    {
        "slug": "gaming",
        "module": 4,
        "nl": {
            "name": "Gamen",
            "description": (
                "Samen gamen, de leeftijdslabels van PEGI, aankopen in games "
                "en chatten met onbekenden."
            ),
        },
        "fr": {
            "name": "Jeux vidéo",
            "description": (
                "Jouer ensemble, les âges PEGI, les achats dans les jeux "
                "et les discussions avec des inconnus."
            ),
        },
    },
    {
        "slug": "cyberbullying",
        "module": 5,
        "nl": {
            "name": "Cyberpesten",
            "description": (
                "Wat je doet als je kind online gepest wordt, zelf pest "
                "of ziet dat iemand anders gepest wordt."
            ),
        },
        "fr": {
            "name": "Cyberharcèlement",
            "description": (
                "Que faire si votre enfant est harcelé en ligne, s'il harcèle lui-même "
                "ou s'il voit quelqu'un se faire harceler."
            ),
        },
    },
    {
        "slug": "screen-time",
        "module": None,
        "nl": {
            "name": "Schermtijd en gezinsleven",
            "description": (
                "Goede afspraken over schermen thuis, voor kinderen én volwassenen, "
                "met minder ruzie."
            ),
        },
        "fr": {
            "name": "Temps d'écran et vie de famille",
            "description": (
                "De bons accords sur les écrans à la maison, pour les enfants comme "
                "pour les adultes, avec moins de disputes."
            ),
        },
    },
]

# --------------------------------------------------------------------------------------
# Age groups
# --------------------------------------------------------------------------------------

AGE_GROUPS = [
    {
        "slug": "0-5",
        "min_age": 0,
        "max_age": 5,
        "nl": {
            "name": "0 tot 5 jaar",
            "description": (
                "Jonge kinderen kijken filmpjes en spelen eenvoudige spelletjes op een tablet "
                "of smartphone, het best samen met een volwassene."
            ),
        },
        "fr": {
            "name": "0 à 5 ans",
            "description": (
                "Les jeunes enfants regardent des vidéos et jouent à des petits jeux sur une "
                "tablette ou un smartphone, de préférence avec un adulte."
            ),
        },
    },
    {
        "slug": "6-9",
        "min_age": 6,
        "max_age": 9,
        "nl": {
            "name": "6 tot 9 jaar",
            "description": (
                "Kinderen spelen online spelletjes, kijken video's en zoeken hun eerste dingen "
                "op, vaak op een toestel van iemand in het gezin."
            ),
        },
        "fr": {
            "name": "6 à 9 ans",
            "description": (
                "Les enfants jouent en ligne, regardent des vidéos et font leurs premières "
                "recherches, souvent sur un appareil de la famille."
            ),
        },
    },
    {
        "slug": "10-12",
        "min_age": 10,
        "max_age": 12,
        "nl": {
            "name": "10 tot 12 jaar",
            "description": (
                "Veel kinderen krijgen een eigen smartphone, chatten met vrienden en willen op "
                "sociale media, al is de minimumleeftijd daar vaak 13 jaar."
            ),
        },
        "fr": {
            "name": "10 à 12 ans",
            "description": (
                "Beaucoup d'enfants reçoivent leur propre smartphone, discutent avec leurs amis "
                "et veulent aller sur les réseaux sociaux, où l'âge minimum est souvent de 13 ans."
            ),
        },
    },
    {
        "slug": "13-15",
        "min_age": 13,
        "max_age": 15,
        "nl": {
            "name": "13 tot 15 jaar",
            "description": (
                "Tieners zijn veel online met vrienden, delen foto's en filmpjes, gamen samen "
                "en ontdekken vriendschap, liefde en seksualiteit."
            ),
        },
        "fr": {
            "name": "13 à 15 ans",
            "description": (
                "Les ados passent beaucoup de temps en ligne avec leurs amis, partagent photos "
                "et vidéos, jouent ensemble et découvrent l'amour et la sexualité."
            ),
        },
    },
    {
        "slug": "16-18",
        "min_age": 16,
        "max_age": 18,
        "nl": {
            "name": "16 tot 18 jaar",
            "description": (
                "Jongeren regelen steeds meer zelf online, van vriendschap en liefde "
                "tot school, een studentenjob en geld."
            ),
        },
        "fr": {
            "name": "16 à 18 ans",
            "description": (
                "Les jeunes gèrent de plus en plus de choses seuls en ligne : amitiés, amour, "
                "école, job étudiant et argent."
            ),
        },
    },
]

# --------------------------------------------------------------------------------------
# Help contacts
# --------------------------------------------------------------------------------------

_HOURS_WEBSITE_NL = "Bekijk de uren op de website."
_HOURS_WEBSITE_FR = "Consultez les horaires sur le site."
_ALWAYS_NL = "Dag en nacht, elke dag. Gratis."
_ALWAYS_FR = "Jour et nuit, 7 jours sur 7. Gratuit."

HELP_CONTACTS = [
    {
        "slug": "child-focus",
        "kind": "helpline",
        "phone": "116 000",
        "email": "",
        "website_nl": "https://childfocus.be/",
        "website_fr": "https://childfocus.be/",
        "languages": ["nl", "fr"],
        "order": 10,
        "nl": {
            "name": "Child Focus",
            "helps_with": (
                "Voor vermiste kinderen en kinderen die seksueel uitgebuit worden, ook online: "
                "een naaktfoto die rondgaat, afpersing met beelden (sextortion) of grooming. "
                "Ook ouders die zich zorgen maken, kunnen bellen."
            ),
            "hours": _ALWAYS_NL,
        },
        "fr": {
            "name": "Child Focus",
            "helps_with": (
                "Pour les enfants disparus et les enfants victimes d'exploitation sexuelle, "
                "aussi en ligne : une photo intime qui circule, un chantage avec des images "
                "(sextorsion) ou du grooming. Les parents inquiets peuvent aussi appeler."
            ),
            "hours": _ALWAYS_FR,
        },
        "source": "https://childfocus.be/",
    },
    {
        "slug": "politie-101",
        "kind": "reporting",
        "phone": "101",
        "email": "",
        "website_nl": "https://www.politie.be/",
        "website_fr": "https://www.police.be/",
        "languages": ["nl", "fr"],
        "order": 20,
        "nl": {
            "name": "Politie – noodnummer 101",
            "helps_with": (
                "Is je kind in gevaar en heb je meteen de politie nodig? Bel 101. "
                "Wil je een klacht indienen, bijvoorbeeld bij afpersing of bedreiging online? "
                "Ga dan naar je lokale politie."
            ),
            "hours": _ALWAYS_NL,
        },
        "fr": {
            "name": "Police – numéro d'urgence 101",
            "helps_with": (
                "Votre enfant est en danger et vous avez besoin de la police tout de suite ? "
                "Appelez le 101. Pour porter plainte, par exemple pour du chantage ou des "
                "menaces en ligne, allez à votre police locale."
            ),
            "hours": _ALWAYS_FR,
        },
        "source": "https://www.112.be/",
    },
    {
        "slug": "noodnummer-112",
        "kind": "helpline",
        "phone": "112",
        "email": "",
        "website_nl": "https://www.112.be/",
        "website_fr": "https://www.112.be/",
        "languages": ["nl", "fr"],
        "order": 30,
        "nl": {
            "name": "Noodnummer 112",
            "helps_with": (
                "Europees noodnummer voor een ziekenwagen of de brandweer. "
                "Is iemand in levensgevaar? Bel 112. Je kunt ook de app 112 BE gebruiken."
            ),
            "hours": _ALWAYS_NL,
        },
        "fr": {
            "name": "Numéro d'urgence 112",
            "helps_with": (
                "Numéro d'urgence européen pour une ambulance ou les pompiers. "
                "Une vie est en danger ? Appelez le 112. Vous pouvez aussi utiliser l'app 112 BE."
            ),
            "hours": _ALWAYS_FR,
        },
        "source": "https://www.112.be/",
    },
    {
        "slug": "awel",
        "kind": "helpline",
        "phone": "102",
        "email": "",
        "website_nl": "https://www.awel.be/",
        "website_fr": "https://www.awel.be/",
        "languages": ["nl"],
        "order": 40,
        "nl": {
            "name": "Awel",
            "helps_with": (
                "Voor kinderen en jongeren die willen praten over wat hen bezighoudt, "
                "ook over wat online gebeurt. Anoniem en gratis, via telefoon of chat."
            ),
            "hours": _HOURS_WEBSITE_NL,
        },
        "fr": {
            "name": "Awel",
            "helps_with": (
                "Ligne d'écoute en néerlandais pour les enfants et les jeunes qui veulent parler "
                "de ce qui les préoccupe, aussi en ligne. Anonyme et gratuit, par téléphone "
                "ou par chat."
            ),
            "hours": _HOURS_WEBSITE_FR,
        },
        "source": "https://www.awel.be/",
    },
    {
        "slug": "ecoute-enfants-103",
        "kind": "helpline",
        "phone": "103",
        "email": "",
        "website_nl": "https://www.103ecoute.be/",
        "website_fr": "https://www.103ecoute.be/",
        "languages": ["fr"],
        "order": 50,
        "nl": {
            "name": "Écoute-Enfants",
            "helps_with": (
                "Franstalige hulplijn voor kinderen en jongeren die willen praten over problemen "
                "thuis, op school of online. Ook ouders kunnen bellen. Anoniem en gratis."
            ),
            "hours": _HOURS_WEBSITE_NL,
        },
        "fr": {
            "name": "Écoute-Enfants",
            "helps_with": (
                "Pour les enfants et les jeunes qui ont besoin de parler : problèmes à la maison, "
                "à l'école ou en ligne. Les parents peuvent aussi appeler. Anonyme et gratuit."
            ),
            "hours": _HOURS_WEBSITE_FR,
        },
        "source": "https://www.103ecoute.be/",
    },
    {
        "slug": "hulplijn-1712",
        "kind": "helpline",
        "phone": "1712",
        "email": "",
        "website_nl": "https://www.1712.be/",
        "website_fr": "https://www.1712.be/",
        "languages": ["nl"],
        "order": 60,
        "nl": {
            "name": "Hulplijn 1712",
            "helps_with": (
                "Voor vragen over geweld, misbruik en kindermishandeling. Voor kinderen, "
                "jongeren en volwassenen: slachtoffers, getuigen en wie zich zorgen maakt. "
                "Je hoeft je naam niet te zeggen."
            ),
            "hours": _HOURS_WEBSITE_NL,
        },
        "fr": {
            "name": "1712 (ligne d'aide flamande)",
            "helps_with": (
                "Ligne d'aide en néerlandais pour les questions sur la violence, les abus et la "
                "maltraitance d'enfants. Pour les victimes, les témoins et toute personne "
                "inquiète. Vous n'êtes pas obligé de donner votre nom."
            ),
            "hours": _HOURS_WEBSITE_FR,
        },
        "source": "https://www.1712.be/nl/over-1712",
    },
    {
        "slug": "tele-onthaal",
        "kind": "helpline",
        "phone": "106",
        "email": "",
        "website_nl": "https://www.tele-onthaal.be/",
        "website_fr": "https://www.tele-onthaal.be/",
        "languages": ["nl"],
        "order": 70,
        "nl": {
            "name": "Tele-Onthaal",
            "helps_with": (
                "Voor iedereen die nood heeft aan een gesprek: zorgen, stress, eenzaamheid "
                "of een moeilijke situatie thuis. Anoniem en gratis, via telefoon of chat."
            ),
            "hours": "Telefoon: dag en nacht, elke dag.",
        },
        "fr": {
            "name": "Tele-Onthaal",
            "helps_with": (
                "Écoute en néerlandais pour toute personne qui a besoin de parler : soucis, "
                "stress, solitude ou situation difficile à la maison. Anonyme et gratuit, "
                "par téléphone ou chat."
            ),
            "hours": "Téléphone : jour et nuit, 7 jours sur 7.",
        },
        "source": "https://www.tele-onthaal.be/",
    },
    {
        "slug": "tele-accueil",
        "kind": "helpline",
        "phone": "107",
        "email": "",
        "website_nl": "https://www.tele-accueil.be/",
        "website_fr": "https://www.tele-accueil.be/",
        "languages": ["fr"],
        "order": 80,
        "nl": {
            "name": "Télé-Accueil",
            "helps_with": (
                "Franstalige luisterlijn voor iedereen die nood heeft aan een gesprek: zorgen, "
                "stress, eenzaamheid of problemen in het gezin. Anoniem en gratis."
            ),
            "hours": "Dag en nacht, elke dag.",
        },
        "fr": {
            "name": "Télé-Accueil",
            "helps_with": (
                "Pour toute personne qui a besoin de parler à quelqu'un : soucis, stress, "
                "solitude, difficultés en famille. Anonyme, confidentiel et gratuit."
            ),
            "hours": "Jour et nuit, 7 jours sur 7.",
        },
        "source": "https://www.tele-accueil.be/",
    },
    {
        "slug": "zelfmoordlijn-1813",
        "kind": "helpline",
        "phone": "1813",
        "email": "",
        "website_nl": "https://www.zelfmoord1813.be/",
        "website_fr": "https://www.zelfmoord1813.be/",
        "languages": ["nl"],
        "order": 90,
        "nl": {
            "name": "Zelfmoordlijn 1813",
            "helps_with": (
                "Voor wie aan zelfdoding denkt, en voor wie zich zorgen maakt om iemand anders, "
                "ook om een kind. Anoniem en gratis, via telefoon of chat."
            ),
            "hours": "Telefoon: dag en nacht, elke dag. Bekijk de uren van de chat op de website.",
        },
        "fr": {
            "name": "Zelfmoordlijn 1813",
            "helps_with": (
                "Ligne en néerlandais pour les personnes qui pensent au suicide, et pour celles "
                "qui s'inquiètent pour quelqu'un, aussi pour un enfant. Anonyme et gratuit, "
                "par téléphone ou par chat."
            ),
            "hours": "Téléphone : jour et nuit, 7 jours sur 7. Consultez les horaires du chat sur le site.",
        },
        "source": "https://www.zelfmoord1813.be/",
    },
    {
        "slug": "centre-prevention-suicide",
        "kind": "helpline",
        "phone": "0800 32 123",
        "email": "",
        "website_nl": "https://www.preventionsuicide.be/",
        "website_fr": "https://www.preventionsuicide.be/",
        "languages": ["fr"],
        "order": 100,
        "nl": {
            "name": "Centre de Prévention du Suicide",
            "helps_with": (
                "Franstalige lijn voor wie aan zelfdoding denkt of in crisis is, en voor wie "
                "zich zorgen maakt om iemand. Anoniem en gratis."
            ),
            "hours": "Dag en nacht, elke dag.",
        },
        "fr": {
            "name": "Centre de Prévention du Suicide",
            "helps_with": (
                "Pour les personnes qui pensent au suicide ou qui traversent une crise, "
                "et pour les proches inquiets. Anonyme et gratuit."
            ),
            "hours": "Jour et nuit, 7 jours sur 7.",
        },
        "source": "https://www.preventionsuicide.be/fr/activitescps/ligne0800.html",
    },
    {
        "slug": "stop-it-now",
        "kind": "helpline",
        "phone": "0800 200 50",
        "email": "",
        "website_nl": "https://stopitnow.be/",
        "website_fr": "https://stopitnow.be/",
        "languages": ["nl"],
        "order": 110,
        "nl": {
            "name": "Stop it Now!",
            "helps_with": (
                "Voor wie zich zorgen maakt over de eigen seksuele gevoelens of het eigen gedrag "
                "tegenover kinderen. Ook voor naasten die zich zorgen maken over iemand. "
                "Anoniem en gratis, via telefoon, chat of mail."
            ),
            "hours": _HOURS_WEBSITE_NL,
        },
        "fr": {
            "name": "Stop it Now!",
            "helps_with": (
                "Ligne d'aide en néerlandais pour les personnes inquiètes de leurs propres "
                "sentiments ou comportements sexuels envers des enfants. Aussi pour les proches "
                "inquiets pour quelqu'un. Anonyme et gratuit, par téléphone, chat ou e-mail."
            ),
            "hours": _HOURS_WEBSITE_FR,
        },
        "source": "https://stopitnow.be/",
    },
    {
        "slug": "safeonweb",
        "kind": "reporting",
        "phone": "",
        "email": "suspicious@safeonweb.be",
        "website_nl": "https://safeonweb.be/nl",
        "website_fr": "https://safeonweb.be/fr",
        "languages": ["nl", "fr"],
        "order": 120,
        "nl": {
            "name": "Safeonweb",
            "helps_with": (
                "Een verdachte mail of sms gekregen, of een vals bericht (phishing)? "
                "Klik niet op de link. Stuur het bericht door naar suspicious@safeonweb.be. "
                "Van een sms stuur je een screenshot."
            ),
            "hours": "Doorsturen kan altijd.",
        },
        "fr": {
            "name": "Safeonweb",
            "helps_with": (
                "Un e-mail ou un SMS suspect, ou un faux message (hameçonnage) ? "
                "Ne cliquez pas sur le lien. Transférez le message à suspicious@safeonweb.be. "
                "Pour un SMS, envoyez une capture d'écran."
            ),
            "hours": "Vous pouvez transférer un message à tout moment.",
        },
        "source": "https://safeonweb.be/",
    },
    {
        "slug": "unia",
        "kind": "reporting",
        "phone": "0800 12 800",
        "email": "info@unia.be",
        "website_nl": "https://www.unia.be/nl",
        "website_fr": "https://www.unia.be/fr",
        "languages": ["nl", "fr"],
        "order": 130,
        "nl": {
            "name": "Unia",
            "helps_with": (
                "Voor wie discriminatie, racisme of haatberichten meemaakt of ziet, ook online. "
                "Je kunt het melden, ook als getuige. Unia luistert, geeft advies en helpt. "
                "Gratis en vertrouwelijk."
            ),
            "hours": _HOURS_WEBSITE_NL,
        },
        "fr": {
            "name": "Unia",
            "helps_with": (
                "Pour signaler une discrimination, du racisme ou des messages de haine, "
                "aussi en ligne, même comme témoin. Unia écoute, conseille et aide. "
                "Gratuit et confidentiel."
            ),
            "hours": _HOURS_WEBSITE_FR,
        },
        "source": "https://www.unia.be/",
    },
    {
        "slug": "gegevensbeschermingsautoriteit",
        "kind": "reporting",
        "phone": "",
        "email": "",
        "website_nl": "https://www.gegevensbeschermingsautoriteit.be/",
        "website_fr": "https://www.autoriteprotectiondonnees.be/",
        "languages": ["nl", "fr"],
        "order": 140,
        "nl": {
            "name": "Gegevensbeschermingsautoriteit (GBA)",
            "helps_with": (
                "Staat er een foto of gegevens van je kind online zonder toestemming, en helpt "
                "de website of app niet? Dan kun je bij de GBA een vraag stellen, "
                "bemiddeling vragen of een klacht indienen."
            ),
            "hours": "Bekijk op de website hoe je de GBA kunt bereiken.",
        },
        "fr": {
            "name": "Autorité de protection des données (APD)",
            "helps_with": (
                "Une photo ou des données de votre enfant sont en ligne sans accord, et le site "
                "ou l'app ne réagit pas ? Vous pouvez poser une question à l'APD, demander "
                "une médiation ou porter plainte."
            ),
            "hours": "Consultez le site pour savoir comment joindre l'APD.",
        },
        "source": "https://www.gegevensbeschermingsautoriteit.be/burger/acties/klacht-indienen",
    },
]

# --------------------------------------------------------------------------------------
# Plain pages
# --------------------------------------------------------------------------------------

_ABOUT_NL = """\
Veilig Online helpt ouders en grootouders om hun kinderen veilig te laten opgroeien op het internet. \
Het is een programma van de Gezinsbond en Child Focus.

## Wat vind je hier?

- **Eenvoudige tips per thema.** Over sociale media, gamen, privacy en cyberpesten. \
Over relaties en seksualiteit online. En over schermtijd in het gezin.
- **Tips per leeftijd.** Een peuter heeft andere dingen nodig dan een tiener. \
Kies de leeftijd van je kind en je ziet wat past.
- **Vijf interactieve modules.** Daarin leer je stap voor stap, op je eigen tempo:
    1. Sociale media
    2. Relaties en seksualiteit online
    3. Internet en privacy
    4. Gamen
    5. Cyberpesten
- **Hulp als er iets misloopt.** Een lijst met hulplijnen en meldpunten in België.

Alles is gratis. Je hebt geen account nodig.

## Voor wie?

Voor elke ouder, grootouder of opvoeder. Je hoeft geen expert te zijn. \
Je kind kent misschien meer apps dan jij. Maar jij kent je kind het best.

We denken vooral aan gezinnen die het moeilijker hebben. \
Aan gezinnen met weinig geld en aan alleenstaande ouders. \
Aan gezinnen met een migratieachtergrond. \
En aan ouders die Nederlands of Frans als tweede taal spreken. \
Daarom schrijven we korte zinnen met gewone woorden.

## Gratis vormingen bij jou in de buurt

Samen leren gaat vaak makkelijker. Daarom zijn er vormingen voor groepen ouders en grootouders. \
Ze vinden plaats in scholen, bibliotheken en buurthuizen.

- Een begeleider leidt de vorming. Dat is een freelancer die daarvoor een opleiding kreeg.
- Je mag alles vragen. Er zijn geen domme vragen.
- Deelnemen is gratis. Werkt je organisatie met kwetsbare groepen? Dan is de vorming ook voor jullie gratis.
- Sommige sessies zijn er met kinderopvang. Zo kun je rustig meedoen.
- Er zijn ook sessies speciaal voor grootouders.

## Een vorming aanvragen voor je groep

Werk je in een school, een bibliotheek, een buurthuis of een vereniging? \
Of ken je een groep ouders die meer wil weten? Vraag dan een vorming aan.

1. Kies een of twee thema's die je groep belangrijk vindt.
2. Denk aan een plaats, een paar mogelijke data en het aantal deelnemers.
3. Zeg of je kinderopvang nodig hebt. En zeg het als je groep uit grootouders bestaat.
4. Vul het formulier [Vorming aanvragen](/nl/vorming-aanvragen/) in. Je krijgt meteen een eigen link om je aanvraag te volgen.
5. We zoeken een begeleider en spreken samen een datum af.

Heb je nog vragen? Mail ons gerust op [info@veiligonline.be](mailto:info@veiligonline.be). We helpen je graag.

## Hulp nodig?

Veilig Online is geen hulplijn. Is er iets ernstigs gebeurd? \
Bel dan Child Focus op 116 000, dag en nacht. Is iemand in gevaar? Bel 112 of de politie op 101.
"""

_ABOUT_FR = """\
Veilig Online aide les parents et les grands-parents à accompagner leurs enfants sur internet, \
en sécurité. C'est un programme du Gezinsbond et de Child Focus.

## Que trouvez-vous ici ?

- **Des conseils simples par thème.** Sur les réseaux sociaux, les jeux vidéo, la vie privée \
et le cyberharcèlement. Sur les relations et la sexualité en ligne. Et sur le temps d'écran en famille.
- **Des conseils par âge.** Un tout-petit n'a pas les mêmes besoins qu'un ado. \
Choisissez l'âge de votre enfant et vous verrez ce qui lui convient.
- **Cinq modules interactifs.** Vous y apprenez pas à pas, à votre rythme :
    1. Réseaux sociaux
    2. Relations et sexualité en ligne
    3. Internet et vie privée
    4. Jeux vidéo
    5. Cyberharcèlement
- **De l'aide quand ça va mal.** Une liste de lignes d'écoute et de points de signalement en Belgique.

Tout est gratuit. Vous n'avez pas besoin de compte.

## Pour qui ?

Pour tous les parents, grands-parents et éducateurs. Pas besoin d'être expert. \
Votre enfant connaît peut-être plus d'applis que vous. Mais c'est vous qui le connaissez le mieux.

Nous pensons surtout aux familles pour qui la vie est plus dure. \
Aux familles qui ont peu d'argent et aux parents solos. \
Aux familles issues de la migration. \
Et aux parents pour qui le français ou le néerlandais est une deuxième langue. \
C'est pour cela que nous écrivons des phrases courtes, avec des mots de tous les jours.

## Des séances gratuites près de chez vous

On apprend souvent mieux ensemble. C'est pour cela qu'il y a des séances pour des groupes \
de parents et de grands-parents. Elles ont lieu dans des écoles, des bibliothèques et des maisons de quartier.

- Un animateur ou une animatrice guide la séance. Ce sont des indépendants, formés pour cela.
- Vous pouvez poser toutes vos questions. Il n'y a pas de question bête.
- La séance est gratuite pour les participants. Votre organisation travaille avec des publics \
fragilisés ? Alors la séance est aussi gratuite pour vous.
- Certaines séances prévoient une garde d'enfants. Vous pouvez ainsi participer en toute tranquillité.
- Il y a aussi des séances rien que pour les grands-parents.

## Demander une séance pour votre groupe

Vous travaillez dans une école, une bibliothèque, une maison de quartier ou une association ? \
Vous connaissez un groupe de parents qui veut en savoir plus ? Demandez une séance.

1. Choisissez un ou deux thèmes importants pour votre groupe.
2. Pensez à un lieu, à quelques dates possibles et au nombre de participants.
3. Dites-nous si vous avez besoin d'une garde d'enfants. Dites-le aussi si votre groupe est \
composé de grands-parents.
4. Remplissez le formulaire [Demander une séance](/fr/demander-une-seance/). Vous recevez tout de suite un lien personnel pour suivre votre demande.
5. Nous cherchons un animateur et nous fixons la date avec vous.

Vous avez encore des questions ? Écrivez-nous à [info@veiligonline.be](mailto:info@veiligonline.be). Nous vous aidons avec plaisir.

## Besoin d'aide ?

Veilig Online n'est pas une ligne d'écoute. Quelque chose de grave s'est passé ? \
Appelez Child Focus au 116 000, jour et nuit. Quelqu'un est en danger ? \
Appelez le 112 ou la police au 101.
"""

_PRIVACY_NL = """\
Veilig Online vraagt zo weinig mogelijk gegevens. Op deze pagina lees je welke gegevens we gebruiken. \
Je leest ook waarom en hoe lang.

## Wie is verantwoordelijk?

Veilig Online is een programma van de Gezinsbond en Child Focus. \
Zij zijn samen verantwoordelijk voor je gegevens.

## Lezen zonder account

Je kunt alle tips lezen zonder account. Je hoeft niet te zeggen wie je bent.

## Cookies

We gebruiken geen cookies om je te volgen. We tellen alleen hoeveel ouders een module \
beginnen en afmaken, per dag. Dat doen we zonder te weten wie je bent.

We zetten alleen de cookies die de website nodig heeft. Het zijn er drie:

- **vo_session**, de sessiecookie. Die onthoudt hoe ver je bent in een module, je antwoorden \
en je afspraken. We wissen die gegevens 90 dagen na je laatste stap. \
Op een gedeelde computer? Met de knop "Vergeet dit toestel" op de modulepagina wis je ze meteen.
- **csrftoken**, voor de veiligheid. Vul je een formulier in? Dan zorgt deze cookie ervoor \
dat niemand anders het in jouw naam kan versturen. Hij blijft een jaar.
- **messages**, voor een korte melding die je één keer ziet, zoals "Je inschrijving is geannuleerd". \
Hij verdwijnt zodra je de melding gezien hebt.

Vraag je een code om op een ander toestel verder te gaan? Dan bewaren we je voortgang bij die code, \
zonder je naam. De code zelf bewaren we niet, alleen een versleutelde controle ervan. \
Gebruik je de code 365 dagen niet, dan wissen we hem. Je kunt hem ook zelf meteen wissen.

Coördinatoren en begeleiders die inloggen, gebruiken dezelfde sessiecookie. \
Zij worden afgemeld na 30 minuten zonder activiteit, en altijd na 12 uur.

## Geen scripts of trackers van andere bedrijven

Alles wat je hier ziet, komt van onze eigen website. \
We laden geen scripts, lettertypes, filmpjes of trackers van andere bedrijven. \
Zo kan geen ander bedrijf zien dat je hier bent.

Klik je op een link naar een andere website, zoals een hulplijn? Dan gelden de regels van die website.

## Als je je inschrijft voor een vorming

Dan vragen we alleen:

- je naam (je voornaam is genoeg);
- je e-mailadres of je gsm-nummer;
- met hoeveel volwassenen je komt;
- de leeftijd van je kinderen, als je kinderopvang nodig hebt. Dat hoeft niet;
- wat we moeten weten, bijvoorbeeld dat je met een rolstoel komt. Dat hoeft niet. \
Schrijf alleen wat we nodig hebben om je goed te ontvangen.

We gebruiken die gegevens alleen om:

- je inschrijving te bevestigen;
- je kort voor de sessie een herinnering te sturen;
- je na de sessie een korte vragenlijst te sturen. Je antwoorden zijn anoniem.

De begeleider van je vorming krijgt alleen de lijst met namen, het aantal volwassenen, \
de leeftijd van de kinderen voor de opvang en wat je ons liet weten. Niet je e-mailadres of gsm-nummer. \
Verder geven we je gegevens aan niemand. We verkopen ze nooit.

## Als je organisatie een vorming aanvraagt

Dan vragen we de naam van je organisatie en een contactpersoon met e-mailadres, \
en als je wilt een telefoonnummer. We gebruiken ze alleen om de vorming met jullie te plannen. \
Ze zijn te zien op jullie eigen link en voor de coördinatoren.

## Hoe lang bewaren we je gegevens?

- **Je inschrijving** (je naam, je e-mailadres of gsm-nummer en wat je ons liet weten): \
we wissen ze 90 dagen na de vorming, samen met de berichten die we je stuurden. \
We houden alleen bij hoeveel plaatsen er waren, zonder namen.
- **Je persoonlijke link**: we bewaren hem niet, alleen een versleutelde controle ervan. \
Vraag je je link opnieuw? Dan krijg je een nieuwe link en werkt de oude niet meer.
- **De aanvraag van je organisatie**: jullie link werkt tot 60 dagen nadat de vorming gegeven is \
of de aanvraag geweigerd werd. 365 dagen na dat moment wissen we de contactpersoon, \
het e-mailadres, het telefoonnummer en de opmerkingen, ook in onze berichten. \
We houden alleen bij wat we tellen: de thema's, de datum en het aantal ouders.
- **Een tipfiche die je naar jezelf mailt**: we wissen je e-mailadres 7 dagen na je vraag.
- **Logboeken en foutmeldingen** van de website bevatten geen namen, e-mailadressen, \
gsm-nummers of persoonlijke links.

## Je rechten

De privacywet (de AVG of GDPR) geeft je rechten. Je mag:

- vragen welke gegevens we van je hebben;
- een fout laten verbeteren;
- vragen om je gegevens te wissen. Dan annuleren we je inschrijving en wissen we je naam, \
je e-mailadres of gsm-nummer en wat je ons liet weten.

Stuur daarvoor een mail naar de coördinatoren van Veilig Online: [privacy@veiligonline.be](mailto:privacy@veiligonline.be). \
We antwoorden binnen een maand.

## Een klacht?

Ben je niet tevreden over hoe we met je gegevens omgaan? Zeg het ons eerst. \
Je kunt ook een klacht indienen bij de Gegevensbeschermingsautoriteit: \
[www.gegevensbeschermingsautoriteit.be](https://www.gegevensbeschermingsautoriteit.be/).
"""

_PRIVACY_FR = """\
Veilig Online vous demande le moins de données possible. Sur cette page, vous lisez quelles données \
nous utilisons. Vous lisez aussi pourquoi et pendant combien de temps.

## Qui est responsable ?

Veilig Online est un programme du Gezinsbond et de Child Focus. \
Ensemble, ils sont responsables de vos données.

## Lire sans compte

Vous pouvez lire tous les conseils sans compte. Vous n'avez pas besoin de dire qui vous êtes.

## Cookies

Nous n'utilisons pas de cookies pour vous suivre. Nous comptons seulement combien de parents \
commencent et terminent un module, par jour. Nous le faisons sans savoir qui vous êtes.

Nous plaçons seulement les cookies dont le site a besoin. Il y en a trois :

- **vo_session**, le cookie de session. Il retient où vous en êtes dans un module, \
vos réponses et vos accords. Nous effaçons ces données 90 jours après votre dernière étape. \
Sur un ordinateur partagé ? Le bouton « Oublier cet appareil » sur la page du module les efface tout de suite.
- **csrftoken**, pour la sécurité. Vous remplissez un formulaire ? Ce cookie empêche \
quelqu'un d'autre de l'envoyer à votre place. Il reste un an.
- **messages**, pour un court message que vous voyez une seule fois, comme « Votre inscription \
est annulée ». Il disparaît dès que vous avez vu le message.

Vous demandez un code pour continuer sur un autre appareil ? Nous gardons votre progression \
avec ce code, sans votre nom. Nous ne gardons pas le code lui-même, seulement une empreinte chiffrée. \
Si vous n'utilisez pas le code pendant 365 jours, nous l'effaçons. Vous pouvez aussi l'effacer vous-même.

Les coordinateurs et les animateurs qui se connectent utilisent le même cookie de session. \
Ils sont déconnectés après 30 minutes sans activité, et toujours après 12 heures.

## Pas de scripts ni de traceurs d'autres entreprises

Tout ce que vous voyez ici vient de notre propre site. \
Nous ne chargeons pas de scripts, de polices, de vidéos ou de traceurs d'autres entreprises. \
Aucune autre entreprise ne peut donc voir que vous êtes ici.

Vous cliquez sur un lien vers un autre site, par exemple une ligne d'écoute ? \
Alors ce sont les règles de ce site qui s'appliquent.

## Quand vous vous inscrivez à une séance

Nous vous demandons seulement :

- votre nom (votre prénom suffit) ;
- votre adresse e-mail ou votre numéro de GSM ;
- avec combien d'adultes vous venez ;
- l'âge de vos enfants, si vous avez besoin de la garderie. Ce n'est pas obligatoire ;
- ce que nous devons savoir, par exemple que vous venez en fauteuil roulant. Ce n'est pas \
obligatoire. Écrivez seulement ce qu'il nous faut pour bien vous accueillir.

Nous utilisons ces données seulement pour :

- confirmer votre inscription ;
- vous envoyer un rappel peu avant la séance ;
- vous envoyer un court questionnaire après la séance. Vos réponses sont anonymes.

L'animateur de votre séance reçoit seulement la liste des noms, le nombre d'adultes, \
l'âge des enfants pour la garderie et ce que vous nous avez signalé. Pas votre e-mail ni votre GSM. \
Nous ne donnons vos données à personne d'autre. Nous ne les vendons jamais.

## Quand votre organisation demande une séance

Nous demandons le nom de votre organisation et une personne de contact avec son adresse \
e-mail, et si vous le voulez un numéro de téléphone. Nous les utilisons seulement pour \
planifier la séance avec vous. Ils sont visibles sur votre propre lien et pour les coordinateurs.

## Combien de temps gardons-nous vos données ?

- **Votre inscription** (votre nom, votre e-mail ou GSM et ce que vous nous avez signalé) : \
nous l'effaçons 90 jours après la séance, avec les messages que nous vous avons envoyés. \
Nous gardons seulement le nombre de places, sans noms.
- **Votre lien personnel** : nous ne le gardons pas, seulement une empreinte chiffrée. \
Vous redemandez votre lien ? Vous recevez un nouveau lien et l'ancien ne marche plus.
- **La demande de votre organisation** : votre lien marche jusqu'à 60 jours après la séance \
ou après le refus de la demande. 365 jours après ce moment, nous effaçons la personne de contact, \
l'e-mail, le téléphone et les remarques, aussi dans nos messages. Nous gardons seulement ce que \
nous comptons : les thèmes, la date et le nombre de parents.
- **Une fiche conseils que vous vous envoyez par e-mail** : nous effaçons votre adresse \
7 jours après votre demande.
- **Les journaux et les rapports d'erreur** du site ne contiennent ni noms, ni adresses e-mail, \
ni numéros de GSM, ni liens personnels.

## Vos droits

La loi sur la vie privée (le RGPD) vous donne des droits. Vous pouvez :

- demander quelles données nous avons sur vous ;
- faire corriger une erreur ;
- demander d'effacer vos données. Nous annulons alors votre inscription et nous effaçons \
votre nom, votre e-mail ou GSM et ce que vous nous avez signalé.

Pour cela, écrivez aux coordinateurs de Veilig Online : [privacy@veiligonline.be](mailto:privacy@veiligonline.be). \
Nous répondons dans un délai d'un mois.

## Une plainte ?

Vous n'êtes pas satisfait de la façon dont nous traitons vos données ? Dites-le-nous d'abord. \
Vous pouvez aussi porter plainte auprès de l'Autorité de protection des données : \
[www.autoriteprotectiondonnees.be](https://www.autoriteprotectiondonnees.be/).
"""

PAGES = {
    "about": {
        "nl": {"title": "Over Veilig Online", "body": _ABOUT_NL},
        "fr": {"title": "À propos de Veilig Online", "body": _ABOUT_FR},
    },
    "privacy": {
        "nl": {"title": "Privacy: wat we met je gegevens doen", "body": _PRIVACY_NL},
        "fr": {"title": "Vie privée : ce que nous faisons de vos données", "body": _PRIVACY_FR},
    },
}
