"""Module 3: internet and privacy (slug privacy).

Dutch ("nl", Flemish usage, "je") and Belgian French ("fr", "vous"). Format: see FORMAT.md.
Written for parents and grandparents who may read Dutch or French as a second language:
short sentences, common words, practical and never alarmist.

Facts used, with their source in MODULE["sources"]:
- Age of digital consent in Belgium: 13 (law of 30 July 2018 on the protection of natural
  persons with regard to the processing of personal data, art. 7). Under 13, a parent consents.
- Cookies that follow you for advertising need your consent first; you may refuse them.
- Safeonweb: forward suspicious messages to suspicious@safeonweb.be.
- Children's right to privacy: UN Convention on the Rights of the Child, art. 16.
"""

MODULE = {
    "number": 3,
    "slug": "privacy",
    "duration_minutes": 15,
    "nl": {
        "title": "Internet en privacy",
        "promise": (
            "Je weet welke gegevens en foto's beter privé blijven, hoe je valse berichten herkent "
            "en hoe je samen met je kind accounts goed beschermt."
        ),
    },
    "fr": {
        "title": "Internet et vie privée",
        "promise": (
            "Vous savez quelles infos et quelles photos garder pour vous, comment repérer les faux "
            "messages et comment protéger les comptes avec votre enfant."
        ),
    },
    "sources": [
        ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be/"),
        ("Autorité de protection des données", "https://www.autoriteprotectiondonnees.be/"),
        ("Safeonweb", "https://safeonweb.be/"),
        ("Mediawijs", "https://www.mediawijs.be/"),
        ("Conseil supérieur de l'éducation aux médias (CSEM)", "https://www.csem.be/"),
        ("Child Focus", "https://childfocus.be/"),
        (
            "VN-Kinderrechtenverdrag, artikel 16 / Convention relative aux droits de l'enfant, article 16",
            "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child",
        ),
    ],
    "tips": {
        "nl": [
            "Houd naam, adres, school en wachtwoorden privé.",
            "Denk na voor je post: mag iedereen dit zien, ook later?",
            "Vraag je kind of het goed is voor je een foto van hem deelt.",
            "Gebruik een lange wachtzin en zet een extra code aan bij het inloggen.",
            "Klik niet op links in onverwachte berichten en stuur ze door naar suspicious@safeonweb.be.",
            "Weiger cookies voor reclame en zoek samen met je kind de reclame in apps.",
            "Vraagt een app toestemming om gegevens te gebruiken? Onder 13 jaar geef jij die als ouder.",
        ],
        "fr": [
            "Gardez pour vous le nom, l'adresse, l'école et les mots de passe.",
            "Réfléchissez avant de publier : tout le monde peut-il le voir, même plus tard ?",
            "Demandez son avis à votre enfant avant de partager une photo de lui.",
            "Prenez une longue phrase de passe et activez un code en plus pour vous connecter.",
            "Ne cliquez pas sur les liens des messages inattendus et envoyez-les à suspicious@safeonweb.be.",
            "Refusez les cookies publicitaires et cherchez la pub dans les applis avec votre enfant.",
            "Une appli demande l'accord pour utiliser des données ? Avant 13 ans, c'est vous, le parent, qui le donnez.",
        ],
    },
    "steps": [
        # ------------------------------------------------------------------
        {
            "key": "intro",
            "kind": "text",
            "nl": {
                "title": "Wat is privé online?",
                "body": """Je doet je voordeur op slot. Je geeft je bankkaart niet aan een onbekende. Online heb je ook zulke gewoontes nodig. Dat heet cyberhygiëne: kleine stappen die je gegevens veilig houden.

Wat is privé? Alles waarmee iemand je kan vinden, of je geld of je account kan nemen:

- je volledige naam, je adres en je school;
- je telefoonnummer en je geboortedatum;
- je wachtwoorden en codes;
- foto's van je bankkaart of je identiteitskaart.

Wat online staat, blijft vaak lang staan. Anderen kunnen het bewaren en doorsturen.

In deze module leer je wat je beter privé houdt en hoe je valse berichten herkent. En hoe je samen met je kind goede gewoontes maakt.""",
            },
            "fr": {
                "title": "C'est quoi, privé, en ligne ?",
                "body": """Vous fermez votre porte à clé. Vous ne donnez pas votre carte bancaire à un inconnu. En ligne aussi, il faut de bonnes habitudes. On parle d'hygiène numérique : des petits gestes qui protègent vos données.

Qu'est-ce qui est privé ? Tout ce qui permet de vous retrouver, ou de prendre votre argent ou votre compte :

- votre nom complet, votre adresse et l'école ;
- votre numéro de téléphone et votre date de naissance ;
- vos mots de passe et vos codes ;
- des photos de votre carte bancaire ou de votre carte d'identité.

Ce qui est en ligne y reste souvent longtemps. D'autres peuvent le garder et le partager.

Dans ce module, vous verrez quoi garder pour vous et comment repérer les faux messages. Et comment prendre de bonnes habitudes avec votre enfant.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "video",
            "kind": "video",
            "video_url": "/static/video/privacy.mp4",
            "captions_url": "/static/video/privacy.nl.vtt",
            "nl": {
                "title": "Vijf gewoontes voor minder zorgen online",
                "body": "In deze video hoor je vijf kleine gewoontes die jou en je kind online beschermen.",
                "transcript": """Presentator: Hallo. Privacy klinkt moeilijk. Maar het gaat over gewone dingen. Wie mag wat weten over jou en je kind? Ik geef je vijf gewoontes.

Presentator: Eén. Denk na voor je iets post. Vind je het goed dat je baas, de juf of je kind het later ziet? Twijfel je? Post het dan niet.

Presentator: Twee. Zet je profiel op privé. Kijk in de instellingen wie je foto's en berichten ziet. Doe dat ook samen met je kind.

Presentator: Drie. Gebruik sterke wachtwoorden. Een lange zin werkt goed. Zet ook een extra code aan als je inlogt. En doe de updates van je gsm. Die maken je toestel veiliger.

Presentator: Vier. Pas op voor valse berichten. Moet je snel klikken, betalen of een code geven? Stop. Stuur het bericht door naar suspicious@safeonweb.be. Wis het daarna.

Presentator: Vijf. Vraag het eerst voor je een foto van iemand deelt. Ook van je eigen kind. Zo leert je kind dat zijn foto van hem is.

Presentator: Je hoeft dit niet allemaal vandaag te doen. Kies één gewoonte en begin ermee. Samen met je kind gaat het makkelijker. Kinderen weten vaak goed hoe een app werkt. Jij weet waarom veiligheid belangrijk is.""",
            },
            "fr": {
                "title": "Cinq habitudes pour être plus tranquille en ligne",
                "body": "Dans cette vidéo, vous découvrez cinq habitudes simples pour vous protéger en ligne, vous et votre enfant.",
                "transcript": """Présentateur : Bonjour. La vie privée, ça a l'air compliqué. Mais il s'agit de choses de tous les jours. Qui peut savoir quoi sur vous et sur votre enfant ? Voici cinq habitudes.

Présentateur : Un. Réfléchissez avant de publier. Ça vous va si votre patron, l'institutrice ou votre enfant le voit plus tard ? Vous hésitez ? Alors ne publiez pas.

Présentateur : Deux. Mettez votre profil en privé. Regardez dans les réglages qui voit vos photos et vos messages. Faites-le aussi avec votre enfant.

Présentateur : Trois. Prenez de bons mots de passe. Une longue phrase, ça marche bien. Activez aussi un code en plus pour vous connecter. Et faites les mises à jour de votre GSM. Elles le rendent plus sûr.

Présentateur : Quatre. Méfiez-vous des faux messages. On vous demande de cliquer vite, de payer ou de donner un code ? Stop. Envoyez le message à suspicious@safeonweb.be. Puis effacez-le.

Présentateur : Cinq. Demandez avant de partager la photo de quelqu'un. Même de votre propre enfant. Il apprend ainsi que son image est à lui.

Présentateur : Pas besoin de tout faire aujourd'hui. Choisissez une habitude et commencez. Avec votre enfant, c'est plus facile. Les enfants savent souvent bien comment marche une appli. Vous, vous savez pourquoi la sécurité compte.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-private-info",
            "kind": "question",
            "question_type": "multiple",
            "scenario": True,
            "nl": {
                "title": "Een profiel in een game",
                "body": """Je zoon van 9 maakt een profiel in een online spel. Het spel vraagt veel gegevens.

**Wat houdt hij beter privé?**""",
            },
            "fr": {
                "title": "Un profil dans un jeu",
                "body": """Votre fils de 9 ans crée un profil dans un jeu en ligne. Le jeu demande beaucoup d'infos.

**Que vaut-il mieux garder privé ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Zijn voornaam en achternaam",
                        "feedback": (
                            "Ja. Met zijn volledige naam kan iemand hem online en in het echt terugvinden. "
                            "Kies samen een schuilnaam."
                        ),
                    },
                    "fr": {
                        "text": "Son prénom et son nom de famille",
                        "feedback": (
                            "Oui. Avec son nom complet, quelqu'un peut le retrouver en ligne et en vrai. "
                            "Choisissez ensemble un pseudo."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Zijn adres of zijn school",
                        "feedback": (
                            "Ja. Dan weet een onbekende waar hij woont of waar hij elke dag is. "
                            "Dat hoort niet in een spel."
                        ),
                    },
                    "fr": {
                        "text": "Son adresse ou son école",
                        "feedback": (
                            "Oui. Un inconnu saurait alors où il habite ou où il est chaque jour. "
                            "Ça n'a rien à faire dans un jeu."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Zijn wachtwoord",
                        "feedback": (
                            "Ja. Een wachtwoord deel je met niemand, ook niet met een vriend. "
                            "Alleen zijn ouders mogen het kennen."
                        ),
                    },
                    "fr": {
                        "text": "Son mot de passe",
                        "feedback": (
                            "Oui. Un mot de passe ne se donne à personne, même pas à un copain. "
                            "Seuls ses parents peuvent le connaître."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Een schuilnaam, zoals 'Tijger77'",
                        "feedback": (
                            "Een schuilnaam mag iedereen zien, daar dient hij voor. Let wel op dat er "
                            "geen echte naam of geboortejaar in staat."
                        ),
                    },
                    "fr": {
                        "text": "Un pseudo, comme « Tigre77 »",
                        "feedback": (
                            "Tout le monde peut voir un pseudo, il sert à ça. Vérifiez juste qu'il "
                            "ne contient pas son vrai nom ou son année de naissance."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Welke games hij graag speelt",
                        "feedback": (
                            "Dat mag hij gerust delen. Het zegt niet wie hij is of waar hij woont."
                        ),
                    },
                    "fr": {
                        "text": "Les jeux qu'il aime",
                        "feedback": (
                            "Ça, il peut le partager sans souci. Cela ne dit pas qui il est ni où il habite."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-age-13",
            "kind": "question",
            "question_type": "true_false",
            "scenario": True,
            "nl": {
                "title": "Toestemming vanaf 13 jaar",
                "body": """Je dochter van 11 wil een nieuwe app. De app vraagt of hij haar gegevens mag gebruiken.

Waar of niet waar? **In België mag ze die toestemming zelf geven.**""",
            },
            "fr": {
                "title": "L'accord à partir de 13 ans",
                "body": """Votre fille de 11 ans veut une nouvelle appli. L'appli demande si elle peut utiliser ses données.

Vrai ou faux ? **En Belgique, elle peut donner cet accord elle-même.**""",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": (
                            "In België kan een kind dat pas vanaf 13 jaar zelf. Is je kind jonger? "
                            "Dan beslis jij als ouder of je toestemming geeft."
                        ),
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": (
                            "En Belgique, un enfant peut le faire lui-même seulement à partir de 13 ans. "
                            "Votre enfant est plus jeune ? Alors c'est vous, le parent, qui décidez de donner votre accord ou non."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": (
                            "De Belgische wet van 30 juli 2018 (artikel 7) legt de grens op 13 jaar: daaronder beslis jij. "
                            "Kijk samen welke gegevens de app vraagt. Zet uit wat niet nodig is."
                        ),
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": (
                            "La loi belge du 30 juillet 2018 (article 7) fixe la limite à 13 ans : avant, c'est vous qui décidez. "
                            "Regardez ensemble quelles données l'appli demande. Coupez ce qui n'est pas utile."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "sharenting",
            "kind": "text",
            "nl": {
                "title": "Foto's van je kind delen",
                "body": """Foto's delen met de familie is fijn. Zeker als oma ver weg woont. Foto's van je kinderen online zetten heet ook sharenting. Het komt van de Engelse woorden *share* (delen) en *parenting* (opvoeden).

Een foto online is niet meer helemaal van jou. Anderen kunnen hem bewaren en doorsturen. Een foto vertelt soms ook veel: de naam van je kind, de school of waar jullie wonen. En later vindt je kind sommige foto's misschien niet leuk.

Zo deel je slim:

- deel in een kleine groep, niet openbaar;
- toon geen naam, school, adres of locatie;
- deel geen foto's van je kind in bad of in ondergoed;
- vraag je kind: "Mag ik deze foto delen?"

Ook kinderen hebben recht op privacy. Dat staat in het Kinderrechtenverdrag.""",
            },
            "fr": {
                "title": "Partager des photos de votre enfant",
                "body": """Partager des photos avec la famille fait plaisir. Surtout quand mamie habite loin. Mettre en ligne des photos de ses enfants, on appelle ça le sharenting. Le mot vient de l'anglais *share* (partager) et *parenting* (être parent).

Une photo en ligne n'est plus tout à fait à vous. D'autres peuvent la garder et la partager. Une photo en dit parfois beaucoup : le nom de l'enfant, l'école ou l'endroit où vous vivez. Et plus tard, votre enfant n'aimera peut-être pas certaines photos.

Pour partager malin :

- partagez dans un petit groupe, pas en public ;
- ne montrez pas le nom, l'école, l'adresse ou le lieu ;
- ne partagez pas de photos de votre enfant au bain ou en sous-vêtements ;
- demandez à votre enfant : « Je peux partager cette photo ? »

Les enfants aussi ont droit à une vie privée. C'est écrit dans la Convention relative aux droits de l'enfant.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-first-school-day",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "De eerste schooldag",
                "body": """Het is de eerste schooldag. Je zoon van 6 staat trots voor de schoolpoort. Op de foto zie je zijn naam op zijn boekentas. Je ziet ook de naam van de school. Je wilt de foto delen.

**Wat is het beste?**""",
            },
            "fr": {
                "title": "Le jour de la rentrée",
                "body": """C'est la rentrée. Votre fils de 6 ans pose fièrement devant la grille de l'école. Sur la photo, on voit son prénom sur son cartable. On voit aussi le nom de l'école. Vous voulez partager la photo.

**Que faites-vous ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Ik kies een foto zonder zijn naam en zonder de school, en stuur die naar de familiegroep.",
                        "feedback": (
                            "Goed gekozen. De familie geniet mee. En onbekenden weten niet hoe je zoon "
                            "heet of naar welke school hij gaat."
                        ),
                    },
                    "fr": {
                        "text": "Je choisis une photo sans son prénom et sans l'école, et je l'envoie au groupe de la famille.",
                        "feedback": (
                            "Bon choix. La famille en profite. Et des inconnus ne savent pas comment "
                            "s'appelle votre fils ni à quelle école il va."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Ik zet deze foto openbaar op Facebook, zodat iedereen hem ziet.",
                        "feedback": (
                            "Dan kan iedereen de foto zien en bewaren, ook onbekenden. Met de naam en de "
                            "school weten ze meteen waar je zoon elke dag is."
                        ),
                    },
                    "fr": {
                        "text": "Je mets cette photo en public sur Facebook, pour que tout le monde la voie.",
                        "feedback": (
                            "Tout le monde peut alors voir et garder la photo, même des inconnus. Avec le prénom "
                            "et l'école, ils savent tout de suite où est votre fils chaque jour."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Ik zet de foto online met mijn locatie erbij. Dan weet de familie waar we zijn.",
                        "feedback": (
                            "Dan weet niet alleen de familie waar jullie zijn. Zet de locatie liever uit "
                            "bij foto's van je kind."
                        ),
                    },
                    "fr": {
                        "text": "Je publie la photo avec ma localisation. Comme ça, la famille sait où nous sommes.",
                        "feedback": (
                            "Pas seulement la famille : d'autres le sauront aussi. Coupez plutôt la "
                            "localisation sur les photos de votre enfant."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Ik maak geen foto's meer van mijn kind. Dat is te gevaarlijk.",
                        "feedback": (
                            "Dat hoeft echt niet. Foto's zijn mooie herinneringen. Het gaat erom wat je "
                            "deelt, en met wie."
                        ),
                    },
                    "fr": {
                        "text": "Je ne prends plus de photos de mon enfant. C'est trop dangereux.",
                        "feedback": (
                            "Ce n'est pas nécessaire. Les photos sont de beaux souvenirs. Ce qui compte, "
                            "c'est ce que vous partagez, et avec qui."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "tip-passwords",
            "kind": "tip",
            "nl": {
                "title": "Sterke wachtwoorden, voor jou en je kind",
                "body": """Maak een wachtzin. Dat is een lange zin die je makkelijk onthoudt, zoals "Onze kat slaapt graag op de zetel!" Bedenk wel je eigen zin.

Gebruik een ander wachtwoord voor elk belangrijk account. Zet ook tweestapsverificatie aan: dan vraagt de app een extra code als je inlogt. Een wachtwoord deel je met niemand, ook niet met een vriend. En doe de updates van je gsm en je apps.""",
            },
            "fr": {
                "title": "De bons mots de passe, pour vous et votre enfant",
                "body": """Créez une phrase de passe. C'est une longue phrase facile à retenir, comme « Notre chat dort dans le fauteuil ! » Mais inventez la vôtre.

Prenez un autre mot de passe pour chaque compte important. Activez aussi la vérification en deux étapes : l'appli demande alors un code en plus pour vous connecter. On ne donne son mot de passe à personne, même pas à un copain. Et faites les mises à jour du GSM et des applis.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-phishing",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Een prijs gewonnen?",
                "body": """Je dochter van 13 krijgt een mail: "Proficiat! Je hebt een nieuwe gsm gewonnen. Klik binnen 24 uur op de link en vul je gegevens in." Ze vraagt wat ze moet doen.

**Wat raad je aan?**""",
            },
            "fr": {
                "title": "Un prix gagné ?",
                "body": """Votre fille de 13 ans reçoit un mail : « Bravo ! Tu as gagné un nouveau GSM. Clique sur le lien dans les 24 heures et remplis tes infos. » Elle vous demande quoi faire.

**Que lui conseillez-vous ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet klikken. De mail doorsturen naar suspicious@safeonweb.be en daarna wissen.",
                        "feedback": (
                            "Goed zo. Haast en een prijs die te mooi is om waar te zijn: zo herken je phishing. "
                            "Met je melding helpt Safeonweb ook anderen te beschermen."
                        ),
                    },
                    "fr": {
                        "text": "Ne pas cliquer. Transférer le mail à suspicious@safeonweb.be, puis l'effacer.",
                        "feedback": (
                            "Très bien. L'urgence et un cadeau trop beau pour être vrai : c'est typique du "
                            "phishing. Votre signalement aide Safeonweb à protéger d'autres personnes."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Even klikken om te kijken, maar niets invullen.",
                        "feedback": (
                            "Ook klikken is al een risico. De link kan naar een valse website gaan, of iets "
                            "slechts op de gsm zetten. Klik dus niet."
                        ),
                    },
                    "fr": {
                        "text": "Cliquer juste pour voir, sans rien remplir.",
                        "feedback": (
                            "Cliquer, c'est déjà un risque. Le lien peut mener vers un faux site, ou installer "
                            "quelque chose de mauvais sur le GSM. Ne cliquez pas."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Antwoorden en vragen of het echt is.",
                        "feedback": (
                            "Een oplichter zegt altijd dat het echt is. En hij weet dan dat het adres werkt. "
                            "Dan komen er nog meer valse mails."
                        ),
                    },
                    "fr": {
                        "text": "Répondre pour demander si c'est vrai.",
                        "feedback": (
                            "Un escroc dira toujours que c'est vrai. Et il saura que l'adresse marche. "
                            "Elle recevra alors encore plus de faux mails."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "De mail doorsturen naar haar vriendinnen, om hen te waarschuwen.",
                        "feedback": (
                            "Goed bedoeld, maar misschien klikt een vriendin toch op de link. "
                            "Waarschuw hen liever met een eigen bericht, zonder link."
                        ),
                    },
                    "fr": {
                        "text": "Transférer le mail à ses copines, pour les prévenir.",
                        "feedback": (
                            "C'est gentil, mais une copine pourrait quand même cliquer sur le lien. "
                            "Mieux vaut les prévenir avec son propre message, sans lien."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "cookies-ads",
            "kind": "text",
            "nl": {
                "title": "Cookies en reclame: niets is echt gratis",
                "body": """Veel apps en websites zijn gratis. Ze verdienen geld met reclame. Daarvoor verzamelen ze gegevens: wat je bekijkt, wat je zoekt en waar je bent. Zo tonen ze reclame die bij jou past.

Cookies zijn kleine bestanden die een website op je toestel zet. Sommige zijn nodig, bijvoorbeeld om je winkelmandje te onthouden. Andere volgen je, voor reclame. Voor die cookies moet een website eerst je toestemming vragen.

Kinderen zien niet altijd wat reclame is. Zeker niet in een game of bij een influencer. Zoek samen naar woorden als "advertentie", "gesponsord" of "ad". Maak er een spel van: wie vindt de reclame eerst?""",
            },
            "fr": {
                "title": "Cookies et pub : rien n'est vraiment gratuit",
                "body": """Beaucoup d'applis et de sites sont gratuits. Ils gagnent de l'argent avec la pub. Pour cela, ils récoltent des données : ce que vous regardez, ce que vous cherchez et où vous êtes. Ils peuvent ainsi montrer des pubs faites pour vous.

Les cookies sont de petits fichiers qu'un site met sur votre appareil. Certains sont utiles, par exemple pour garder votre panier d'achats. D'autres vous suivent, pour la pub. Pour ces cookies-là, le site doit d'abord vous demander votre accord.

Les enfants ne voient pas toujours ce qui est de la pub. Surtout dans un jeu ou chez un influenceur. Cherchez ensemble les mots « publicité », « sponsorisé » ou « ad ». Faites-en un jeu : qui trouve la pub le premier ?""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-cookies",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "Cookies aanvaarden?",
                "body": """Er verschijnt een venster: "Deze website gebruikt cookies."

Waar of niet waar? **Je moet alle cookies aanvaarden om de website te gebruiken.**""",
            },
            "fr": {
                "title": "Accepter les cookies ?",
                "body": """Une fenêtre s'ouvre : « Ce site utilise des cookies. »

Vrai ou faux ? **Vous devez accepter tous les cookies pour utiliser le site.**""",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": (
                            'Cookies voor reclame mag je weigeren. Klik op "weigeren", of kies '
                            "alleen de cookies die nodig zijn. Meestal werkt de site daarna gewoon."
                        ),
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": (
                            "Vous pouvez refuser les cookies publicitaires : choisissez « refuser » ou "
                            "« seulement les cookies nécessaires ». Le plus souvent, le site marche quand même."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": (
                            "Voor cookies die je volgen voor reclame moet een website je toestemming "
                            "vragen. Die mag je weigeren. Leer je kind ook om niet altijd op de grootste knop te klikken."
                        ),
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": (
                            "Pour les cookies qui vous suivent pour la pub, le site doit vous demander "
                            "votre accord. Vous pouvez dire non. Apprenez aussi à votre enfant à ne pas "
                            "toujours cliquer sur le plus gros bouton."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "tip-for-children",
            "kind": "tip",
            "nl": {
                "title": "Tips voor je kind: hoe toon je jezelf online?",
                "body": """Leer je kind drie vragen, voor het iets post:

- Vind ik het goed als oma, de juf of de hele klas dit ziet?
- Staat er iets privé op, zoals mijn school of mijn adres?
- Vindt iedereen op de foto het goed?

Twijfel? Dan niet posten. Zet het account samen op privé. En zeg: "Als er iets misloopt, mag je altijd bij mij komen.\"""",
            },
            "fr": {
                "title": "Conseils pour votre enfant : quelle image donner en ligne ?",
                "body": """Apprenez à votre enfant trois questions, avant de publier :

- Ça me va si mamie, l'instit ou toute la classe voit ça ?
- Est-ce qu'on voit quelque chose de privé, comme mon école ou mon adresse ?
- Tout le monde sur la photo est d'accord ?

Un doute ? Alors on ne publie pas. Mettez ensemble le compte en privé. Et dites : « Si quelque chose tourne mal, tu peux toujours venir me voir. »""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "reflect",
            "kind": "reflection",
            "nl": {
                "title": "Welke gewoonte start jij?",
                "body": """Denk aan jezelf en aan je kind.

**Met welke privacy-gewoonte wil je deze week beginnen?** Bijvoorbeeld: je profiel op privé zetten, een wachtzin maken of samen de instellingen van een app bekijken.""",
            },
            "fr": {
                "title": "Quelle habitude allez-vous prendre ?",
                "body": """Pensez à vous et à votre enfant.

**Quelle habitude pour protéger votre vie privée voulez-vous prendre cette semaine ?** Par exemple : mettre votre profil en privé, créer une phrase de passe ou regarder ensemble les réglages d'une appli.""",
            },
        },
    ],
}
