"""Module 4: Gaming. Demo content, format in FORMAT.md beside this file.

Written for parents and grandparents who may read Dutch or French as a second language:
short sentences, common words, "je" (Flemish Dutch) and "vous" (Belgian French).
Facts: PEGI labels and descriptors (pegi.info), the Belgian Gaming Commission's 2018
finding on paid loot boxes (gamingcommission.be), helplines as listed in the site content.
"""

MODULE = {
    "number": 4,
    "slug": "gaming",
    "duration_minutes": 15,
    "nl": {
        "title": "Gamen",
        "promise": (
            "Na deze module weet je waarom je kind graag gamet, wat PEGI betekent en hoe je "
            "samen goede afspraken maakt over tijd, geld en chat."
        ),
    },
    "fr": {
        "title": "Jeux vidéo",
        "promise": (
            "Après ce module, vous savez pourquoi votre enfant aime jouer, ce que veut dire "
            "PEGI et comment fixer ensemble des règles sur le temps, l'argent et le chat."
        ),
    },
    "sources": [
        ("PEGI – Pan European Game Information", "https://pegi.info/"),
        ("Kansspelcommissie – Commission des jeux de hasard", "https://www.gamingcommission.be/"),
        ("Child Focus", "https://childfocus.be/"),
        ("Awel", "https://www.awel.be/"),
        ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ("Mediawijs", "https://www.mediawijs.be/"),
        ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
    ],
    "tips": {
        "nl": [
            "Vraag je kind om zijn game te tonen, en luister zonder oordeel.",
            "Kijk naar het PEGI-cijfer én de tekeningen: het cijfer zegt niets over hoe moeilijk een game is.",
            "Zet een wachtwoord op aankopen en bewaar je bankkaart niet in de console of de app.",
            "Leg uit dat een lootbox op gokken lijkt: je betaalt zonder te weten wat je krijgt.",
            "Spreek af: geen nummer, adres of foto's voor iemand die je kind niet in het echt kent.",
            "Maak samen afspraken over tijd, en stop na een match, niet midden in een spel.",
            "Speel eens mee: je kind legt het graag uit.",
        ],
        "fr": [
            "Demandez à votre enfant de vous montrer son jeu, et écoutez sans juger.",
            "Regardez le chiffre PEGI et les petits dessins : le chiffre ne dit rien sur la difficulté du jeu.",
            "Mettez un mot de passe pour les achats et n'enregistrez pas votre carte bancaire dans la console ou l'appli.",
            "Expliquez qu'une loot box ressemble à un jeu de hasard : on paie sans savoir ce qu'on reçoit.",
            "Fixez une règle : pas de numéro, d'adresse ou de photo pour quelqu'un qu'on ne connaît pas en vrai.",
            "Fixez ensemble des règles sur le temps, et arrêtez après une partie, pas au milieu.",
            "Jouez avec lui de temps en temps : il adore vous expliquer.",
        ],
    },
    "steps": [
        {
            "key": "intro",
            "kind": "text",
            "nl": {
                "title": "Waarom is gamen zo leuk?",
                "body": """Veel kinderen en jongeren gamen graag. Dat is niet vreemd. Een game geeft veel:

- plezier en spanning
- samen spelen met vrienden, ook van ver
- steeds beter worden en een beloning krijgen, zoals punten of een nieuw level
- zelf bouwen, ontdekken en kiezen
- even rust na een drukke dag

Gamen kan ook iets bijbrengen. Kinderen leren samenwerken en puzzels oplossen. Soms leren ze wat Engels. Op school praten ze over games. Wie meespeelt, hoort erbij.

Maar veel games zijn zo gemaakt dat stoppen moeilijk is. Er is altijd nog een opdracht of een prijs. Dat is niet de schuld van je kind.

In deze module leer je hoe je daar samen goed mee omgaat. Zonder ruzie, en met plezier.""",
            },
            "fr": {
                "title": "Pourquoi les jeux vidéo plaisent tant ?",
                "body": """Beaucoup d'enfants et d'ados adorent jouer. Ce n'est pas étonnant. Un jeu apporte beaucoup :

- du plaisir et du suspense
- jouer avec des amis, même de loin
- progresser et gagner un prix, comme des points ou un nouveau niveau
- construire, explorer et faire ses choix
- se détendre après une longue journée

Jouer peut aussi apprendre des choses. Les enfants apprennent à jouer en équipe et à chercher des solutions. Parfois, ils apprennent un peu d'anglais. À l'école, on parle des jeux. Celui qui joue fait partie du groupe.

Mais beaucoup de jeux sont faits pour qu'on ait du mal à s'arrêter. Il y a toujours une mission de plus ou un cadeau. Ce n'est pas la faute de votre enfant.

Dans ce module, vous verrez comment bien gérer tout ça ensemble. Sans dispute, et avec plaisir.""",
            },
        },
        {
            "key": "video",
            "kind": "video",
            "video_url": "/static/video/gaming.mp4",
            "captions_url": "/static/video/gaming.nl.vtt",
            "nl": {
                "title": "Praten over gamen: begin met interesse",
                "body": "In deze video hoor je hoe je een goed gesprek over gamen begint.",
                "transcript": """Presentator: Dag! Speelt jouw kind ook graag games? Dan hoor je misschien vaak: "Nog vijf minuutjes!" Herkenbaar, toch?

Veel ouders vinden games moeilijk. Ze kennen de spelletjes niet. Ze zijn bang voor geweld, voor kosten of voor te veel tijd aan het scherm. Dat is normaal.

Maar weet je wat helpt? Nieuwsgierig zijn. Vraag je kind: "Wat speel je? Wil je het me tonen?" Ga er eens naast zitten. Kijk tien minuten mee. Je hoeft niet alles te snappen. Je kind legt het graag uit.

Vraag ook: "Wat vind je er zo leuk aan?" Is het winnen? Bouwen? Of praten met vrienden? Zo leer je je kind beter kennen.

Oordeel niet meteen. Zeg niet: "Dat is tijdverlies." Dan stopt het gesprek.

Merkt je kind dat je interesse hebt? Dan vertelt het je ook meer. Ook als er iets misloopt. Als iemand in de chat rare vragen stelt, bijvoorbeeld. Of als er geld is uitgegeven.

Praat dus niet alleen over gamen als er ruzie is. Praat er ook over op een rustig moment. Aan tafel, in de auto of tijdens een wandeling.

In de volgende stappen lees je meer over de leeftijd op games, over geld en over goede afspraken. Veel succes!""",
            },
            "fr": {
                "title": "Parler des jeux vidéo : commencez par vous y intéresser",
                "body": "Dans cette vidéo, vous voyez comment bien commencer une discussion sur les jeux.",
                "transcript": """Présentatrice : Bonjour ! Votre enfant aime les jeux vidéo ? Alors vous entendez sans doute souvent : « Encore cinq minutes ! » Ça vous dit quelque chose ?

Beaucoup de parents trouvent les jeux compliqués. Ils ne les connaissent pas. Ils ont peur de la violence, des dépenses ou du temps passé devant l'écran. C'est normal.

Ce qui aide, c'est la curiosité. Demandez à votre enfant : « Tu joues à quoi ? Tu me montres ? » Asseyez-vous à côté de lui. Regardez dix minutes. Pas besoin de tout comprendre : il adore expliquer.

Demandez aussi : « Qu'est-ce qui te plaît là-dedans ? » Gagner ? Construire ? Parler avec ses copains ? Vous apprenez ainsi à mieux le connaître.

Évitez de juger tout de suite. Si vous dites « C'est du temps perdu », la discussion s'arrête.

Votre enfant sent que son jeu vous intéresse ? Alors il vous raconte plus de choses. Aussi quand ça tourne mal. Par exemple, quelqu'un qui pose des questions bizarres dans le chat. Ou de l'argent dépensé.

Ne parlez donc pas des jeux seulement pendant une dispute. Parlez-en aussi à un moment calme : à table, en voiture ou en promenade.

Dans les étapes suivantes, vous verrez l'âge indiqué sur les jeux, l'argent et les règles à fixer ensemble. Bon courage !""",
            },
        },
        {
            "key": "q-nieuwe-game",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Een nieuwe game",
                "body": "Je zoon van tien komt thuis. Al zijn vrienden spelen een nieuwe game. Hij wil die ook. Jij kent de game niet.\n\n**Wat doe je het best?**",
            },
            "fr": {
                "title": "Un nouveau jeu",
                "body": "Votre fils de dix ans rentre de l'école. Tous ses copains jouent à un nouveau jeu. Il le veut aussi. Vous ne connaissez pas ce jeu.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt meteen nee. Games zijn toch niet goed voor kinderen.",
                        "feedback": "Een snel 'nee' sluit het gesprek af. Je zoon voelt zich niet gehoord. Veel games zijn leuk en passen bij zijn leeftijd, dus kijk eerst samen wat het is.",
                    },
                    "fr": {
                        "text": "Vous dites non tout de suite. Les jeux vidéo, ce n'est pas bon pour les enfants.",
                        "feedback": "Un « non » rapide coupe la discussion. Votre fils ne se sent pas écouté. Beaucoup de jeux sont chouettes et adaptés à son âge : regardez d'abord ensemble de quoi il s'agit.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Je vraagt hem om de game te tonen. Samen kijk je naar het PEGI-label, de chat en de aankopen.",
                        "feedback": "Zo toon je interesse en leer je de game kennen. Je zoon voelt zich serieus genomen. Daarna kunnen jullie samen beslissen en afspraken maken.",
                    },
                    "fr": {
                        "text": "Vous lui demandez de vous montrer le jeu. Ensemble, vous regardez le logo PEGI, le chat et les achats.",
                        "feedback": "Vous montrez de l'intérêt et vous découvrez le jeu. Votre fils se sent pris au sérieux. Ensuite, vous pouvez décider ensemble et fixer des règles.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt ja. Als zijn vrienden het spelen, is het wel in orde.",
                        "feedback": "Bij zijn vrienden thuis gelden misschien andere regels. De game kan ook een chat met onbekenden of dure aankopen hebben. Even samen kijken duurt maar een paar minuten.",
                    },
                    "fr": {
                        "text": "Vous dites oui. Si ses copains y jouent, ça doit aller.",
                        "feedback": "Chez ses copains, les règles sont peut-être différentes. Le jeu peut aussi avoir un chat avec des inconnus ou des achats chers. Regarder ensemble ne prend que quelques minutes.",
                    },
                },
            ],
        },
        {
            "key": "pegi",
            "kind": "text",
            "nl": {
                "title": "PEGI: de leeftijd op een game",
                "body": """Op de meeste games staat een PEGI-label. Je ziet het op de doos en in de online winkel. Het cijfer zegt vanaf welke leeftijd een game past. Er zijn vijf labels: **3, 7, 12, 16 en 18**.

Naast het cijfer staan soms kleine tekeningen. Ze tonen wat er in de game zit: geweld, grove taal, angst, gokken, seks, drugs, discriminatie of aankopen in de game.

Let op: het label gaat over wat je ziet en hoort. Het zegt niet of een game moeilijk is. Het zegt ook niets over wat andere spelers in de chat zeggen.

Twijfel je? Zoek de game op via [pegi.info](https://pegi.info/). Daar lees je waarom een game zijn label kreeg. Of bekijk samen een filmpje van de game.""",
            },
            "fr": {
                "title": "PEGI : l'âge indiqué sur un jeu",
                "body": """Sur la plupart des jeux, il y a un logo PEGI. Vous le voyez sur la boîte et dans les magasins en ligne. Le chiffre dit à partir de quel âge le jeu convient. Il y a cinq logos : **3, 7, 12, 16 et 18**.

À côté du chiffre, il y a parfois de petits dessins. Ils montrent ce que contient le jeu : violence, gros mots, peur, jeux de hasard, sexe, drogue, discrimination ou achats dans le jeu.

Attention : le logo parle de ce qu'on voit et entend. Il ne dit pas si le jeu est difficile. Il ne dit rien non plus sur ce que les autres joueurs écrivent dans le chat.

Vous hésitez ? Cherchez le jeu sur [pegi.info](https://pegi.info/). Vous y lisez pourquoi il a reçu ce logo. Ou regardez ensemble une vidéo du jeu.""",
            },
        },
        {
            "key": "q-pegi-moeilijk",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "Wat zegt het PEGI-cijfer?",
                "body": "**Waar of niet waar?**\n\nEen game met PEGI 12 is moeilijker dan een game met PEGI 7.",
            },
            "fr": {
                "title": "Que dit le chiffre PEGI ?",
                "body": "**Vrai ou faux ?**\n\nUn jeu PEGI 12 est plus difficile qu'un jeu PEGI 7.",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": "Veel mensen denken dat. Maar het cijfer zegt niets over hoe moeilijk een game is. Het gaat over de inhoud, zoals geweld, grove taal of enge beelden.",
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": "Beaucoup de gens le pensent. Mais le chiffre ne dit rien sur la difficulté du jeu. Il parle du contenu, comme la violence, les gros mots ou les images qui font peur.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": "Het PEGI-cijfer gaat over wat je ziet en hoort in de game. Een game met PEGI 3 kan heel moeilijk zijn, en een game met PEGI 16 heel makkelijk.",
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": "Le chiffre PEGI parle de ce qu'on voit et entend dans le jeu. Un jeu PEGI 3 peut être très difficile, et un jeu PEGI 16 très facile.",
                    },
                },
            ],
        },
        {
            "key": "risicos",
            "kind": "text",
            "nl": {
                "title": "Waar let je op?",
                "body": """Gamen is vaak leuk en veilig. Toch zijn er een paar dingen om te weten.

- **Aankopen in de game.** Veel games zijn gratis. Maar ze verkopen munten, kleren voor je figuur of extra levels. Kleine bedragen tellen snel op.
- **Lootboxen.** Dat is een doos met een verrassing. Je betaalt, maar je weet niet wat je krijgt. Dat lijkt op gokken. In 2018 zei de Belgische Kansspelcommissie dat betaalde lootboxen verboden gokken kunnen zijn.
- **Chatten met onbekenden.** De meeste spelers willen gewoon spelen. Maar soms doet een volwassene zich voor als kind.
- **Tijd.** Veel games hebben geen einde. Er is altijd nog een opdracht. Slaap, school en buiten spelen komen dan in de knel.""",
            },
            "fr": {
                "title": "À quoi faire attention ?",
                "body": """Jouer, c'est souvent amusant et sans danger. Mais il y a quelques points à connaître.

- **Les achats dans le jeu.** Beaucoup de jeux sont gratuits. Mais ils vendent des pièces, des tenues pour son personnage ou des niveaux en plus. Les petites sommes montent vite.
- **Les loot boxes.** C'est une boîte surprise. On paie, mais on ne sait pas ce qu'on va recevoir. Cela ressemble à un jeu de hasard. En 2018, la Commission des jeux de hasard belge a dit que les loot boxes payantes peuvent être des jeux de hasard illégaux.
- **Le chat avec des inconnus.** La plupart des joueurs veulent juste jouer. Mais parfois, un adulte se fait passer pour un enfant.
- **Le temps.** Beaucoup de jeux n'ont pas de fin. Il y a toujours une mission de plus. Le sommeil, l'école et les jeux dehors en souffrent.""",
            },
        },
        {
            "key": "q-aankopen",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Geld uitgegeven in een game",
                "body": 'Op je bankrekening zie je vier betalingen aan een game. Samen is het 45 euro. Je zoon van elf zegt: "Het waren maar munten. Ik wist niet dat het echt geld was."\n\n**Wat doe je het best?**',
            },
            "fr": {
                "title": "De l'argent dépensé dans un jeu",
                "body": "Sur votre compte, vous voyez quatre paiements pour un jeu. En tout, 45 euros. Votre fils de onze ans dit : « C'était juste des pièces. Je ne savais pas que c'était du vrai argent. »\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Je neemt de console een maand af. Zo leert hij het wel.",
                        "feedback": "Een zware straf maakt je kind vooral bang om nog iets te vertellen. Hij wist waarschijnlijk niet dat munten echt geld kosten. Uitleggen en samen afspraken maken helpt meer.",
                    },
                    "fr": {
                        "text": "Vous lui confisquez la console pendant un mois. Comme ça, il comprendra.",
                        "feedback": "Une grosse punition lui fait surtout peur de vous parler la prochaine fois. Il ne savait sans doute pas que les pièces coûtent du vrai argent. Expliquer et fixer des règles ensemble aide davantage.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Je blijft rustig. Je legt uit dat munten echt geld kosten. Samen zet je een wachtwoord op elke aankoop.",
                        "feedback": "Munten voelen niet als echt geld, en dat is net de bedoeling van de game. Met een wachtwoord en een vast budget voorkom je nieuwe verrassingen. Vraag ook aan de winkel van de app of de console of je je geld terugkrijgt.",
                    },
                    "fr": {
                        "text": "Vous restez calme. Vous expliquez que les pièces coûtent du vrai argent. Ensemble, vous mettez un mot de passe pour chaque achat.",
                        "feedback": "Avec des pièces, on n'a pas l'impression de payer : c'est voulu par le jeu. Un mot de passe et un budget fixe évitent d'autres surprises. Demandez aussi au magasin de l'appli ou de la console si vous pouvez être remboursé.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je doet niets. Het is maar een klein bedrag.",
                        "feedback": "Kleine bedragen tellen snel op. Als je nu niets afspreekt, gebeurt het wellicht opnieuw. Praat er rustig over en maak een afspraak over geld.",
                    },
                    "fr": {
                        "text": "Vous ne faites rien. Ce n'est pas une grosse somme.",
                        "feedback": "Les petites sommes montent vite. Sans règle, cela risque de recommencer. Parlez-en calmement et mettez-vous d'accord sur l'argent.",
                    },
                },
            ],
        },
        {
            "key": "q-onbekende-speler",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Een nieuwe vriend in de game",
                "body": 'Je dochter van twaalf speelt elke avond online. Een andere speler is heel vriendelijk. Hij geeft haar gratis spullen in de game. Nu wil hij verder praten op een andere app. Hij schrijft: "Zeg het niet aan je ouders." Je dochter vertelt het je toch.\n\n**Wat doe je?**',
            },
            "fr": {
                "title": "Un nouvel ami dans le jeu",
                "body": "Votre fille de douze ans joue en ligne tous les soirs. Un autre joueur est très gentil avec elle. Il lui offre des objets dans le jeu. Maintenant, il veut parler avec elle sur une autre appli. Il écrit : « Ne le dis pas à tes parents. » Votre fille vous en parle quand même.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Je zegt dat ze het goed deed om het te vertellen. Je maakt screenshots. Samen blokkeer je hem en meld je hem in de game.",
                        "feedback": "Cadeaus, een geheim en een andere app: samen is dat een alarmsignaal. Zo bescherm je je dochter, en ze leert dat praten helpt. Maak je je zorgen, bel dan gratis Child Focus op 116 000.",
                    },
                    "fr": {
                        "text": "Vous lui dites qu'elle a bien fait d'en parler. Vous faites des captures d'écran. Ensemble, vous le bloquez et vous le signalez dans le jeu.",
                        "feedback": "Des cadeaux, un secret et une autre appli : ensemble, c'est un signal d'alarme. Vous protégez votre fille, et elle apprend qu'en parler aide. Si vous êtes inquiet, appelez gratuitement Child Focus au 116 000.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je verbiedt alle online games. Dan is het probleem weg.",
                        "feedback": "Een verbod voelt voor je dochter als een straf omdat ze iets vertelde. Dan zwijgt ze de volgende keer misschien. Samen blokkeren, melden en de chat beter instellen helpt meer.",
                    },
                    "fr": {
                        "text": "Vous interdisez tous les jeux en ligne. Comme ça, le problème est réglé.",
                        "feedback": "Pour votre fille, l'interdiction ressemble à une punition parce qu'elle a parlé. La prochaine fois, elle risque de se taire. Bloquer, signaler et mieux régler le chat ensemble aide davantage.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je laat het zo. Hij is vriendelijk en geeft cadeaus.",
                        "feedback": "Cadeaus en complimenten zijn soms net een manier om het vertrouwen van een kind te winnen. Iemand die een geheim wil en naar een andere app wil, is een alarmsignaal. Neem het ernstig, zonder in paniek te raken.",
                    },
                    "fr": {
                        "text": "Vous laissez faire. Il est gentil et il fait des cadeaux.",
                        "feedback": "Les cadeaux et les compliments servent parfois à gagner la confiance d'un enfant. Quelqu'un qui veut un secret et une autre appli, c'est un signal d'alarme. Prenez-le au sérieux, sans paniquer.",
                    },
                },
            ],
        },
        {
            "key": "tip-grenzen",
            "kind": "tip",
            "nl": {
                "title": "Grenzen, zonder alles te controleren",
                "body": """- Maak afspraken samen, op een rustig moment.
- Spreek een stopmoment af: na deze match, niet op deze minuut.
- Geef tien minuten vooraf een seintje.
- 's Nachts liggen de console en de gsm buiten de slaapkamer.
- Stel je de speeltijd in op de console? Zeg het dan aan je kind.

Zo leert je kind zelf stoppen. En het blijft je vertrouwen.""",
            },
            "fr": {
                "title": "Des limites, sans tout contrôler",
                "body": """- Fixez les règles ensemble, à un moment calme.
- Choisissez quand arrêter : après la partie, pas à telle minute.
- Prévenez dix minutes avant.
- La nuit, la console et le GSM restent hors de la chambre.
- Vous réglez le temps de jeu sur la console ? Dites-le à votre enfant.

Il apprend ainsi à s'arrêter seul. Et il garde confiance en vous.""",
            },
        },
        {
            "key": "q-goede-afspraken",
            "kind": "question",
            "question_type": "multiple",
            "scenario": False,
            "nl": {
                "title": "Goede afspraken",
                "body": "Je wilt grenzen stellen. Maar je wilt je kind niet te veel controleren. Welke afspraken helpen?",
            },
            "fr": {
                "title": "De bonnes règles",
                "body": "Vous voulez poser des limites. Mais vous ne voulez pas trop contrôler votre enfant. Quelles règles aident ?",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Samen afspreken wanneer het spel stopt, bijvoorbeeld na de match.",
                        "feedback": "Bij online games kun je vaak niet op pauze drukken. Een stopmoment na de match is eerlijk en duidelijk. Zo stopt je kind makkelijker.",
                    },
                    "fr": {
                        "text": "Décider ensemble quand le jeu s'arrête, par exemple après la partie.",
                        "feedback": "Dans les jeux en ligne, on ne peut souvent pas faire pause. Arrêter après la partie, c'est juste et clair. Votre enfant s'arrête alors plus facilement.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Op de console de speeltijd en de aankopen instellen, en je kind zeggen dat je dat doet.",
                        "feedback": "Die instellingen helpen echt. Als je het open zegt, blijft het vertrouwen. Je kind weet dan waar het aan toe is.",
                    },
                    "fr": {
                        "text": "Régler le temps de jeu et les achats sur la console, et le dire à votre enfant.",
                        "feedback": "Ces réglages aident vraiment. Si vous le dites franchement, la confiance reste. Votre enfant sait à quoi s'en tenir.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Stiekem een app installeren die alle chats van je kind leest.",
                        "feedback": "Als je kind dat ontdekt, verlies je zijn vertrouwen. Dan vertelt het je niets meer als er iets misloopt. Open afspraken werken beter.",
                    },
                    "fr": {
                        "text": "Installer en cachette une appli qui lit tous les messages de votre enfant.",
                        "feedback": "S'il le découvre, vous perdez sa confiance. Il ne vous dira plus rien quand ça va mal. Des règles claires et connues marchent mieux.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Bij elke discussie de console een week afpakken.",
                        "feedback": "Een zware straf bij elke ruzie leidt vaak tot stiekem spelen. Een duidelijke afspraak, die je samen maakt en af en toe bespreekt, werkt beter.",
                    },
                    "fr": {
                        "text": "Confisquer la console une semaine à chaque discussion.",
                        "feedback": "Une grosse punition à chaque dispute pousse souvent à jouer en cachette. Une règle claire, fixée ensemble et revue de temps en temps, marche mieux.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "'s Nachts de console en de gsm buiten de slaapkamer laten.",
                        "feedback": "Slaap is belangrijk om te leren en je goed te voelen. Zonder scherm in de slaapkamer wordt het 's nachts geen 'nog één spelletje'.",
                    },
                    "fr": {
                        "text": "La nuit, laisser la console et le GSM hors de la chambre.",
                        "feedback": "Le sommeil compte pour apprendre et se sentir bien. Sans écran dans la chambre, pas de « dernière partie » au milieu de la nuit.",
                    },
                },
            ],
        },
        {
            "key": "samen-spelen",
            "kind": "text",
            "nl": {
                "title": "Speel eens mee",
                "body": """Je hoeft geen goede gamer te zijn. Vraag gewoon: "Mag ik meespelen?" of "Leer je het me?" Je kind is graag eens de leraar. Dat maakt het trots.

Samen spelen heeft veel voordelen:

- Je ziet wat je kind leuk, moeilijk of eng vindt.
- Je leert hoe de chat en de winkel in de game werken.
- Je kind leert van jou: om de beurt spelen en tegen zijn verlies kunnen.
- Jullie hebben een fijn moment samen. Dan praat je ook makkelijker als er eens iets misloopt.

Geen tijd of zin om te spelen? Kijk dan tien minuten mee. Of kies een spel voor het hele gezin, met oma en opa erbij.""",
            },
            "fr": {
                "title": "Jouez avec lui",
                "body": """Pas besoin d'être un bon joueur. Demandez simplement : « Je peux jouer avec toi ? » ou « Tu m'apprends ? » Votre enfant aime jouer au prof. Il en est fier.

Jouer ensemble, ça apporte beaucoup :

- Vous voyez ce qu'il aime, ce qui est dur et ce qui lui fait peur.
- Vous comprenez comment marchent le chat et la boutique du jeu.
- Il apprend avec vous : jouer chacun son tour, savoir perdre.
- Vous passez un bon moment ensemble. Et il vous parlera plus facilement si un jour ça va mal.

Pas le temps ou pas envie de jouer ? Regardez-le jouer dix minutes. Ou choisissez un jeu pour toute la famille, avec papy et mamy.""",
            },
        },
        {
            "key": "reflect",
            "kind": "reflection",
            "nl": {
                "title": "Wat doe jij?",
                "body": """Denk aan je kind of kleinkind. Welke game speelt het graag?

Welke afspraak over gamen wil je deze week samen maken? En wanneer speel je eens mee?

Schrijf het kort op. Het komt op je tipsblad.""",
            },
            "fr": {
                "title": "Et vous ?",
                "body": """Pensez à votre enfant ou petit-enfant. À quel jeu aime-t-il jouer ?

Quelle règle sur les jeux voulez-vous fixer ensemble cette semaine ? Et quand allez-vous jouer avec lui ?

Notez-le en quelques mots. Ce sera sur votre fiche conseils.""",
            },
        },
    ],
}
