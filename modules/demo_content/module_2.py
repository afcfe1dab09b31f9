"""Module 2: online relations and sexuality (slug relations-sexuality).

Dutch ("nl", Flemish usage, "je") and Belgian French ("fr", "vous"). Format: see FORMAT.md.
Written for parents and grandparents who may read Dutch or French as a second language:
short sentences, common words, never alarmist, never blaming a child who sent a picture.

Facts used, with their source in MODULE["sources"]:
- Age of sexual consent in Belgium: 16, kept by the sexual criminal law reform (law of
  21 March 2022, in force 1 June 2022; criminal code art. 417/6). The law makes an exception
  from 14 when the age difference is at most 3 years. A minor can never consent to someone
  with a position of trust or authority over them (FOD Justitie).
- Child Focus 116 000: online sexual exploitation, grooming, sextortion, help getting
  intimate images removed. Sextortion: do not pay, stop contact, keep evidence, report.
- Awel 102 (Dutch), Écoute-Enfants 103 (French): children and young people talk anonymously.
- Police: 101 in an emergency, a complaint at the local police.
"""

MODULE = {
    "number": 2,
    "slug": "relations-sexuality",
    "duration_minutes": 15,
    "nl": {
        "title": "Relaties en seksualiteit online",
        "promise": (
            "Je weet wat jongeren online doen rond liefde en seks, hoe je er rustig over praat "
            "en wat je doet als een foto rondgaat of iemand je kind afperst."
        ),
    },
    "fr": {
        "title": "Relations et sexualité en ligne",
        "promise": (
            "Vous savez ce que vivent les jeunes en ligne autour de l'amour et du sexe, "
            "comment en parler calmement et quoi faire si une photo circule ou en cas de chantage."
        ),
    },
    "sources": [
        ("Child Focus", "https://childfocus.be/"),
        ("Sensoa", "https://www.sensoa.be/"),
        ("Awel", "https://www.awel.be/"),
        ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ("Mediawijs", "https://www.mediawijs.be/"),
        ("Conseil supérieur de l'éducation aux médias (CSEM)", "https://www.csem.be/"),
        ("Yapaka", "https://www.yapaka.be/"),
        ("FOD Justitie / SPF Justice (seksueel strafrecht 2022)", "https://justice.belgium.be/"),
        ("Politie / Police", "https://www.police.be/"),
    ],
    "tips": {
        "nl": [
            "Praat over liefde, seks en respect voor er iets misloopt, in korte gesprekjes.",
            "Zeg vaak: 'Wat er ook gebeurt, je mag altijd bij mij komen.'",
            "Gaat een foto van je kind rond? Geef geen verwijt: de schuld ligt bij wie doorstuurt.",
            "Stuur een naaktfoto van een kind nooit zelf door, ook niet om te tonen.",
            "Bij afpersing: niet betalen, bewijs bewaren, contact stoppen en hulp vragen.",
            "Vraagt een volwassene je kind om geheimen of foto's? Stap meteen in.",
            "Child Focus helpt dag en nacht op 116 000, ook om beelden te laten weghalen.",
        ],
        "fr": [
            "Parlez d'amour, de sexe et de respect avant qu'un problème arrive, par petites touches.",
            "Dites souvent : « Quoi qu'il arrive, tu peux toujours venir me voir. »",
            "Une photo de votre enfant circule ? Pas de reproche : la faute est à celui qui partage.",
            "N'envoyez jamais vous-même la photo intime d'un enfant, même pas pour la montrer.",
            "En cas de chantage : ne payez pas, gardez les preuves, coupez le contact, demandez de l'aide.",
            "Un adulte demande des secrets ou des photos à votre enfant ? Agissez tout de suite.",
            "Child Focus aide jour et nuit au 116 000, aussi pour faire retirer des images.",
        ],
    },
    "steps": [
        # ------------------------------------------------------------------
        {
            "key": "intro",
            "kind": "text",
            "nl": {
                "title": "Liefde en seks horen bij opgroeien",
                "body": """Tieners worden verliefd. Ze zijn nieuwsgierig naar hun lichaam en naar seks. Dat is normaal en gezond. Vandaag gebeurt een deel daarvan online.

Jongeren sturen selfies en flirten in een chat. Sommigen sturen een sexy foto naar hun lief. Dat heet sexting. Anderen zoeken een lief via een app, of zien porno.

Meestal gaat dat goed. Soms loopt het mis. Een foto gaat rond. Iemand zet druk. Een onbekende liegt over wie hij is.

Je hoeft niet alles te weten over apps. Wat wel helpt: je kind weet dat het bij jou terecht kan. Zonder straf en zonder verwijt.

In deze module leer je:

- hoe je er rustig over praat;
- welke signalen je niet mag missen;
- wat je doet als het misloopt.""",
            },
            "fr": {
                "title": "L'amour et le sexe font partie de la vie",
                "body": """Les ados tombent amoureux. Ils sont curieux de leur corps et du sexe. C'est normal et sain. Aujourd'hui, une partie de tout cela se passe en ligne.

Les jeunes s'envoient des selfies et flirtent dans un chat. Certains envoient une photo sexy à leur copain ou leur copine. C'est ce qu'on appelle le sexting. D'autres cherchent l'amour sur une appli, ou tombent sur du porno.

Le plus souvent, tout se passe bien. Parfois, ça tourne mal. Une photo circule. Quelqu'un met la pression. Un inconnu ment sur qui il est.

Pas besoin de tout savoir sur les applis. Ce qui compte : votre enfant sait qu'il peut venir vers vous. Sans punition et sans reproche.

Dans ce module, vous verrez :

- comment en parler calmement ;
- quels signes ne pas rater ;
- que faire si ça tourne mal.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "video",
            "kind": "video",
            "video_url": "/static/video/relations-sexuality.mp4",
            "captions_url": "/static/video/relations-sexuality.nl.vtt",
            "nl": {
                "title": "Je kind stuurde een foto. Wat nu?",
                "body": "In deze video hoor je hoe je rustig reageert als er iets misloopt met een foto.",
                "transcript": """Presentator: Hallo. Vandaag praten we over sexting. Dat is een sexy foto of een naaktfoto sturen naar iemand. Veel ouders schrikken daarvan. Dat is begrijpelijk.

Presentator: Maar weet dit. Jongeren doen het meestal uit verliefdheid of uit vertrouwen. Het loopt pas echt mis als iemand de foto doorstuurt. Of als iemand druk zet of dreigt. Dan is je kind een slachtoffer. De schuld ligt bij wie doorstuurt of dreigt.

Presentator: Stel, je dochter komt huilend naar je toe. Haar foto gaat rond op school. Wat doe je? Haal eerst diep adem. Zeg dan: "Goed dat je het me vertelt. Het is niet jouw schuld. We lossen het samen op."

Presentator: Neem haar gsm niet af. Anders vertelt ze je de volgende keer niets meer. Stuur de foto zelf nooit door, ook niet om te tonen. Maak wel schermafbeeldingen van de berichten en de namen. Meld de foto in de app.

Presentator: Bel daarna Child Focus op 116 000. Dat is gratis, dag en nacht. Zij helpen ook om beelden te laten weghalen. Wil iemand geld voor de foto? Betaal niet, en ga naar de politie.

Presentator: Het allerbelangrijkste? Praat erover voor er iets gebeurt. Zeg af en toe: "Wat er ook gebeurt, je mag altijd bij mij komen." Zo'n zin onthoudt een kind.""",
            },
            "fr": {
                "title": "Votre enfant a envoyé une photo. Et maintenant ?",
                "body": "Dans cette vidéo, vous voyez comment réagir calmement quand une photo pose problème.",
                "transcript": """Présentatrice : Bonjour. Aujourd'hui, on parle du sexting. C'est envoyer une photo sexy ou une photo de soi nu à quelqu'un. Beaucoup de parents ont peur quand ils l'apprennent. C'est normal.

Présentatrice : Mais sachez ceci. Les jeunes le font le plus souvent par amour ou par confiance. Le vrai problème, c'est quand quelqu'un partage la photo. Ou quand quelqu'un met la pression ou menace. Votre enfant est alors une victime. La faute est à celui qui partage ou qui menace.

Présentatrice : Imaginez. Votre fille rentre en pleurant. Sa photo circule à l'école. Que faites-vous ? D'abord, respirez. Puis dites-lui : « Tu as bien fait de me le dire. Ce n'est pas ta faute. On va régler ça ensemble. »

Présentatrice : Ne lui prenez pas son GSM. Sinon, la prochaine fois, elle ne vous dira plus rien. N'envoyez jamais la photo vous-même, même pas pour la montrer. Faites plutôt des captures d'écran des messages et des noms. Signalez la photo dans l'appli.

Présentatrice : Ensuite, appelez Child Focus au 116 000. C'est gratuit, jour et nuit. Ils aident aussi à faire retirer les images. Quelqu'un demande de l'argent pour la photo ? Ne payez pas, et allez à la police.

Présentatrice : Le plus important ? En parler avant qu'il se passe quelque chose. Dites de temps en temps : « Quoi qu'il arrive, tu peux toujours venir me voir. » Un enfant se souvient de cette phrase.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-age-consent",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "Seks en leeftijd",
                "body": "Waar of niet waar? **In België kan een jongere vanaf 16 jaar zelf ja zeggen tegen seks.**",
            },
            "fr": {
                "title": "Le sexe et l'âge",
                "body": "Vrai ou faux ? **En Belgique, un jeune peut dire oui lui-même à une relation sexuelle à partir de 16 ans.**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Waar",
                        "feedback": (
                            "De grens van 16 jaar staat in het Strafwetboek, ook na de hervorming van 2022. "
                            "Vanaf 14 jaar maakt de wet een uitzondering als het leeftijdsverschil hoogstens "
                            "3 jaar is. En op elke leeftijd moet ja vrij zijn: je mag altijd nee zeggen of stoppen."
                        ),
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": (
                            "La limite de 16 ans figure dans le Code pénal, aussi après la réforme de 2022. "
                            "À partir de 14 ans, la loi prévoit une exception si la différence d'âge est de "
                            "3 ans au maximum. Et à tout âge, le oui doit être libre : on peut toujours dire non ou arrêter."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": (
                            "Toch wel: in België ligt de grens op 16 jaar. Dat staat in het Strafwetboek, "
                            "ook na de hervorming van 2022. Een volwassene die seksuele berichten stuurt naar "
                            "een kind van 13, doet altijd iets verkeerd: dan stap je in."
                        ),
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": (
                            "Si : en Belgique, la limite est de 16 ans. C'est écrit dans le Code pénal, "
                            "aussi après la réforme de 2022. Un adulte qui envoie des messages sexuels à un "
                            "enfant de 13 ans est toujours en faute : là, vous agissez."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "selfies-dating",
            "kind": "text",
            "nl": {
                "title": "Selfies, flirten en datingapps",
                "body": """Selfies horen bij tieners. Ze zoeken uit wie ze zijn en hoe ze eruitzien. Likes voelen fijn. Maar jongeren vergelijken zich ook snel met anderen. Zeg dus vaak wat je goed vindt aan je kind. Niet alleen over hoe het eruitziet.

Veel jongeren flirten online. In een chat, een game of op sociale media. Soms met iemand die ze nooit zagen. De bekende datingapps zijn meestal pas vanaf 18 jaar. Toch zitten er ook jongere tieners op.

Wil je tiener iemand van online ontmoeten? Verbied het niet meteen. Dan hoor je het de volgende keer niet meer. Denk liever mee:

- eerst videobellen, om te zien wie het echt is;
- afspreken op een drukke plek, overdag;
- iemand laten weten waar je bent en met wie;
- altijd mogen bellen om opgehaald te worden. Zonder preek.""",
            },
            "fr": {
                "title": "Selfies, flirt et applis de rencontre",
                "body": """Les selfies font partie de la vie des ados. Ils cherchent qui ils sont et à quoi ils ressemblent. Les likes font plaisir. Mais les jeunes se comparent aussi vite aux autres. Dites donc souvent à votre enfant ce que vous aimez chez lui. Pas seulement son look.

Beaucoup de jeunes flirtent en ligne, parfois avec quelqu'un qu'ils n'ont jamais vu. Les applis de rencontre connues sont le plus souvent à partir de 18 ans. Pourtant, des ados plus jeunes y vont aussi.

Votre ado veut voir en vrai quelqu'un d'internet ? N'interdisez pas tout de suite. Sinon, la prochaine fois, il ne vous dira rien. Réfléchissez plutôt avec lui :

- d'abord un appel vidéo, pour voir qui est vraiment l'autre ;
- un rendez-vous dans un lieu public, en journée ;
- dire à quelqu'un où il va et avec qui ;
- pouvoir toujours vous appeler pour qu'on vienne le chercher. Sans sermon.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "tip-no-blame",
            "kind": "tip",
            "nl": {
                "title": "Je kind vertelt iets? Zo reageer je",
                "body": """Blijf rustig, ook als je schrikt. Zeg eerst: "Goed dat je het me vertelt." Luister, voor je vragen stelt.

Geef geen verwijt. Iemand vertrouwen is geen fout. Neem de gsm niet af als straf. Anders komt je kind de volgende keer niet meer naar jou.

Zoek daarna samen wat jullie kunnen doen. Je staat er niet alleen voor.""",
            },
            "fr": {
                "title": "Votre enfant vous raconte quelque chose ? Voici comment réagir",
                "body": """Restez calme, même si vous avez peur. Dites d'abord : « Tu as bien fait de me le dire. » Écoutez avant de poser des questions.

Pas de reproche. Faire confiance à quelqu'un, ce n'est pas une faute. Ne prenez pas son GSM pour le punir. Sinon, la prochaine fois, il ne viendra plus vers vous.

Ensuite, cherchez ensemble ce que vous pouvez faire. Vous n'êtes pas seul.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-photo-shared",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Een foto gaat rond",
                "body": """Je dochter van 14 stuurde een naaktfoto naar haar lief. Nu is het uit. Ze hoort dat de foto rondgaat in een groep van de klas. Ze vertelt het je, in tranen.

**Wat doe je?**""",
            },
            "fr": {
                "title": "Une photo circule",
                "body": """Votre fille de 14 ans a envoyé une photo d'elle nue à son copain. Maintenant, c'est fini entre eux. Elle apprend que la photo circule dans un groupe de la classe. Elle vous le raconte en pleurant.

**Que faites-vous ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": (
                            "Ik zeg dat het niet haar schuld is. Samen bewaren we bewijs, melden we "
                            "de foto en bellen we Child Focus (116 000)."
                        ),
                        "feedback": (
                            "Je dochter is hier het slachtoffer: wie de foto doorstuurt, doet "
                            "iets verkeerd. Maak schermafbeeldingen van berichten en namen, niet van de foto. "
                            "Child Focus helpt jullie om de foto te laten weghalen."
                        ),
                    },
                    "fr": {
                        "text": (
                            "Je lui dis que ce n'est pas sa faute. Ensemble, on garde des preuves, on "
                            "signale la photo et on appelle Child Focus (116 000)."
                        ),
                        "feedback": (
                            "Votre fille est la victime : celui qui partage la photo est en faute. "
                            "Faites des captures d'écran des messages et des noms, pas de la photo. "
                            "Child Focus vous aide à faire retirer la photo."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Ik neem haar gsm een maand af. Zo leert ze het wel.",
                        "feedback": (
                            "Dat voelt als straf voor wat een ander fout deed. Ze leert vooral dat ze "
                            "beter zwijgt, en de foto blijft rondgaan. Help haar liever om hem te laten weghalen."
                        ),
                    },
                    "fr": {
                        "text": "Je lui prends son GSM pendant un mois. Ça lui servira de leçon.",
                        "feedback": (
                            "Elle le vivra comme une punition pour la faute d'un autre. Elle apprendra "
                            "surtout à se taire, et la photo continuera à circuler. Aidez-la plutôt à la faire retirer."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Ik vraag een klasgenoot om de foto naar mij te sturen. Dan weet ik wat er rondgaat.",
                        "feedback": (
                            "Zo gaat de foto nog een keer rond, en dat wil je net stoppen. "
                            "Een naaktfoto van een kind stuur je nooit door. Noteer liever in welke groep "
                            "en door wie hij gedeeld werd."
                        ),
                    },
                    "fr": {
                        "text": "Je demande à un camarade de classe de m'envoyer la photo, pour savoir ce qui circule.",
                        "feedback": (
                            "La photo serait envoyée une fois de plus, alors que vous voulez "
                            "justement l'arrêter. On ne transfère jamais la photo intime d'un enfant. Notez "
                            "plutôt dans quel groupe et par qui elle a été partagée."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": 'Ik zeg: "Had je die foto maar niet gestuurd."',
                        "feedback": (
                            "Dat denk je misschien even, maar het doet haar nu extra pijn. Ze schaamt zich al. "
                            'Wat ze nodig heeft, is steun: "Het is niet jouw schuld."'
                        ),
                    },
                    "fr": {
                        "text": "Je lui dis : « Tu n'aurais jamais dû envoyer cette photo. »",
                        "feedback": (
                            "Vous le pensez peut-être un instant, mais cela lui fait encore plus mal. "
                            "Elle a déjà honte. Elle a besoin de soutien : « Ce n'est pas ta faute. »"
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-sextortion",
            "kind": "question",
            "question_type": "multiple",
            "scenario": True,
            "nl": {
                "title": "Iemand wil geld voor een foto",
                "body": """Je zoon van 15 chat met een meisje dat hij online leerde kennen. Ze vraagt een naaktfoto. Hij stuurt er een. Meteen krijgt hij een bericht: "Betaal 200 euro. Anders stuur ik de foto naar al je vrienden." Dit heet sextortion: afpersing met seksuele beelden.

Je zoon is in paniek. Zeg hem eerst: "Jij bent niet schuldig." **Wat doe je daarna?**""",
            },
            "fr": {
                "title": "Quelqu'un demande de l'argent pour une photo",
                "body": """Votre fils de 15 ans discute avec une fille qu'il a connue en ligne. Elle lui demande une photo de lui nu. Il l'envoie. Tout de suite, il reçoit un message : « Paie 200 euros. Sinon, j'envoie la photo à tous tes amis. » C'est de la sextorsion : du chantage avec des images sexuelles.

Votre fils panique. Dites-lui d'abord : « Ce n'est pas ta faute. » **Que faites-vous ensuite ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet betalen.",
                        "feedback": (
                            "Juist. Betalen stopt de afpersing meestal niet. Vaak vragen ze daarna nog meer geld."
                        ),
                    },
                    "fr": {
                        "text": "Ne pas payer.",
                        "feedback": (
                            "Oui. Payer n'arrête le plus souvent pas le chantage. Souvent, ils demandent "
                            "ensuite encore plus d'argent."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": (
                            "Bewijs bewaren: schermafbeeldingen van de chat, het profiel en de vraag om geld. "
                            "Daarna niet meer antwoorden en het profiel blokkeren en melden."
                        ),
                        "feedback": (
                            "Ja. Child Focus en de politie hebben dat bewijs nodig. Bewaar het eerst, "
                            "blokkeer pas daarna."
                        ),
                    },
                    "fr": {
                        "text": (
                            "Garder des preuves : captures d'écran du chat, du profil et de la demande "
                            "d'argent. Ensuite, ne plus répondre, bloquer et signaler le profil."
                        ),
                        "feedback": (
                            "Oui. Child Focus et la police ont besoin de ces preuves. Gardez-les d'abord, "
                            "bloquez seulement après."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Child Focus bellen op 116 000 en klacht indienen bij de politie.",
                        "feedback": (
                            "Ja. Child Focus helpt je stap voor stap, ook om de foto te laten weghalen. "
                            "Afpersing is een misdrijf: meld het dus ook bij de politie."
                        ),
                    },
                    "fr": {
                        "text": "Appeler Child Focus au 116 000 et porter plainte à la police.",
                        "feedback": (
                            "Oui. Child Focus vous aide pas à pas, aussi pour faire retirer la photo. "
                            "Le chantage est un délit : la police doit être au courant."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Snel een klein bedrag betalen. Dan is het misschien voorbij.",
                        "feedback": (
                            "In paniek is dat begrijpelijk, maar doe het niet: wie één keer betaalt, krijgt "
                            "vaak nog meer vragen. Is er al betaald? Betaal dan niets meer en vraag hulp."
                        ),
                    },
                    "fr": {
                        "text": "Payer vite une petite somme. Ça s'arrêtera peut-être.",
                        "feedback": (
                            "C'est compréhensible dans la panique, mais ne le faites pas : qui paie une fois "
                            "reçoit souvent d'autres demandes. Déjà payé ? Ne payez plus rien et demandez de l'aide."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Alles meteen wissen, zodat niemand het ziet.",
                        "feedback": (
                            "Dat voelt veilig, maar zo ben je het bewijs kwijt. Bewaar eerst alles. "
                            "Je zoon mag het daarna uit zijn zicht zetten."
                        ),
                    },
                    "fr": {
                        "text": "Tout effacer tout de suite, pour que personne ne le voie.",
                        "feedback": (
                            "Cela rassure, mais vous perdez les preuves. Gardez d'abord tout. "
                            "Votre fils pourra ensuite le mettre de côté."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-grooming-signs",
            "kind": "question",
            "question_type": "multiple",
            "scenario": False,
            "nl": {
                "title": "Een online vriend die te lief is",
                "body": """Soms doet een volwassene zich online voor als een vriend. Hij wil dat een kind hem vertrouwt. Later wil hij het kind seksueel misbruiken. Dat heet grooming.

**Welke signalen wijzen op grooming?**""",
            },
            "fr": {
                "title": "Un ami en ligne trop gentil",
                "body": """Parfois, un adulte se fait passer pour un ami en ligne. Il veut qu'un enfant lui fasse confiance. Plus tard, il veut abuser de lui sexuellement. C'est ce qu'on appelle le grooming.

**Quels signes font penser à du grooming ?**""",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": 'Hij zegt: "Dit is ons geheim. Zeg niets tegen je ouders."',
                        "feedback": (
                            "Ja. Een echte vriend vraagt niet om te zwijgen tegen je ouders. "
                            "Zo'n geheim is een duidelijk alarmsignaal."
                        ),
                    },
                    "fr": {
                        "text": "Il dit : « C'est notre secret. Ne dis rien à tes parents. »",
                        "feedback": (
                            "Oui. Un vrai ami ne demande pas de se taire face aux parents. "
                            "Ce genre de secret est un signal d'alarme clair."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Hij geeft veel complimenten of cadeaus, zoals geld of extra's in een game.",
                        "feedback": (
                            "Ja. Zo voelt een kind zich speciaal en dankbaar. Later vraagt hij er iets voor terug."
                        ),
                    },
                    "fr": {
                        "text": "Il fait beaucoup de compliments ou de cadeaux, comme de l'argent ou des bonus dans un jeu.",
                        "feedback": (
                            "Oui. L'enfant se sent spécial et reconnaissant. Plus tard, il demande quelque chose en échange."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Hij wil snel verder praten in een andere app, waar niemand meekijkt.",
                        "feedback": (
                            "Ja. In een private chat ziet niemand wat hij schrijft. Daarom vraagt een groomer dat vaak."
                        ),
                    },
                    "fr": {
                        "text": "Il veut vite continuer sur une autre appli, où personne ne regarde.",
                        "feedback": (
                            "Oui. Dans un chat privé, personne ne voit ce qu'il écrit. C'est pour cela qu'il le demande souvent."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Hij vraagt naar het lichaam van je kind, of om een foto.",
                        "feedback": (
                            "Ja. Dan is het tijd om in te stappen. Bewaar de berichten en bel Child Focus op 116 000."
                        ),
                    },
                    "fr": {
                        "text": "Il pose des questions sur le corps de votre enfant, ou demande une photo.",
                        "feedback": (
                            "Oui. C'est le moment d'agir. Gardez les messages et appelez Child Focus au 116 000."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Een klasgenoot vraagt of je kind na school mee wil gamen.",
                        "feedback": (
                            "Dat is meestal gewoon vriendschap: je kind kent die persoon ook in het echt. "
                            "Blijf wel vragen met wie je kind speelt, uit interesse."
                        ),
                    },
                    "fr": {
                        "text": "Un camarade de classe demande à votre enfant de jouer en ligne après l'école.",
                        "feedback": (
                            "C'est le plus souvent de l'amitié : votre enfant connaît cette personne en vrai. "
                            "Continuez à demander avec qui il joue, par intérêt."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-porn",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "Porno",
                "body": """Veel jongeren zien porno. Soms zoeken ze het op, soms komen ze het per ongeluk tegen.

Waar of niet waar? **Porno toont hoe seks in het echt gaat.**""",
            },
            "fr": {
                "title": "Le porno",
                "body": """Beaucoup de jeunes voient du porno. Parfois ils le cherchent, parfois ils tombent dessus par hasard.

Vrai ou faux ? **Le porno montre le sexe comme dans la vraie vie.**""",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": (
                            "In porno spelen acteurs een rol, zoals in een film. Je ziet er "
                            "weinig liefde, respect of samen beslissen. Zeg dat ook tegen je kind."
                        ),
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": (
                            "Dans le porno, des acteurs jouent un rôle, comme dans un film. "
                            "On y voit peu d'amour, de respect ou d'accord entre les deux. Dites-le aussi à votre enfant."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": (
                            "Porno is toneel, gemaakt voor volwassenen. Echte seks gaat over vertrouwen, "
                            "respect en allebei ja zeggen. Praat er rustig over, zonder je kind te beschamen."
                        ),
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": (
                            "Le porno, c'est du cinéma pour adultes. Le vrai sexe, c'est la confiance, "
                            "le respect et deux personnes qui disent oui. Parlez-en calmement, sans faire honte à votre enfant."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "when-to-step-in",
            "kind": "text",
            "nl": {
                "title": "Wanneer stap je in? En waar vind je hulp?",
                "body": """Niet alles vraagt om actie. Flirten of een selfie is meestal gewoon. Stap wel in als:

- een volwassene je kind seksuele berichten stuurt of om foto's vraagt;
- iemand druk zet, dreigt of geld vraagt;
- een foto van je kind rondgaat;
- je kind plots stil, bang of somber is na het gebruik van de gsm.

Hier vind je hulp:

- **Child Focus: [116 000](tel:116000).** Bij grooming, afpersing of een naaktfoto die rondgaat. Ze helpen ook om beelden te laten weghalen.
- **Politie:** voor een klacht. Is je kind in gevaar? Bel [101](tel:101).
- **Awel: [102](tel:102).** Je kind kan er praten zonder zijn naam te zeggen.
- **[Sensoa](https://www.sensoa.be/)** geeft uitleg over relaties en seks.""",
            },
            "fr": {
                "title": "Quand agir ? Et où trouver de l'aide ?",
                "body": """Tout ne demande pas d'agir. Flirter ou poster un selfie, c'est le plus souvent normal. Mais agissez si :

- un adulte envoie des messages sexuels à votre enfant ou lui demande des photos ;
- quelqu'un met la pression, menace ou demande de l'argent ;
- une photo de votre enfant circule ;
- votre enfant est tout à coup silencieux, triste ou a peur après avoir utilisé son GSM.

Où trouver de l'aide :

- **Child Focus : [116 000](tel:116000).** Pour le grooming, le chantage ou une photo intime qui circule. Ils aident aussi à faire retirer les images.
- **Police :** pour porter plainte. Votre enfant est en danger ? Appelez le [101](tel:101).
- **Écoute-Enfants : [103](tel:103).** Votre enfant peut y parler sans donner son nom.
- Un **centre de planning familial** répond aux questions sur l'amour et le sexe.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "reflect",
            "kind": "reflection",
            "nl": {
                "title": "Wat zeg jij?",
                "body": """Stel: je kind komt morgen naar je toe. Er liep iets mis met een foto of een chat.

**Wat is de eerste zin die je dan wilt zeggen?** Schrijf hem op. Zo heb je hem klaar als het nodig is.""",
            },
            "fr": {
                "title": "Et vous, que diriez-vous ?",
                "body": """Imaginez : demain, votre enfant vient vers vous. Quelque chose s'est mal passé avec une photo ou un chat.

**Quelle est la première phrase que vous voulez lui dire ?** Écrivez-la. Vous l'aurez en tête le jour où il le faut.""",
            },
        },
    ],
}
