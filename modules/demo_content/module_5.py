"""Module 5: Cyberbullying. Demo content, format in FORMAT.md beside this file.

Written for parents and grandparents who may read Dutch or French as a second language:
short sentences, common words, "je" (Flemish Dutch) and "vous" (Belgian French).
Helplines and their numbers are the ones in the site's help contacts (Child Focus 116 000,
Awel 102, Écoute-Enfants 103); the school's support is the CLB (Flanders) or centre PMS
(Wallonia-Brussels).
"""

MODULE = {
    "number": 5,
    "slug": "cyberbullying",
    "duration_minutes": 15,
    "nl": {
        "title": "Cyberpesten",
        "promise": (
            "Na deze module herken je cyberpesten, weet je hoe je erover praat zonder je kind "
            "te bespioneren, en wat je doet als je kind gepest wordt of zelf pest."
        ),
    },
    "fr": {
        "title": "Cyberharcèlement",
        "promise": (
            "Après ce module, vous reconnaissez le cyberharcèlement, vous savez en parler sans "
            "espionner et comment réagir si votre enfant est harcelé ou harcèle."
        ),
    },
    "sources": [
        ("Child Focus", "https://childfocus.be/"),
        ("Awel", "https://www.awel.be/"),
        ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ("Onderwijs Vlaanderen – CLB", "https://www.onderwijs.vlaanderen.be/"),
        ("Enseignement.be – centres PMS", "https://www.enseignement.be/"),
        ("Mediawijs", "https://www.mediawijs.be/"),
        ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ("Unia", "https://www.unia.be/"),
        ("Politie – Police", "https://www.politie.be/"),
    ],
    "tips": {
        "nl": [
            "Let op wat verandert bij je kind, en lees niet stiekem in zijn gsm.",
            "Zeg: 'Goed dat je het vertelt. Het is niet jouw schuld.'",
            "Neem de gsm niet af als je kind gepest wordt.",
            "Maak eerst screenshots, en meld en blokkeer daarna.",
            "Reageer niet zelf online op de pesters of hun ouders.",
            "Pest je kind zelf? Blijf rustig, wees duidelijk en zoek samen hoe het dit goedmaakt.",
            "Praat met de school of het CLB, en ken de hulplijnen: Awel 102, Écoute-Enfants 103, Child Focus 116 000.",
        ],
        "fr": [
            "Soyez attentif aux changements chez votre enfant, sans lire son GSM en cachette.",
            "Dites-lui : « Tu as bien fait de me le dire. Ce n'est pas ta faute. »",
            "Ne lui prenez pas son GSM s'il est harcelé.",
            "Faites d'abord des captures d'écran, puis signalez et bloquez.",
            "Ne répondez pas vous-même en ligne aux harceleurs ou à leurs parents.",
            "Votre enfant harcèle ? Restez calme, soyez clair et cherchez avec lui comment réparer.",
            "Parlez à l'école ou au centre PMS, et gardez ces numéros : Écoute-Enfants 103, Awel 102, Child Focus 116 000.",
        ],
    },
    "steps": [
        {
            "key": "intro",
            "kind": "text",
            "nl": {
                "title": "Wat is cyberpesten?",
                "body": """Cyberpesten is pesten via de gsm, de computer of een game. Iemand doet een ander met opzet pijn, en steeds opnieuw. Bijvoorbeeld:

- gemene berichten of reacties sturen
- iemand met opzet uit de klasgroep zetten
- een foto of filmpje delen om iemand uit te lachen
- een nep-account maken met iemands naam

Online pesten stopt niet aan de schoolpoort. Het gaat 's avonds en in het weekend door. Veel mensen zien het. En wat online staat, krijg je moeilijk weer weg.

Een ruzie is nog geen pesten. Bij pesten gebeurt het vaker, en kan de ander zich moeilijk verdedigen.

Jij kunt je kind helpen, ook als je de apps niet goed kent. In deze module lees je hoe.""",
            },
            "fr": {
                "title": "C'est quoi, le cyberharcèlement ?",
                "body": """Le cyberharcèlement, c'est du harcèlement par GSM, par ordinateur ou dans un jeu. Quelqu'un fait du mal à un autre exprès, encore et encore. Par exemple :

- envoyer des messages ou des commentaires méchants
- retirer quelqu'un exprès du groupe de la classe
- partager une photo ou une vidéo pour se moquer
- créer un faux compte au nom de quelqu'un

En ligne, le harcèlement ne s'arrête pas à la grille de l'école. Il continue le soir et le week-end. Beaucoup de gens le voient. Et ce qui est en ligne est difficile à effacer.

Une dispute, ce n'est pas encore du harcèlement. Quand on harcèle, cela se répète, et l'autre a du mal à se défendre.

Vous pouvez aider votre enfant, même si vous connaissez mal les applis. Ce module vous montre comment.""",
            },
        },
        {
            "key": "video",
            "kind": "video",
            "video_url": "/static/video/cyberbullying.mp4",
            "captions_url": "/static/video/cyberbullying.nl.vtt",
            "nl": {
                "title": "Hoe merk je dat er iets scheelt?",
                "body": "In deze video hoor je hoe je merkt dat er iets mis is, en hoe je erover praat zonder stiekem mee te lezen.",
                "transcript": """Presentator: Dag. Vandaag gaat het over cyberpesten. Over pesten via de gsm, in de klasgroep of in een game.

Veel kinderen vertellen niet dat ze gepest worden. Ze schamen zich. Of ze zijn bang dat je hun gsm afpakt. Daarom is het belangrijk dat jij let op wat er verandert.

Slaapt je kind slecht? Heeft het 's ochtends buikpijn? Wil het niet meer naar school of naar de sport? Schrikt het als de gsm trilt? Of is het boos en verdrietig na het scrollen? Dat kunnen signalen zijn.

Misschien denk je: ik lees gewoon stiekem zijn berichten. Doe dat liever niet. Als je kind het ontdekt, ben je zijn vertrouwen kwijt. En dan vertelt het je straks niets meer.

Wat werkt wel? Kies een rustig moment. In de auto, bij de afwas of tijdens een wandeling. Vraag open: "Hoe gaat het in de klasgroep?" En zeg: "Je mag me alles vertellen. Ik pak je gsm niet af."

Vertelt je kind iets? Luister dan eerst. Zeg: "Goed dat je het vertelt. Het is niet jouw schuld."

Je hoeft niet meteen alles op te lossen. Samen zoeken jullie wat helpt. In de volgende stappen lees je hoe.""",
            },
            "fr": {
                "title": "Comment remarquer que quelque chose ne va pas ?",
                "body": "Dans cette vidéo, vous voyez comment remarquer que quelque chose ne va pas, et comment en parler sans espionner.",
                "transcript": """Présentatrice : Bonjour. Aujourd'hui, on parle de cyberharcèlement. Du harcèlement par GSM, dans le groupe de la classe ou dans un jeu.

Beaucoup d'enfants ne disent pas qu'on s'en prend à eux. Ils ont honte. Ou ils ont peur qu'on leur prenne leur GSM. C'est pour cela qu'il faut être attentif aux changements.

Votre enfant dort mal ? Il a mal au ventre le matin ? Il ne veut plus aller à l'école ou au sport ? Il sursaute quand son GSM vibre ? Il est fâché ou triste après avoir été en ligne ? Ce sont peut-être des signaux.

Vous vous dites peut-être : je vais lire ses messages en cachette. Mieux vaut ne pas le faire. S'il le découvre, vous perdez sa confiance. Et il ne vous dira plus rien.

Qu'est-ce qui marche ? Choisissez un moment calme. En voiture, pendant la vaisselle ou en promenade. Posez une question ouverte : « Ça se passe comment, dans le groupe de la classe ? » Et dites : « Tu peux tout me dire. Je ne vais pas te prendre ton GSM. »

Votre enfant vous raconte quelque chose ? Écoutez d'abord. Dites : « Tu as bien fait de me le dire. Ce n'est pas ta faute. »

Pas besoin de tout régler tout de suite. Ensemble, vous cherchez ce qui aide. Les étapes suivantes vous expliquent comment.""",
            },
        },
        {
            "key": "q-wat-is-pesten",
            "kind": "question",
            "question_type": "multiple",
            "scenario": False,
            "nl": {
                "title": "Pesten of niet?",
                "body": "Wanneer is het pesten? Lees de vier korte verhalen.",
            },
            "fr": {
                "title": "Harcèlement ou pas ?",
                "body": "Quand est-ce du harcèlement ? Lisez les quatre petites histoires.",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Een meisje krijgt al weken gemene berichten van kinderen uit haar klas.",
                        "feedback": "Dit is pesten: het gebeurt steeds opnieuw en het doet pijn. Het meisje heeft steun nodig van een volwassene.",
                    },
                    "fr": {
                        "text": "Des élèves de la classe envoient des messages méchants à une fille depuis des semaines.",
                        "feedback": "C'est du harcèlement : cela se répète et cela fait mal. Cette fille a besoin du soutien d'un adulte.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Een groep maakt een nep-account met de naam en de foto van een jongen, om hem uit te lachen.",
                        "feedback": "Een nep-account om iemand belachelijk te maken is cyberpesten. Bewaar bewijs en meld het account in de app.",
                    },
                    "fr": {
                        "text": "Un groupe crée un faux compte avec le nom et la photo d'un garçon, pour se moquer de lui.",
                        "feedback": "Un faux compte pour ridiculiser quelqu'un, c'est du cyberharcèlement. Gardez des preuves et signalez le compte dans l'appli.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Twee vriendinnen maken één keer ruzie in een chat. De dag erna praten ze het uit.",
                        "feedback": "Dit is een ruzie, geen pesten. Ruzie hoort bij het leven, en ze praten het zelf uit. Bij pesten gebeurt het vaker, en kan de ander zich moeilijk verdedigen.",
                    },
                    "fr": {
                        "text": "Deux amies se disputent une fois dans un chat. Le lendemain, elles en parlent et se réconcilient.",
                        "feedback": "C'est une dispute, pas du harcèlement. Les disputes font partie de la vie, et elles ont réglé ça entre elles. Le harcèlement se répète, et l'autre a du mal à se défendre.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Een jongen wordt steeds met opzet uit de klasgroep gezet.",
                        "feedback": "Iemand steeds buitensluiten is ook pesten. Je ziet het minder goed, maar het doet veel pijn.",
                    },
                    "fr": {
                        "text": "Un garçon est sans cesse retiré exprès du groupe de la classe.",
                        "feedback": "Mettre quelqu'un à l'écart encore et encore, c'est aussi du harcèlement. Cela se voit moins, mais cela fait très mal.",
                    },
                },
            ],
        },
        {
            "key": "signalen",
            "kind": "text",
            "nl": {
                "title": "Opletten, zonder te bespioneren",
                "body": """Je kind vertelt het misschien niet. Uit schaamte, of uit angst dat je de gsm afpakt. Let daarom op wat verandert:

- slecht slapen, buikpijn of hoofdpijn
- niet meer naar school of naar de sport willen
- de gsm plots wegleggen, of net altijd checken
- boos of verdrietig na het scrollen

Lees niet stiekem in de gsm van je kind. Merkt je kind het, dan ben je zijn vertrouwen kwijt.

Praat liever. Kies een rustig moment, zoals in de auto of bij de afwas. Vraag open: "Hoe gaat het in de klasgroep?" Beloof dat je de gsm niet afpakt als je kind iets vertelt. Lukt het niet meteen? Probeer het later opnieuw.""",
            },
            "fr": {
                "title": "Être attentif, sans espionner",
                "body": """Votre enfant ne vous le dira peut-être pas. Par honte, ou par peur qu'on lui prenne son GSM. Soyez donc attentif aux changements :

- il dort mal, a mal au ventre ou à la tête
- il ne veut plus aller à l'école ou au sport
- il cache son GSM d'un coup, ou le regarde sans arrêt
- il est fâché ou triste après avoir été en ligne

Ne lisez pas son GSM en cachette. S'il le découvre, vous perdez sa confiance.

Parlez plutôt avec lui. Choisissez un moment calme, en voiture ou pendant la vaisselle. Posez une question ouverte : « Ça se passe comment, dans le groupe de la classe ? » Promettez de ne pas prendre son GSM s'il vous raconte quelque chose. Ça ne marche pas tout de suite ? Réessayez plus tard.""",
            },
        },
        {
            "key": "q-signalen",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Je kind is anders dan anders",
                "body": "Je zoon van dertien is de laatste weken anders. Hij legt zijn gsm snel weg als je binnenkomt. Hij wil niet meer naar de voetbal. Hij slaapt slecht.\n\n**Wat doe je het best?**",
            },
            "fr": {
                "title": "Votre enfant n'est plus le même",
                "body": "Depuis quelques semaines, votre fils de treize ans a changé. Il cache vite son GSM quand vous entrez. Il ne veut plus aller au foot. Il dort mal.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "'s Nachts lees je stiekem zijn berichten.",
                        "feedback": "Zo weet je misschien iets meer. Maar als hij het merkt, ben je zijn vertrouwen kwijt en zwijgt hij nog meer. Een rustig gesprek werkt beter.",
                    },
                    "fr": {
                        "text": "La nuit, vous lisez ses messages en cachette.",
                        "feedback": "Vous en sauriez peut-être un peu plus. Mais s'il s'en rend compte, vous perdez sa confiance et il se tait encore plus. Une discussion au calme marche mieux.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Je kiest een rustig moment en vraagt hoe het gaat, ook online. Je zegt dat je zijn gsm niet afpakt.",
                        "feedback": "Een open gesprek geeft je zoon de kans om zelf te vertellen. De belofte over de gsm neemt een grote angst weg. Vertelt hij nog niets, laat dan merken dat je er bent en probeer het later opnieuw.",
                    },
                    "fr": {
                        "text": "Vous choisissez un moment calme et vous lui demandez comment ça va, aussi en ligne. Vous lui dites que vous ne prendrez pas son GSM.",
                        "feedback": "Une discussion ouverte lui laisse la chance de raconter lui-même. Votre promesse pour le GSM enlève une grosse peur. S'il ne dit encore rien, montrez que vous êtes là et réessayez plus tard.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je pakt zijn gsm af tot hij weer vrolijk is.",
                        "feedback": "Wordt hij gepest, dan voelt dit als een straf. Hij verliest ook het contact met vrienden die hem wel steunen. Praat eerst met hem.",
                    },
                    "fr": {
                        "text": "Vous lui prenez son GSM jusqu'à ce qu'il retrouve le sourire.",
                        "feedback": "S'il est harcelé, il vivra cela comme une punition. Il perd aussi le contact avec les amis qui le soutiennent. Parlez d'abord avec lui.",
                    },
                },
            ],
        },
        {
            "key": "q-gsm-afpakken",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "De gsm afpakken?",
                "body": "**Waar of niet waar?**\n\nWordt je kind online gepest? Neem dan zijn gsm af. Zo stopt het pesten.",
            },
            "fr": {
                "title": "Prendre son GSM ?",
                "body": "**Vrai ou faux ?**\n\nVotre enfant est harcelé en ligne ? Prenez-lui son GSM. Comme ça, le harcèlement s'arrête.",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": "Het pesten gaat meestal gewoon door, ook zonder gsm. Je kind ziet het dan niet, maar de anderen wel. En je kind voelt zich gestraft en alleen.",
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": "Le harcèlement continue en général, même sans GSM. Votre enfant ne le voit plus, mais les autres, oui. Et il se sent puni et seul.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": "De gsm afpakken stopt het pesten niet. Je kind voelt zich wel gestraft omdat het iets vertelde. Help liever met bewijs bewaren, blokkeren en melden.",
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": "Prendre le GSM n'arrête pas le harcèlement. Par contre, votre enfant se sent puni d'avoir parlé. Aidez-le plutôt à garder des preuves, à bloquer et à signaler.",
                    },
                },
            ],
        },
        {
            "key": "wat-doen",
            "kind": "text",
            "nl": {
                "title": "Je kind wordt gepest: wat doe je?",
                "body": """Je kind had moed nodig om het te vertellen. Dat is al een grote stap.

1. **Luister.** Zeg: "Goed dat je het vertelt. Het is niet jouw schuld."
2. **Blijf rustig.** Reageer niet zelf online op de pesters of hun ouders. Dat maakt het vaak erger.
3. **Bewaar bewijs.** Maak samen screenshots.
4. **Blokkeer en meld** de pesters in de app of de game.
5. **Beslis samen** wie je erbij haalt, zoals de school. Vertel je kind wat je doet.

Zorg ook voor fijne momenten. Doe samen iets wat je kind graag doet. Zoek mensen op bij wie het zich goed voelt.

Wordt je kind heel somber, of zegt het dat het niet meer wil leven? Zoek dan meteen hulp, bijvoorbeeld bij je huisarts.""",
            },
            "fr": {
                "title": "Votre enfant est harcelé : que faire ?",
                "body": """Il a fallu du courage à votre enfant pour en parler. C'est déjà un grand pas.

1. **Écoutez.** Dites : « Tu as bien fait de me le dire. Ce n'est pas ta faute. »
2. **Restez calme.** Ne répondez pas vous-même en ligne aux harceleurs ou à leurs parents. Cela aggrave souvent les choses.
3. **Gardez des preuves.** Faites ensemble des captures d'écran.
4. **Bloquez et signalez** les harceleurs dans l'appli ou le jeu.
5. **Décidez ensemble** qui prévenir, par exemple l'école. Dites à votre enfant ce que vous faites.

Prévoyez aussi de bons moments. Faites ensemble une activité qu'il aime. Voyez des gens avec qui il se sent bien.

Votre enfant est très triste, ou dit qu'il ne veut plus vivre ? Cherchez de l'aide tout de suite, par exemple chez votre médecin.""",
            },
        },
        {
            "key": "tip-screenshots",
            "kind": "tip",
            "nl": {
                "title": "Zo bewaar je bewijs",
                "body": """- Maak een screenshot van elk bericht en van het profiel. Op de meeste gsm's druk je tegelijk op de aan-uitknop en een volumeknop.
- Zorg dat je de datum, het uur en de naam ziet.
- Bewaar alles op een veilige plek. Meld en blokkeer daarna.

**Let op:** gaat het om naaktbeelden van je kind? Maak er dan geen screenshot van en stuur ze nooit door. Noteer de naam en de link. Bel Child Focus op 116 000.""",
            },
            "fr": {
                "title": "Comment garder des preuves",
                "body": """- Faites une capture d'écran de chaque message et du profil. Sur la plupart des GSM, appuyez en même temps sur le bouton marche et un bouton de volume.
- On doit voir la date, l'heure et le nom.
- Gardez tout en lieu sûr. Puis signalez et bloquez.

**Attention :** il s'agit de photos de nu de votre enfant ? N'en faites pas de capture et ne les envoyez jamais. Notez le nom et le lien. Appelez Child Focus au 116 000.""",
            },
        },
        {
            "key": "q-bewijs",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Alles wissen?",
                "body": "Je zoon van vijftien toont je de klasgroep. Klasgenoten lachen er met een foto van hem. Hij wil de groep meteen verlaten en alles wissen.\n\n**Wat doe je eerst?**",
            },
            "fr": {
                "title": "Tout effacer ?",
                "body": "Votre fils de quinze ans vous montre le groupe de la classe. Des élèves s'y moquent d'une photo de lui. Il veut quitter le groupe tout de suite et tout effacer.\n\n**Que faites-vous d'abord ?**",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Je wist samen alles. Dan is het weg.",
                        "feedback": "Dat gevoel is begrijpelijk, maar zonder bewijs kunnen de school en de app moeilijk iets doen. Maak eerst screenshots. Daarna kan hij de groep verlaten.",
                    },
                    "fr": {
                        "text": "Vous effacez tout ensemble. Comme ça, c'est parti.",
                        "feedback": "On le comprend, mais sans preuves, l'école et l'appli peuvent difficilement agir. Faites d'abord des captures d'écran. Ensuite, il peut quitter le groupe.",
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Je maakt samen screenshots, met de datum en de namen. Daarna meld en blokkeer je.",
                        "feedback": "Eerst bewaren, dan melden. Met bewijs kunnen de school, de app en zo nodig de politie helpen. Je zoon beslist mee, zo houdt hij wat controle.",
                    },
                    "fr": {
                        "text": "Vous faites ensemble des captures d'écran, avec la date et les noms. Ensuite, vous signalez et vous bloquez.",
                        "feedback": "D'abord garder, puis signaler. Avec des preuves, l'école, l'appli et si besoin la police peuvent aider. Votre fils décide avec vous : il garde un peu de contrôle.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je schrijft zelf een boos bericht in de groep.",
                        "feedback": "Een boos bericht van een ouder maakt het pesten vaak erger. En je zoon schaamt zich misschien nog meer. Blijf rustig en ga samen met hem naar de school.",
                    },
                    "fr": {
                        "text": "Vous écrivez vous-même un message fâché dans le groupe.",
                        "feedback": "Un message fâché d'un parent aggrave souvent le harcèlement. Et votre fils risque d'avoir encore plus honte. Restez calme et allez voir l'école avec lui.",
                    },
                },
            ],
        },
        {
            "key": "q-kind-pest",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Als je kind zelf pest",
                "body": "De juf belt je op. Je dochter van elf zette gemene grappen over een klasgenote in de klasgroep.\n\n**Wat doe je het best?**",
            },
            "fr": {
                "title": "Si votre enfant harcèle",
                "body": "L'institutrice vous téléphone. Votre fille de onze ans a posté des blagues méchantes sur une camarade dans le groupe de la classe.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Je blijft rustig en vraagt wat er gebeurde. Je zegt duidelijk dat dit pijn doet. Samen zoek je hoe ze het goedmaakt.",
                        "feedback": "Een kind dat pest, is geen slecht kind. Maar het moet leren dat woorden pijn doen. Luisteren, duidelijk zijn en het samen goedmaken helpt haar het meest.",
                    },
                    "fr": {
                        "text": "Vous restez calme et vous lui demandez ce qui s'est passé. Vous dites clairement que cela fait mal. Ensemble, vous cherchez comment réparer.",
                        "feedback": "Un enfant qui harcèle n'est pas un mauvais enfant. Mais il doit comprendre que les mots blessent. Écouter, être clair et réparer ensemble l'aide le plus.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt tegen de juf dat het maar grapjes zijn.",
                        "feedback": "Voor de klasgenote zijn het geen grapjes. Als je het klein maakt, leert je dochter dat pesten mag. Werk liever samen met de school.",
                    },
                    "fr": {
                        "text": "Vous dites à l'institutrice que ce ne sont que des blagues.",
                        "feedback": "Pour la camarade, ce ne sont pas des blagues. Si vous minimisez, votre fille apprend que harceler, c'est permis. Travaillez plutôt avec l'école.",
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je pakt een maand lang alle schermen af, zonder gesprek.",
                        "feedback": "Een zware straf zonder gesprek leert haar niet waarom het fout was. Ze wordt vooral boos. Praat eerst, en zoek dan samen hoe ze het goedmaakt.",
                    },
                    "fr": {
                        "text": "Vous lui supprimez tous les écrans pendant un mois, sans en parler.",
                        "feedback": "Une grosse punition sans discussion ne lui apprend pas pourquoi c'était mal. Elle sera surtout fâchée. Parlez d'abord, puis cherchez ensemble comment réparer.",
                    },
                },
            ],
        },
        {
            "key": "school-en-hulp",
            "kind": "text",
            "nl": {
                "title": "De school en andere hulp",
                "body": """Ook als het pesten online gebeurt, kan de school helpen. De kinderen zien elkaar daar elke dag. Maak een afspraak met de leerkracht of de directie. Neem je screenshots mee. Vraag wat de school zal doen.

Je kunt ook naar het **CLB** van de school. Het CLB helpt leerlingen en ouders, en is gratis.

Hulp buiten de school:

- **Awel, 102:** je kind kan anoniem bellen of chatten.
- **Écoute-Enfants, 103:** voor kinderen die liever Frans spreken.
- **Child Focus, 116 000:** voor ouders met zorgen, zeker bij naaktbeelden of afpersing.
- **Politie:** bij bedreiging of afpersing.
- **Unia:** bij racisme of haat, bijvoorbeeld om afkomst, huidskleur of geloof.""",
            },
            "fr": {
                "title": "L'école et les autres aides",
                "body": """Même si le harcèlement se passe en ligne, l'école peut aider. Les enfants s'y voient tous les jours. Prenez rendez-vous avec l'enseignant ou la direction. Apportez vos captures d'écran. Demandez ce que l'école va faire.

Vous pouvez aussi contacter le **centre PMS** de l'école. Il aide les élèves et les parents. C'est gratuit.

Hors de l'école :

- **Écoute-Enfants, 103 :** votre enfant peut appeler sans dire son nom.
- **Awel, 102 :** pour les enfants qui parlent plutôt néerlandais.
- **Child Focus, 116 000 :** pour les parents inquiets, surtout s'il y a des photos de nu ou du chantage.
- **Police :** en cas de menaces ou de chantage.
- **Unia :** en cas de racisme ou de haine, par exemple à cause de l'origine, de la couleur de peau ou de la religion.""",
            },
        },
        {
            "key": "reflect",
            "kind": "reflection",
            "nl": {
                "title": "Wat doe jij?",
                "body": """Stel: morgen vertelt je kind dat het online gepest wordt.

Wat zeg je als eerste? En bij wie zoek je hulp?

Schrijf het kort op. Het komt op je tipsblad.""",
            },
            "fr": {
                "title": "Et vous ?",
                "body": """Imaginez : demain, votre enfant vous dit qu'on se moque de lui en ligne.

Quelle est la première phrase que vous lui dites ? Et à qui demandez-vous de l'aide ?

Notez-le en quelques mots. Ce sera sur votre fiche conseils.""",
            },
        },
    ],
}
