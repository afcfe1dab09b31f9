"""Demo advice articles: gaming and cyberbullying.

Advice articles for parents and grandparents, in Dutch and in French for
Belgian readers. Format: see FORMAT.md in this folder.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # GAMING
    # ------------------------------------------------------------------
    {
        "slug": "waarom-gamen-kinderen-graag",
        "themes": ["gaming"],
        "age_groups": ["6-9", "10-12", "13-15"],
        "module": 4,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
            ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
        ],
        "nl": {
            "title": "Waarom gamet je kind zo graag?",
            "summary": "Gamen is meer dan tijd verliezen. Als je weet wat je kind zoekt in een game, "
            "praat je makkelijker over grenzen.",
            "body": """Je zoon van tien wil elke dag Minecraft spelen. Vraag je hem om te stoppen? Dan wordt hij boos. Je vraagt je af: wat is daar zo leuk aan?

## Wat is er aan de hand?

Games geven kinderen veel dingen die ze fijn vinden:

- Ze leren iets en worden steeds beter.
- Ze krijgen snel een beloning, zoals punten of een nieuw level.
- Ze spelen met vrienden, ook als die ver weg wonen.
- Ze kunnen bouwen, ontdekken en zelf kiezen.
- Ze vergeten even hun zorgen.

Gamen kan dus goed zijn. Kinderen leren er puzzels oplossen en samenwerken. Soms leren ze er ook wat Engels. Vrienden praten er op school over. Wie meedoet, hoort erbij.

Maar veel games zijn ook zo gemaakt dat je moeilijk stopt. Er is altijd nog een opdracht of een prijs. Dat is niet de schuld van je kind.

## Wat kun je doen?

- Vraag je kind om de game te tonen. Luister zonder oordeel.
- Vraag wat het leuk vindt: winnen, bouwen of praten met vrienden?
- Zeg ook wat je goed vindt aan de game. Dat geeft vertrouwen.
- Maak samen afspraken over tijd. Kies een goed moment om te stoppen, zoals na een level.
- Zorg dat er ook tijd is voor buiten spelen, slapen en huiswerk.

## Hulp nodig?

Op mediawijs.be vind je meer tips over kinderen en media. Blijf je ongerust? Slaapt je kind slecht, of wil het niets anders meer doen? Praat dan met je huisarts of met het CLB van de school.""",
            "talk_prompts": [
                "Wil je me eens tonen wat je in die game doet?",
                "Wat vind je het leukst: winnen, bouwen of samen spelen met vrienden?",
                "Wanneer is voor jou een goed moment om te stoppen?",
            ],
        },
        "fr": {
            "title": "Pourquoi votre enfant aime-t-il tant jouer aux jeux vidéo ?",
            "summary": "Jouer, ce n'est pas perdre son temps. Si vous comprenez ce que votre enfant "
            "cherche dans un jeu, il devient plus facile de parler des limites.",
            "body": """Votre fils de dix ans veut jouer à Minecraft tous les jours. Quand vous lui demandez d'arrêter, il se fâche. Vous vous demandez ce qui lui plaît tant.

## Que se passe-t-il ?

Les jeux vidéo apportent beaucoup de choses aux enfants :

- Ils progressent et deviennent meilleurs.
- Ils gagnent vite un prix : des points, un nouveau niveau.
- Ils jouent avec des amis, même de loin.
- Ils peuvent construire, explorer et faire leurs choix.
- Ils oublient un moment leurs soucis.

Jouer peut donc être positif. Votre enfant apprend à chercher des solutions et à jouer en équipe. Parfois, il apprend aussi un peu d'anglais. À l'école, on parle des jeux. Celui qui joue fait partie du groupe.

Mais beaucoup de jeux sont faits pour qu'on ait du mal à s'arrêter. Il y a toujours une mission de plus ou un petit cadeau. Ce n'est pas la faute de votre enfant.

## Que faire ?

- Demandez-lui de vous montrer son jeu. Écoutez sans juger.
- Demandez ce qu'il aime : gagner, construire ou parler avec ses amis ?
- Dites aussi ce que vous aimez dans ce jeu. Cela crée la confiance.
- Fixez ensemble des règles pour le temps de jeu. Choisissez un bon moment pour arrêter, par exemple à la fin d'un niveau.
- Gardez du temps pour jouer dehors, dormir et faire les devoirs.

## Besoin d'aide ?

Le CSEM donne des conseils sur les enfants et les médias sur csem.be. Vous êtes inquiet ? Votre enfant dort mal ou ne veut plus rien faire d'autre ? Parlez-en à votre médecin ou au centre PMS de l'école.""",
            "talk_prompts": [
                "Tu veux bien me montrer ce que tu fais dans ce jeu ?",
                "Qu'est-ce que tu préfères : gagner, construire ou jouer avec tes amis ?",
                "Pour toi, c'est quand un bon moment pour arrêter ?",
            ],
        },
    },
    {
        "slug": "pegi-leeftijd-op-games",
        "themes": ["gaming"],
        "age_groups": ["0-5", "6-9", "10-12"],
        "module": 4,
        "sources": [
            ("PEGI – Pan European Game Information", "https://pegi.info/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "PEGI: wat betekent het cijfer op een game?",
            "summary": "Op de meeste games staat een PEGI-label. Het cijfer en de kleine tekeningen "
            "helpen je kiezen. Zo lees je ze.",
            "body": """Je wilt je kleinzoon van zes een game geven voor zijn verjaardag. Op de doos staat een groot cijfer: 12. Er staan ook kleine tekeningen op. Wat betekent dat?

## Wat is PEGI?

PEGI is het leeftijdslabel voor games in de meeste Europese landen, ook in België. Het cijfer zegt vanaf welke leeftijd een game past. Er zijn vijf labels: 3, 7, 12, 16 en 18.

Let op: het cijfer gaat over wat je te zien krijgt. Het zegt niet of een game moeilijk is. Het zegt ook niet of je kind er iets van leert.

Naast het cijfer staan soms kleine tekeningen. Die tonen wat er in de game zit, zoals:

- geweld
- grove taal
- angst
- gokken
- seks, drugs of discriminatie
- aankopen in de game

## Wat kun je doen?

- Kijk naar het cijfer én naar de tekeningen. Je vindt ze op de doos en in veel online winkels.
- Zoek de game op via [pegi.info](https://pegi.info/). Daar lees je waarom een game zijn label kreeg.
- Bekijk zelf een filmpje van de game. Dan zie je snel of het bij je kind past.
- Kleuters schrikken snel van enge beelden. Kies voor hen PEGI 3. Voor kinderen tot twaalf kies je PEGI 3 of 7.
- Is de game voor een kleinkind? Vraag eerst aan de ouders wat zij goed vinden.

## Hulp nodig?

Heeft je kind iets gezien dat het bang maakt? Praat er rustig over. Zeg dat het niets fout deed. Op mediawijs.be vind je meer uitleg over games en media.""",
            "talk_prompts": [
                "Zullen we samen kijken welk cijfer op je game staat?",
                "Heb je in een game al eens iets gezien dat je eng vond?",
                "Welke game wil je graag, en waarom?",
            ],
        },
        "fr": {
            "title": "PEGI : que veut dire le chiffre sur un jeu vidéo ?",
            "summary": "La plupart des jeux portent un logo PEGI. Le chiffre et les petits dessins vous aident "
            "à choisir. Voici comment les lire.",
            "body": """Vous voulez offrir un jeu vidéo à votre petit-fils de six ans. Sur la boîte, il y a un grand chiffre : 12. Il y a aussi de petits dessins. Qu'est-ce que cela veut dire ?

## C'est quoi, PEGI ?

PEGI est le logo d'âge des jeux vidéo dans la plupart des pays d'Europe, dont la Belgique. Le chiffre indique à partir de quel âge un jeu convient. Il existe cinq logos : 3, 7, 12, 16 et 18.

Attention : le chiffre parle de ce qu'on voit dans le jeu. Il ne dit pas si le jeu est difficile. Il ne dit pas non plus si votre enfant va apprendre quelque chose.

À côté du chiffre, il y a parfois de petits dessins. Ils montrent ce que contient le jeu, par exemple :

- de la violence
- des gros mots
- des scènes qui font peur
- des jeux d'argent
- du sexe, de la drogue ou de la discrimination
- des achats dans le jeu

## Que faire ?

- Regardez le chiffre et aussi les dessins. Vous les trouvez sur la boîte et dans beaucoup de magasins en ligne.
- Cherchez le jeu sur [pegi.info](https://pegi.info/). Vous y lisez pourquoi il a reçu ce logo.
- Regardez vous-même une vidéo du jeu. Vous verrez vite s'il convient à votre enfant.
- Les petits ont vite peur des images dures. Pour eux, choisissez PEGI 3. Jusqu'à douze ans, restez à PEGI 3 ou 7.
- C'est un cadeau pour un petit-enfant ? Demandez d'abord aux parents ce qu'ils en pensent.

## Besoin d'aide ?

Votre enfant a vu quelque chose qui lui fait peur ? Parlez-en au calme. Dites-lui qu'il n'a rien fait de mal. Le CSEM donne aussi des conseils sur les médias sur csem.be.""",
            "talk_prompts": [
                "On regarde ensemble quel chiffre il y a sur ton jeu ?",
                "Tu as déjà vu dans un jeu quelque chose qui t'a fait peur ?",
                "Quel jeu aimerais-tu avoir, et pourquoi ?",
            ],
        },
    },
    {
        "slug": "betalen-in-games-lootboxen",
        "themes": ["gaming"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 4,
        "sources": [
            ("Kansspelcommissie", "https://www.gamingcommission.be/"),
            ("PEGI – Pan European Game Information", "https://pegi.info/"),
        ],
        "nl": {
            "title": "Betalen in games: aankopen en lootboxen",
            "summary": "Veel games zijn gratis, maar vragen later geld. Zo houd je aankopen en "
            "lootboxen onder controle, zonder ruzie.",
            "body": """Op je rekening zie je drie betalingen voor een game. Samen is dat 50 euro. Je dochter van dertien zegt: "Het waren maar wat munten."

## Wat is er aan de hand?

Veel games zijn gratis. De makers verdienen geld met aankopen in de game. Denk aan munten, kleren voor je figuur of een extra level. Dat kost vaak maar een paar euro. Maar kleine bedragen tellen snel op. En met munten voelt het niet als echt geld.

Sommige games hebben lootboxen. Dat is een doos met een verrassing. Je betaalt, maar je weet niet wat je krijgt. Dat lijkt op gokken. In 2018 zei de Kansspelcommissie dat betaalde lootboxen in België verboden gokken kunnen zijn.

Op de doos of in de winkel zie je het PEGI-teken voor aankopen in de game. Zo weet je het vooraf.

## Wat kun je doen?

- Praat met je kind over geld. Hoeveel mag het per maand uitgeven?
- Bewaar je bankkaart niet in de gsm, de console of de app.
- Zet een wachtwoord op elke aankoop. Dat kan op de meeste gsm's en consoles.
- Geef liever een cadeaukaart met een vast bedrag.
- Leg uit hoe lootboxen werken: de game wil dat je blijft betalen.

Heeft je tiener een eigen bankkaart? Maak dan samen een budget. Zo leert hij of zij zelf kiezen.

## Ging het al mis?

Blijf rustig. Vaak wist je kind niet dat het om echt geld ging. Neem contact op met de winkel van de app of de console. Vraag of je je geld terugkrijgt. Op gamingcommission.be lees je wat in België mag.""",
            "talk_prompts": [
                "Wat koop jij in je game, en waarom wil je dat hebben?",
                "Hoeveel geld vind jij redelijk voor een game per maand?",
                "Weet je wat er in een lootbox zit voor je betaalt?",
            ],
        },
        "fr": {
            "title": "Payer dans les jeux : achats et loot boxes",
            "summary": "Beaucoup de jeux sont gratuits, mais demandent de l'argent ensuite. Voici "
            "comment garder le contrôle des achats, sans dispute.",
            "body": """Sur votre compte, vous voyez trois paiements pour un jeu. En tout, 50 euros. Votre fille de treize ans dit : « C'était juste quelques pièces. »

## Que se passe-t-il ?

Beaucoup de jeux sont gratuits. Leurs créateurs gagnent de l'argent avec les achats dans le jeu. Par exemple des pièces, des habits pour son personnage ou un niveau en plus. Cela coûte souvent quelques euros. Mais les petites sommes montent vite. Et avec des pièces, on a l'impression que ce n'est pas du vrai argent.

Certains jeux ont des loot boxes. C'est une boîte avec une surprise. On paie, mais on ne sait pas ce qu'on va recevoir. Cela ressemble à un jeu de hasard. En 2018, la Commission des jeux de hasard a dit qu'en Belgique, les loot boxes payantes peuvent être des jeux de hasard illégaux.

Sur la boîte ou dans le magasin, le logo PEGI vous dit si le jeu contient des achats. Vous le savez donc à l'avance.

## Que faire ?

- Parlez d'argent avec votre enfant. Combien peut-il dépenser par mois ?
- N'enregistrez pas votre carte bancaire dans le GSM, la console ou l'appli.
- Mettez un mot de passe pour chaque achat. C'est possible sur la plupart des GSM et des consoles.
- Offrez plutôt une carte cadeau avec un montant fixe.
- Expliquez comment marchent les loot boxes : le jeu veut qu'on continue à payer.

Votre ado a sa propre carte bancaire ? Faites un budget ensemble. Il apprend ainsi à faire ses choix.

## C'est déjà arrivé ?

Restez calme. Souvent, votre enfant ne savait pas que c'était du vrai argent. Contactez le magasin de l'appli ou de la console. Demandez si vous pouvez être remboursé. Sur gamingcommission.be, vous lisez ce qui est permis en Belgique.""",
            "talk_prompts": [
                "Qu'est-ce que tu achètes dans ton jeu, et pourquoi tu en as envie ?",
                "Combien d'argent par mois te semble juste pour un jeu ?",
                "Tu sais ce qu'il y a dans une loot box avant de payer ?",
            ],
        },
    },
    {
        "slug": "chatten-met-onbekenden-in-games",
        "themes": ["gaming", "relations-sexuality"],
        "age_groups": ["10-12", "13-15"],
        "module": 4,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Je kind chat met onbekenden in een game",
            "summary": "Praten met andere spelers is vaak leuk. Soms is iemand niet wie hij zegt. "
            "Zo herken je de signalen en help je je kind.",
            "body": """Je dochter van elf speelt elke avond een online game. Ze heeft er een nieuwe vriend. Hij geeft haar gratis spullen in de game. Nu vraagt hij haar nummer, om op een andere app te praten.

## Wat is er aan de hand?

In veel games kun je chatten of praten met andere spelers. Dat is vaak leuk. Kinderen maken samen plannen en helpen elkaar. De meeste spelers willen gewoon spelen.

Maar soms doet iemand zich anders voor. Een volwassene zegt dan dat hij ook jong is. Hij geeft cadeaus en complimenten. Daarna wil hij praten op een plek waar niemand meekijkt. Let vooral op deze signalen:

- iemand wil een geheim met je kind
- iemand geeft cadeaus of geld in de game
- iemand wil naar een andere app
- iemand vraagt foto's, een adres of een nummer

## Wat kun je doen?

- Vraag je kind met wie het speelt. Toon echte interesse.
- Kijk samen naar de instellingen. Vaak kun je de chat beperken tot vrienden, of uitzetten.
- Spreek af: geen nummer, adres of foto's voor iemand die je niet in het echt kent.
- Leer je kind blokkeren en melden. De meeste games hebben daar knoppen voor.
- Zeg duidelijk: "Je mag het me altijd vertellen. Je krijgt er geen straf voor."

Neem de console dan ook niet af. Anders vertelt je kind het de volgende keer niet.

## Ging het mis?

Blijf kalm en geef je kind geen schuld. Maak screenshots van de berichten. Bel gratis naar Child Focus op 116 000. Je kind kan ook anoniem praten met Awel op 102. Is er afpersing, of gaat het om naaktfoto's? Stap dan ook naar de politie.""",
            "talk_prompts": [
                "Met wie speel je het liefst online?",
                "Wat zou je doen als iemand in een game je nummer vraagt?",
                "Weet je hoe je iemand blokkeert in deze game? Toon je het me?",
            ],
        },
        "fr": {
            "title": "Votre enfant parle avec des inconnus dans un jeu",
            "summary": "Parler avec d'autres joueurs, c'est souvent sympa. Parfois, quelqu'un ment "
            "sur qui il est. Voici les signaux et comment aider votre enfant.",
            "body": """Votre fille de onze ans joue à un jeu en ligne tous les soirs. Elle s'y est fait un nouvel ami. Il lui offre des objets gratuits dans le jeu. Maintenant, il demande son numéro pour parler sur une autre appli.

## Que se passe-t-il ?

Dans beaucoup de jeux, on peut écrire ou parler avec les autres joueurs. C'est souvent sympa. Les enfants font des plans ensemble et s'entraident. La plupart des joueurs veulent juste jouer.

Mais parfois, quelqu'un ment sur qui il est. Un adulte dit alors qu'il est jeune lui aussi. Il fait des cadeaux et des compliments. Ensuite, il veut parler là où personne ne voit rien. Soyez attentif à ces signaux :

- quelqu'un veut un secret avec votre enfant
- quelqu'un offre des cadeaux ou de l'argent dans le jeu
- quelqu'un veut passer sur une autre appli
- quelqu'un demande des photos, une adresse ou un numéro

## Que faire ?

- Demandez à votre enfant avec qui il joue. Montrez un vrai intérêt.
- Regardez ensemble les réglages. Souvent, on peut limiter le chat aux amis, ou le couper.
- Fixez une règle : pas de numéro, d'adresse ou de photo pour quelqu'un qu'on ne connaît pas en vrai.
- Apprenez-lui à bloquer et à signaler. La plupart des jeux ont des boutons pour cela.
- Dites-lui clairement : « Tu peux toujours m'en parler. Tu ne seras pas puni. »

Ne confisquez donc pas la console. Sinon, la prochaine fois, votre enfant ne dira rien.

## C'est déjà arrivé ?

Restez calme et ne lui faites pas de reproches. Faites des captures d'écran des messages. Appelez gratuitement Child Focus au 116 000. Votre enfant peut aussi parler sans donner son nom à Écoute-Enfants, au 103. Il y a du chantage, ou des photos de nu ? Allez aussi à la police.""",
            "talk_prompts": [
                "Avec qui tu préfères jouer en ligne ?",
                "Que ferais-tu si quelqu'un te demandait ton numéro dans un jeu ?",
                "Tu sais comment bloquer quelqu'un dans ce jeu ? Tu me montres ?",
            ],
        },
    },
    {
        "slug": "grenzen-aan-gamen-zonder-ruzie",
        "themes": ["gaming", "screen-time"],
        "age_groups": ["6-9", "13-15", "16-18"],
        "module": 4,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
            ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
        ],
        "nl": {
            "title": "Grenzen aan gamen, zonder elke avond ruzie",
            "summary": "Stoppen met gamen leidt vaak tot ruzie. Met duidelijke afspraken en wat "
            "begrip leert je kind zelf stoppen.",
            "body": """Het is tien uur 's avonds. Je zoon van veertien moet stoppen met gamen. Hij roept: "Nu niet! Mijn team rekent op mij." Elke avond is het ruzie.

## Wat is er aan de hand?

Bij online games kun je vaak niet op pauze drukken. Wie midden in een spel stopt, laat zijn team vallen. Daarom voelt "nu stoppen" voor je kind heel oneerlijk. Hij wil je niet uitdagen. Hij zit vast in het spel.

Regels helpen. Maar te veel controle werkt vaak averechts. Je kind gaat dan stiekem spelen. Het doel is dat je kind zelf leert stoppen.

## Wat kun je doen?

- Maak samen afspraken, op een rustig moment. Niet midden in een ruzie.
- Spreek een stopmoment af: na dit spel, niet na deze minuut.
- Geef tien minuten op voorhand een seintje.
- Leg 's nachts de console en de gsm buiten de slaapkamer. Slaap is belangrijk.
- Op de meeste consoles kun je een speeltijd instellen. Zeg je kind wel dat je dat doet.

Is je kind jonger, zoals zes tot negen? Gebruik dan een wekker of een zandloper. Zo ziet het hoeveel tijd er nog is.

Is je kind zestien of ouder? Dan mag het meer zelf beslissen. Vraag: "Hoe gaat het met school en slapen, vind je zelf?" Zo leert het kiezen.

Speel ook eens mee. Een ouder die interesse toont, wordt beter gehoord dan een ouder die alleen verbiedt.

## Hulp nodig?

Wil je kind niets anders meer doen dan gamen? Slaapt het slecht, of gaat het niet meer naar school? Praat dan met je huisarts of het CLB. Op mediawijs.be vind je ook tips.""",
            "talk_prompts": [
                "Wanneer kun jij het makkelijkst stoppen met spelen?",
                "Welke afspraak over gamen vind jij eerlijk?",
                "Hoe merk je zelf dat je te lang gespeeld hebt?",
            ],
        },
        "fr": {
            "title": "Limiter les jeux vidéo sans se disputer chaque soir",
            "summary": "Arrêter de jouer finit souvent en dispute. Avec des règles claires et un peu "
            "de compréhension, votre enfant apprend à s'arrêter seul.",
            "body": """Il est dix heures du soir. Votre fils de quatorze ans doit arrêter de jouer. Il crie : « Pas maintenant ! Mon équipe compte sur moi. » Chaque soir, c'est la dispute.

## Que se passe-t-il ?

Dans les jeux en ligne, on ne peut souvent pas faire pause. Celui qui part au milieu d'une partie laisse tomber son équipe. Pour votre enfant, « arrête tout de suite » semble donc très injuste. Il ne veut pas vous provoquer. Il est pris dans le jeu.

Les règles aident. Mais trop de contrôle a souvent l'effet inverse. Votre enfant va alors jouer en cachette. Le but, c'est qu'il apprenne à s'arrêter seul.

## Que faire ?

- Fixez les règles ensemble, à un moment calme. Pas au milieu d'une dispute.
- Choisissez un moment pour arrêter : après cette partie, pas à telle minute.
- Prévenez-le dix minutes avant.
- La nuit, laissez la console et le GSM hors de la chambre. Le sommeil compte.
- Sur la plupart des consoles, vous pouvez régler un temps de jeu. Dites-le à votre enfant.

Votre enfant est plus jeune, entre six et neuf ans ? Utilisez un réveil ou un sablier. Il voit ainsi le temps qui reste.

Votre ado a seize ans ou plus ? Il peut décider plus de choses seul. Demandez-lui : « Comment ça va pour l'école et le sommeil, à ton avis ? » Il apprend ainsi à choisir.

Jouez aussi avec lui de temps en temps. Un parent qui s'intéresse est mieux écouté qu'un parent qui interdit.

## Besoin d'aide ?

Votre enfant ne veut plus rien faire d'autre que jouer ? Il dort mal, ou ne va plus à l'école ? Parlez-en à votre médecin ou au centre PMS. Le site csem.be donne aussi des conseils.""",
            "talk_prompts": [
                "À quel moment c'est le plus facile pour toi d'arrêter de jouer ?",
                "Quelle règle sur les jeux te semble juste ?",
                "Comment tu sens toi-même que tu as joué trop longtemps ?",
            ],
        },
    },
    {
        "slug": "samen-gamen-met-je-kind",
        "themes": ["gaming", "screen-time"],
        "age_groups": ["0-5", "6-9"],
        "module": 4,
        "sources": [
            ("PEGI – Pan European Game Information", "https://pegi.info/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Samen gamen met je kind: leuk én leerrijk",
            "summary": "Je hoeft geen expert te zijn om mee te spelen. Samen gamen is een kans om "
            "je kind beter te leren kennen.",
            "body": """Je kleindochter van vijf vraagt: "Oma, speel je mee?" Ze toont een spel op de tablet. Je kent niets van games. Toch is dit een mooie kans.

## Waarom samen spelen?

Als je samen speelt, zie je wat je kind doet. Je ziet wat het leuk vindt, en wat het moeilijk of eng vindt. Je kind leert ook van jou: om de beurt spelen, tegen je verlies kunnen, hulp vragen.

Jonge kinderen spelen liefst niet alleen op een scherm. Met jou erbij wordt het een moment samen. Je kunt praten, lachen en uitleggen.

Je hoeft geen expert te zijn. Je kind is graag eens de leraar. Dat maakt het trots.

## Wat kun je doen?

- Laat je kind de game uitleggen. Stel vragen: "Wat moet ik nu doen?"
- Kies spellen met PEGI 3 of PEGI 7. Die passen bij jonge kinderen.
- Kies games zonder chat en zonder aankopen. Of zet die uit.
- Houd het kort. Stop samen op een vast moment, zoals na twee spelletjes.
- Praat achteraf: "Wat vond je het leukst?"

Ook oudere kinderen vinden het fijn als je eens meespeelt. Vraag gewoon of je mag kijken. Of speel samen een spel voor het hele gezin.

## Hulp nodig?

Vind je het moeilijk om een goede game te kiezen? Op pegi.info zie je voor welke leeftijd een game is. Op mediawijs.be vind je tips over kinderen en media.""",
            "talk_prompts": [
                "Wil je me leren hoe dit spel werkt?",
                "Wat vind je het leukst in dit spel?",
                "Welk spel kunnen we samen met het hele gezin spelen?",
            ],
        },
        "fr": {
            "title": "Jouer aux jeux vidéo avec son enfant : un bon moment à deux",
            "summary": "Pas besoin d'être expert pour jouer avec votre enfant. Jouer ensemble, "
            "c'est une chance de mieux le connaître.",
            "body": """Votre petite-fille de cinq ans vous demande : « Mamy, tu joues avec moi ? » Elle vous montre un jeu sur la tablette. Vous n'y connaissez rien. Pourtant, c'est une belle occasion.

## Pourquoi jouer ensemble ?

Quand vous jouez ensemble, vous voyez ce que fait votre enfant. Vous voyez ce qu'il aime, et ce qui est dur ou fait peur. Votre enfant apprend aussi avec vous : jouer chacun son tour, savoir perdre, demander de l'aide.

Les petits ne devraient pas rester seuls devant un écran. Avec vous, le jeu devient un moment partagé. Vous pouvez parler, rire et expliquer.

Pas besoin d'être expert. Votre enfant aime jouer au prof. Il en est fier.

## Que faire ?

- Laissez votre enfant vous expliquer le jeu. Posez des questions : « Je dois faire quoi, là ? »
- Choisissez des jeux PEGI 3 ou PEGI 7. Ils conviennent aux jeunes enfants.
- Choisissez des jeux sans chat et sans achats. Ou coupez ces options.
- Jouez peu de temps. Arrêtez ensemble à un moment fixé, par exemple après deux parties.
- Parlez après le jeu : « Qu'est-ce que tu as aimé le plus ? »

Les plus grands aiment aussi quand vous jouez avec eux. Demandez simplement si vous pouvez regarder. Ou jouez à un jeu pour toute la famille.

## Besoin d'aide ?

C'est difficile de choisir un bon jeu ? Sur pegi.info, vous voyez pour quel âge est un jeu. Le site csem.be donne des conseils sur les enfants et les médias.""",
            "talk_prompts": [
                "Tu veux bien m'apprendre à jouer à ce jeu ?",
                "Qu'est-ce que tu préfères dans ce jeu ?",
                "À quel jeu on pourrait jouer avec toute la famille ?",
            ],
        },
    },
    # ------------------------------------------------------------------
    # CYBERBULLYING
    # ------------------------------------------------------------------
    {
        "slug": "cyberpesten-herkennen-zonder-bespioneren",
        "themes": ["cyberbullying"],
        "age_groups": ["10-12", "13-15"],
        "module": 5,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Child Focus", "https://childfocus.be/"),
        ],
        "nl": {
            "title": "Cyberpesten herkennen, zonder je kind te bespioneren",
            "summary": "Veel kinderen vertellen niet dat ze online gepest worden. Op welke signalen "
            "let je, en hoe begin je het gesprek?",
            "body": """Je dochter van twaalf is al een paar weken stil. Ze schrikt als haar gsm trilt. 's Ochtends heeft ze vaak buikpijn. Je vraagt je af: wordt ze gepest?

## Wat is cyberpesten?

Cyberpesten is pesten via de gsm of de computer. Bijvoorbeeld:

- gemene berichten of reacties
- iemand uit een groepschat zetten
- foto's of filmpjes delen om iemand uit te lachen
- een nep-account maken met iemands naam

Online pesten stopt niet aan de schoolpoort. Het gaat door 's avonds en in het weekend. Daarom weegt het zo zwaar.

## Op welke signalen let je?

Je kind vertelt het misschien niet. Uit schaamte, of uit angst dat je de gsm afpakt. Let op wat verandert:

- slecht slapen of buikpijn
- niet meer naar school of naar de sport willen
- de gsm plots wegleggen, of net altijd checken
- boos of verdrietig na het scrollen

## Wat kun je doen?

- Lees niet stiekem in de gsm. Merkt je kind het, dan ben je zijn vertrouwen kwijt.
- Kies een rustig moment, zoals in de auto of bij de afwas.
- Vraag open: "Hoe gaat het in de klasgroep?"
- Beloof dat je de gsm niet afpakt als het iets vertelt.
- Zeg: "Het is nooit jouw schuld als iemand je pest."

## Hulp nodig?

Je kind kan anoniem en gratis praten met Awel op 102, of chatten via awel.be. Als ouder kun je bellen naar Child Focus op 116 000.""",
            "talk_prompts": [
                "Hoe gaat het eigenlijk in de klasgroep?",
                "Gebeurt er online soms iets wat je niet leuk vindt?",
                "Als iemand gemeen doet tegen jou of een vriend, wat zou je dan doen?",
            ],
        },
        "fr": {
            "title": "Repérer le cyberharcèlement, sans espionner son enfant",
            "summary": "Beaucoup d'enfants ne disent pas qu'ils sont harcelés en ligne. À quels "
            "signaux faire attention, et comment en parler ?",
            "body": """Depuis quelques semaines, votre fille de douze ans est silencieuse. Elle sursaute quand son GSM vibre. Le matin, elle a souvent mal au ventre. Vous vous demandez si on s'en prend à elle.

## C'est quoi, le cyberharcèlement ?

C'est du harcèlement par GSM ou par ordinateur. Par exemple :

- des messages ou des commentaires méchants
- retirer quelqu'un d'un groupe de discussion
- partager des photos ou des vidéos pour se moquer
- créer un faux compte au nom de quelqu'un

Le harcèlement en ligne ne s'arrête pas à la grille de l'école. Il continue le soir et le week-end. C'est pour cela qu'il pèse si lourd.

## À quels signaux faire attention ?

Votre enfant ne vous le dira peut-être pas. Par honte, ou par peur qu'on lui prenne son GSM. Soyez attentif aux changements :

- il dort mal ou a mal au ventre
- il ne veut plus aller à l'école ou au sport
- il range son GSM d'un coup, ou le regarde sans arrêt
- il est fâché ou triste après avoir été en ligne

## Que faire ?

- Ne lisez pas son GSM en cachette. S'il le découvre, vous perdez sa confiance.
- Choisissez un moment calme, en voiture ou pendant la vaisselle.
- Posez une question ouverte : « Ça se passe comment, dans le groupe de la classe ? »
- Promettez de ne pas prendre son GSM s'il vous raconte quelque chose.
- Dites-lui : « Ce n'est jamais ta faute si quelqu'un te harcèle. »

## Besoin d'aide ?

Votre enfant peut appeler Écoute-Enfants au 103. C'est gratuit et il ne doit pas dire son nom. Vous pouvez appeler Child Focus au 116 000.""",
            "talk_prompts": [
                "Ça se passe comment, en fait, dans le groupe de la classe ?",
                "Il t'arrive des choses en ligne que tu n'aimes pas ?",
                "Si quelqu'un était méchant avec toi ou un ami, tu ferais quoi ?",
            ],
        },
    },
    {
        "slug": "je-kind-wordt-online-gepest",
        "themes": ["cyberbullying"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 5,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
            ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
        ],
        "nl": {
            "title": "Je kind wordt online gepest: wat doe je nu?",
            "summary": "Je kind vertelt dat het online gepest wordt. Hoe steun je het, zonder het "
            "erger te maken? Vijf stappen die je samen zet.",
            "body": """Je zoon van vijftien toont je zijn gsm. In een groepschat lachen klasgenoten met een foto van hem. Hij zegt: "Zeg niets tegen school. Dan wordt het erger."

## Wat is er aan de hand?

Je kind had moed nodig om dit te vertellen. Dat is al een grote stap. Nu moet het zich gesteund voelen. Het is bang dat jij het erger maakt. Daarom is samen beslissen zo belangrijk.

## Wat kun je doen?

- Luister eerst. Zeg: "Goed dat je het vertelt. Het is niet jouw schuld."
- Reageer niet zelf online op de pesters of hun ouders. Dat maakt het vaak erger.
- Maak samen screenshots van de berichten, met datum en naam.
- Blokkeer de pesters en meld de berichten bij de app.
- Beslis samen wie je erbij haalt: een leerkracht, de directie of het CLB. Vertel je kind wat je doet.

Neem de gsm niet af. Dan voelt je kind zich nog eenzamer. En de volgende keer zwijgt het misschien.

Zorg ook voor goede momenten. Doe samen iets wat je kind graag doet. Zoek mensen op bij wie het zich goed voelt.

## Hulp nodig?

Je kind kan anoniem praten met Awel op 102. Jij kunt als ouder bellen naar Child Focus op 116 000. Zijn er bedreigingen, of worden er naaktfoto's gedeeld? Ga dan ook naar de politie. Wordt je kind heel somber? Zoek dan snel hulp bij je huisarts.""",
            "talk_prompts": [
                "Wat zou jou nu het meest helpen?",
                "Wie wil jij erbij betrekken: een leerkracht, iemand anders, of nog niemand?",
                "Wat kunnen we deze week samen doen om je wat beter te voelen?",
            ],
        },
        "fr": {
            "title": "Votre enfant est harcelé en ligne : que faire ?",
            "summary": "Votre enfant vous dit qu'il est harcelé en ligne. Comment le soutenir, sans "
            "aggraver les choses ? Voici cinq étapes à suivre ensemble.",
            "body": """Votre fils de quinze ans vous montre son GSM. Dans un groupe de discussion, des élèves de sa classe se moquent d'une photo de lui. Il vous dit : « Ne dis rien à l'école. Ça va être pire. »

## Que se passe-t-il ?

Il a fallu du courage à votre enfant pour en parler. C'est déjà un grand pas. Maintenant, il doit se sentir soutenu. Il a peur que vous aggraviez les choses. C'est pour cela qu'il faut décider ensemble.

## Que faire ?

- Écoutez d'abord. Dites : « Tu as bien fait de me le dire. Ce n'est pas ta faute. »
- Ne répondez pas vous-même en ligne aux harceleurs ou à leurs parents. Cela aggrave souvent les choses.
- Faites ensemble des captures d'écran des messages, avec la date et le nom.
- Bloquez les harceleurs et signalez les messages dans l'appli.
- Décidez ensemble qui prévenir : un professeur, la direction ou le centre PMS. Dites à votre enfant ce que vous faites.

Ne lui prenez pas son GSM. Il se sentirait encore plus seul. Et la prochaine fois, il risque de se taire.

Prévoyez aussi de bons moments. Faites ensemble une activité qu'il aime. Voyez des gens avec qui il se sent bien.

## Besoin d'aide ?

Votre enfant peut appeler Écoute-Enfants au 103, sans dire son nom. Vous pouvez appeler Child Focus au 116 000. Il y a des menaces, ou des photos de nu circulent ? Allez aussi à la police. Votre enfant devient très triste ? Voyez vite votre médecin.""",
            "talk_prompts": [
                "Qu'est-ce qui t'aiderait le plus, là maintenant ?",
                "À qui veux-tu en parler : un prof, quelqu'un d'autre, ou personne pour l'instant ?",
                "Qu'est-ce qu'on pourrait faire ensemble cette semaine pour que tu te sentes mieux ?",
            ],
        },
    },
    {
        "slug": "je-kind-pest-zelf-online",
        "themes": ["cyberbullying"],
        "age_groups": ["10-12", "13-15"],
        "module": 5,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
            ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
        ],
        "nl": {
            "title": "Je kind pest zelf online: hoe reageer je?",
            "summary": "Horen dat je kind pest, doet pijn. Een kind dat pest, is geen slecht kind. "
            "Zo help je het om het goed te maken.",
            "body": """De leerkracht belt je op. Je zoon van elf deelde gemene grappen over een klasgenoot in de klasgroep. Je schrikt. Je kind is toch niet slecht?

## Wat is er aan de hand?

Een kind dat pest, is geen slecht kind. Maar het deed wel iets wat pijn doet. Kinderen pesten om veel redenen. Ze willen erbij horen. Ze vinden het een grap. Of ze werden zelf gepest. Online zie je het gezicht van de ander niet. Dan lijkt het minder erg.

## Wat kun je doen?

- Blijf rustig. Roep niet en geef niet meteen een zware straf.
- Vraag wat er gebeurd is. Luister naar zijn kant van het verhaal.
- Wees wel duidelijk: "Dit is niet oké. Het doet pijn."
- Vraag: "Hoe zou jij je voelen als dit over jou ging?"
- Zoek samen hoe hij het goedmaakt. Hij haalt de berichten weg, zegt sorry, of doet iets goeds voor de ander.

Werk samen met de school. Zij zien wat er in de klas gebeurt. Samen kunnen jullie je kind beter helpen.

Kijk ook naar je eigen voorbeeld. Hoe praten wij online over anderen? Kinderen doen na wat wij doen.

## Hulp nodig?

Praat met de leerkracht of het CLB. Zij kunnen jou en je kind begeleiden. Het CLB is gratis. Op mediawijs.be vind je tips om met je kind over online gedrag te praten.""",
            "talk_prompts": [
                "Wat gebeurde er precies, volgens jou?",
                "Hoe denk je dat de ander zich nu voelt?",
                "Wat kun jij doen om het weer goed te maken?",
            ],
        },
        "fr": {
            "title": "Votre enfant harcèle en ligne : comment réagir ?",
            "summary": "Apprendre que son enfant harcèle fait mal. Un enfant qui harcèle n'est pas "
            "un mauvais enfant. Voici comment l'aider à réparer.",
            "body": """L'institutrice vous téléphone. Votre fils de onze ans a posté des blagues méchantes sur un camarade dans le groupe de la classe. Vous êtes choqué. Votre enfant n'est quand même pas méchant ?

## Que se passe-t-il ?

Un enfant qui harcèle n'est pas un mauvais enfant. Mais il a fait quelque chose qui blesse. Les enfants harcèlent pour plein de raisons. Ils veulent faire partie du groupe. Ils trouvent ça drôle. Ou ils ont eux-mêmes été harcelés. En ligne, on ne voit pas le visage de l'autre. Alors, ça semble moins grave.

## Que faire ?

- Restez calme. Ne criez pas et ne punissez pas trop fort tout de suite.
- Demandez ce qui s'est passé. Écoutez sa version.
- Soyez clair : « Ce n'est pas correct. Ça fait mal. »
- Demandez : « Comment tu te sentirais si c'était sur toi ? »
- Cherchez ensemble comment réparer. Il retire les messages, s'excuse, ou fait un geste gentil pour l'autre.

Travaillez avec l'école. Elle voit ce qui se passe en classe. Ensemble, vous aiderez mieux votre enfant.

Pensez aussi à votre propre exemple. Comment parlons-nous des autres en ligne ? Les enfants font comme nous.

## Besoin d'aide ?

Parlez-en à l'institutrice ou au centre PMS de l'école. Ils peuvent vous aider, vous et votre enfant. Le centre PMS est gratuit. Le site csem.be donne des idées pour parler des médias en famille.""",
            "talk_prompts": [
                "D'après toi, qu'est-ce qui s'est passé exactement ?",
                "Comment tu penses que l'autre se sent maintenant ?",
                "Qu'est-ce que tu peux faire pour réparer ?",
            ],
        },
    },
    {
        "slug": "screenshots-bewaren-en-melden",
        "themes": ["cyberbullying", "privacy"],
        "age_groups": ["13-15", "16-18"],
        "module": 5,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Cyberpesten: eerst bewijs bewaren, dan melden",
            "summary": "Wil je kind alles meteen wissen? Bewaar eerst bewijs. Zo maak je goede "
            "screenshots en meld je pesten bij een app.",
            "body": """Je dochter van zestien vindt een nep-account met haar naam. Iemand zet er foto's van haar op, met gemene tekst. Ze wil alles zo snel mogelijk weg.

## Waarom eerst bewijs bewaren?

Dat je kind alles weg wil, is normaal. Maar als de berichten weg zijn, kan niemand nog zien wat er gebeurd is. De school, de app of de politie hebben bewijs nodig. Dus: eerst bewaren, dan melden.

## Zo pak je het aan

- Maak screenshots van elk bericht, elke foto en het profiel. Zorg dat je de datum, het uur en de naam van het account ziet.
- Kopieer ook de link van het profiel of het bericht.
- Bewaar alles op een veilige plek, zoals een map op je computer.
- Meld het account of het bericht in de app. De meeste apps hebben een knop om te melden. Kies een reden, zoals pesten of nep-account.
- Blokkeer daarna de pester.

Help je kind, maar laat het mee beslissen. Het gaat om zijn of haar leven.

Let op: gaat het om naaktfoto's van je kind? Stuur ze dan nooit door, ook niet als bewijs. Maak er ook geen screenshot van. Noteer de naam van het account en de link, en meld het meteen.

## Hulp nodig?

Reageert de app niet? Of gaat het om bedreiging, afpersing of naaktfoto's? Neem dan contact op met Child Focus via 116 000. Bij bedreiging of afpersing kun je ook naar de politie stappen. Je kind kan anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Wil je dat ik je help om alles te bewaren voor we het melden?",
                "Weet je hoe je in deze app iemand meldt of blokkeert?",
                "Wie wil jij dat er nog van weet?",
            ],
        },
        "fr": {
            "title": "Cyberharcèlement : garder des preuves, puis signaler",
            "summary": "Votre enfant veut tout effacer tout de suite ? Gardez d'abord des preuves. "
            "Voici comment faire de bonnes captures et signaler.",
            "body": """Votre fille de seize ans découvre un faux compte à son nom. Quelqu'un y met des photos d'elle, avec des phrases méchantes. Elle veut que tout disparaisse au plus vite.

## Pourquoi garder des preuves d'abord ?

C'est normal que votre enfant veuille tout effacer. Mais si les messages disparaissent, plus personne ne peut voir ce qui s'est passé. L'école, l'appli ou la police ont besoin de preuves. Donc : d'abord garder, puis signaler.

## Comment faire ?

- Faites une capture d'écran de chaque message, de chaque photo et du profil. On doit y voir la date, l'heure et le nom du compte.
- Copiez aussi le lien du profil ou du message.
- Rangez tout dans un endroit sûr, par exemple un dossier sur votre ordinateur.
- Signalez le compte ou le message dans l'appli. La plupart des applis ont un bouton pour cela. Choisissez une raison, comme harcèlement ou faux compte.
- Ensuite, bloquez la personne.

Aidez votre enfant, mais laissez-le décider avec vous. C'est sa vie.

Attention : il s'agit de photos de nu de votre enfant ? Ne les envoyez jamais à personne, même comme preuve. N'en faites pas de capture. Notez le nom du compte et le lien, et signalez tout de suite.

## Besoin d'aide ?

L'appli ne réagit pas ? Ou il y a des menaces, du chantage ou des photos de nu ? Contactez Child Focus au 116 000. En cas de menaces ou de chantage, vous pouvez aussi aller à la police. Votre enfant peut appeler Écoute-Enfants au 103, sans dire son nom.""",
            "talk_prompts": [
                "Tu veux que je t'aide à tout garder avant de signaler ?",
                "Tu sais comment signaler ou bloquer quelqu'un dans cette appli ?",
                "Qui d'autre veux-tu mettre au courant ?",
            ],
        },
    },
    {
        "slug": "cyberpesten-en-de-school",
        "themes": ["cyberbullying"],
        "age_groups": ["6-9", "10-12", "13-15"],
        "module": 5,
        "sources": [
            ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
            ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Cyberpesten en de school: wat mag je verwachten?",
            "summary": "Ook als het pesten thuis online gebeurt, kan de school helpen. Zo pak je het "
            "gesprek met de school goed aan.",
            "body": """Je zoon van acht wordt uitgelachen in een chatgroep van de klas. Het gebeurt 's avonds, thuis. Je twijfelt: moet ik dit aan de school vertellen?

## Wat kan de school doen?

Ja, vertel het. Ook als het pesten online gebeurt, gaat het om kinderen die elkaar elke dag zien. Wat 's avonds online gebeurt, voel je de dag erna op de speelplaats. Veel scholen hebben afspraken over pesten. Vraag daar gerust naar.

De school kan bijvoorbeeld:

- met de kinderen in de klas praten
- de ouders van de andere kinderen aanspreken
- het CLB erbij halen
- in de klas werken rond respect, ook online

## Wat kun je doen?

- Maak een afspraak met de leerkracht of de directie. Praat liever niet even snel aan de schoolpoort.
- Neem screenshots mee. Vertel rustig wat er gebeurde, en sinds wanneer.
- Vraag wat de school gaat doen, en wanneer jullie weer praten.
- Vertel je kind wat je doet. Zo voelt het zich veilig.
- Helpt de school niet genoeg? Neem dan zelf contact op met het CLB.

## Hulp nodig?

Het CLB helpt leerlingen en ouders, en is gratis. Je vindt het CLB van je school via de school zelf. Je kind kan ook anoniem praten met Awel op 102. Child Focus helpt ouders via 116 000.""",
            "talk_prompts": [
                "Wil je dat ik met de juf of meester praat?",
                "Wat mag de school weten, en wat liever niet?",
                "Is er op school iemand bij wie je je veilig voelt?",
            ],
        },
        "fr": {
            "title": "Cyberharcèlement et école : que pouvez-vous attendre ?",
            "summary": "Même si le harcèlement se passe en ligne, à la maison, l'école peut aider. "
            "Voici comment bien préparer la discussion.",
            "body": """Votre fils de huit ans est moqué dans un groupe de discussion de la classe. Ça se passe le soir, à la maison. Vous hésitez : faut-il en parler à l'école ?

## Que peut faire l'école ?

Oui, parlez-en. Même en ligne, ce sont des enfants qui se voient chaque jour. Ce qui se passe le soir en ligne se ressent le lendemain dans la cour. Beaucoup d'écoles ont des règles sur le harcèlement. N'hésitez pas à les demander.

L'école peut par exemple :

- parler avec les enfants de la classe
- parler aux parents des autres enfants
- faire appel au centre PMS
- travailler en classe sur le respect, aussi en ligne

## Que faire ?

- Prenez rendez-vous avec l'institutrice ou la direction. Évitez d'en parler vite fait à la grille.
- Apportez des captures d'écran. Racontez au calme ce qui s'est passé, et depuis quand.
- Demandez ce que l'école va faire, et quand vous vous reverrez.
- Dites à votre enfant ce que vous faites. Il se sentira en sécurité.
- L'école n'aide pas assez ? Contactez vous-même le centre PMS.

## Besoin d'aide ?

Le centre PMS aide les élèves et les parents. C'est gratuit. L'école vous dira quel est son centre PMS. Votre enfant peut aussi appeler Écoute-Enfants au 103. Child Focus aide les parents au 116 000.""",
            "talk_prompts": [
                "Tu veux que j'en parle à ton institutrice ?",
                "Qu'est-ce que l'école peut savoir, et qu'est-ce que tu préfères garder pour toi ?",
                "À l'école, il y a quelqu'un avec qui tu te sens bien ?",
            ],
        },
    },
    {
        "slug": "vriendelijk-online-van-jongs-af",
        "themes": ["cyberbullying", "privacy"],
        "age_groups": ["0-5", "6-9"],
        "module": 5,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Vriendelijk online: begin al bij je kleuter",
            "summary": "Je kleuter zit nog niet in een chatgroep. Toch leert het nu al hoe je "
            "vriendelijk met anderen omgaat, ook online.",
            "body": """Je zoon van vier kijkt mee op je gsm. Hij wil een foto van zijn zus in de familiegroep zetten. Op de foto huilt ze. Hij vindt het grappig. Zij niet.

## Wat is er aan de hand?

Je kleuter zit nog niet in een chatgroep. Maar hij leert nu al hoe je met anderen omgaat. Hij kijkt ook naar wat jij doet met je gsm. Zo leert hij de basis om later niet te pesten. En om hulp te vragen als iemand hem pest.

Kinderen van zes tot negen spelen vaak al online spelletjes. Soms sturen ze ook al berichtjes. Dan is het goed als ze al weten wat vriendelijk is.

## Wat kun je doen?

- Vraag toestemming voor je een foto deelt: "Mag ik deze foto naar oma sturen?" Zo leert je kind dat dat normaal is.
- Zeg het als iets niet grappig is voor een ander: "Kijk, je zus is verdrietig."
- Leer een eenvoudige regel: wat je niet in het echt zegt, zeg je ook niet online.
- Zeg: "Zie je iets wat raar of gemeen is? Kom het dan aan mij vertellen."
- Geef zelf het goede voorbeeld. Praat ook in groepschats vriendelijk over anderen.

Zo wordt je kind iemand die opkomt voor een ander. Dat is de beste bescherming tegen pesten.

## Hulp nodig?

Wordt je kind van zes tot negen toch al gepest, online of op school? Praat met de leerkracht. Child Focus helpt ouders via 116 000. Op mediawijs.be vind je tips over kinderen en media.""",
            "talk_prompts": [
                "Mag ik deze foto van jou naar oma sturen?",
                "Hoe zou jij je voelen als iemand een foto van jou deelt waarop je huilt?",
                "Wat doe je als je iets gemeens ziet op de tablet?",
            ],
        },
        "fr": {
            "title": "Être gentil en ligne : ça commence dès la maternelle",
            "summary": "Votre petit n'est pas encore dans un groupe de discussion. Mais il apprend "
            "déjà à être gentil avec les autres, aussi en ligne.",
            "body": """Votre fils de quatre ans regarde votre GSM avec vous. Il veut envoyer une photo de sa sœur dans le groupe de la famille. Sur la photo, elle pleure. Lui trouve ça drôle. Elle, non.

## Que se passe-t-il ?

Votre petit n'est pas encore dans un groupe de discussion. Mais il apprend déjà à vivre avec les autres. Il regarde aussi ce que vous faites avec votre GSM. Il pose ainsi les bases pour ne pas harceler plus tard. Et pour demander de l'aide si on s'en prend à lui.

Entre six et neuf ans, beaucoup d'enfants jouent déjà en ligne. Parfois, ils envoient aussi des messages. C'est bien qu'ils sachent déjà ce qu'est être gentil.

## Que faire ?

- Demandez la permission avant de partager une photo : « Je peux envoyer cette photo à mamy ? » Votre enfant apprend que c'est normal.
- Dites-le quand quelque chose n'est pas drôle pour l'autre : « Regarde, ta sœur est triste. »
- Apprenez une règle simple : ce qu'on ne dit pas en vrai, on ne le dit pas en ligne.
- Dites : « Tu vois quelque chose de bizarre ou de méchant ? Viens me le dire. »
- Montrez l'exemple. Dans les groupes, parlez des autres avec gentillesse.

Votre enfant apprend ainsi à défendre les autres. C'est la meilleure protection contre le harcèlement.

## Besoin d'aide ?

Votre enfant de six à neuf ans est déjà harcelé, en ligne ou à l'école ? Parlez-en à l'institutrice. Child Focus aide les parents au 116 000. Le site csem.be donne des conseils sur les enfants et les médias.""",
            "talk_prompts": [
                "Je peux envoyer cette photo de toi à mamy ?",
                "Comment tu te sentirais si quelqu'un montrait une photo de toi en train de pleurer ?",
                "Que fais-tu si tu vois quelque chose de méchant sur la tablette ?",
            ],
        },
    },
]
