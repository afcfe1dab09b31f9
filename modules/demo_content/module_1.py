"""Module 1: social media (slug social-media).

Dutch ("nl", Flemish usage, "je") and Belgian French ("fr", "vous"). Format: see FORMAT.md.
Written for parents and grandparents who may read Dutch or French as a second language:
short sentences, common words, opportunities as well as risks, never alarmist or blaming.

Facts used, with their source in MODULE["sources"]:
- Age of digital consent in Belgium: 13 (law of 30 July 2018 on the protection of natural
  persons with regard to the processing of personal data, art. 7). Under 13, a parent
  consents when an online service uses a child's data on the basis of consent. The data
  protection authority advises parents to decide about online services together with
  their child (Gegevensbeschermingsautoriteit / Autorité de protection des données).
- Most social networks (TikTok, Instagram, Snapchat) ask for at least 13 years in their
  terms. WhatsApp's age is deliberately not named (in the EU it went from 16 to 13 on
  11 April 2024).
- Deleting an app does not cancel a subscription bought through the Play Store or the
  App Store; it is cancelled in the store. A refund can be asked; it is not guaranteed.
- Child Focus 116 000 (serious worries: a picture going round, an adult pestering a
  child, blackmail); Awel 102 (Dutch-speaking children); Écoute-Enfants 103
  (French-speaking children). Mediawijs and CSEM: media literacy for parents.
No statistics are used.
"""

MODULE = {
    "number": 1,
    "slug": "social-media",
    "duration_minutes": 15,
    "nl": {
        "title": "Sociale media",
        "promise": (
            "Je weet wat je kind op sociale media doet, waar het geld kan kosten "
            "en hoe je samen goede afspraken maakt."
        ),
    },
    "fr": {
        "title": "Les réseaux sociaux",
        "promise": (
            "Vous savez ce que votre enfant fait sur les réseaux sociaux, ce qui peut coûter "
            "de l'argent et comment faire de bons accords ensemble."
        ),
    },
    "sources": [
        (
            "Gegevensbeschermingsautoriteit (wet van 30 juli 2018, art. 7: toestemming vanaf 13 jaar)",
            "https://www.gegevensbeschermingsautoriteit.be/",
        ),
        (
            "Autorité de protection des données (loi du 30 juillet 2018, art. 7 : consentement à partir de 13 ans)",
            "https://www.autoriteprotectiondonnees.be/",
        ),
        ("Child Focus", "https://childfocus.be/"),
        ("Awel", "https://www.awel.be/"),
        ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ("Mediawijs", "https://www.mediawijs.be/"),
        ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
    ],
    "tips": {
        "nl": [
            "Vraag je kind om zijn favoriete app te tonen, en luister met interesse.",
            "De meeste sociale media vragen 13 jaar. Is je kind jonger, dan beslis jij mee.",
            "Leer je kind twee vragen voor het iets post: wie kan dit zien, en vind ik het later nog goed?",
            "Zet een code op aankopen en bewaar je bankkaart niet op de gsm van je kind.",
            "Geef zelf het voorbeeld: geen gsm aan tafel, ook niet voor de volwassenen.",
            "Laat alle gsm's 's nachts opladen buiten de slaapkamer.",
            "Zeg vaak: 'Loopt er online iets mis? Je mag altijd bij mij komen.'",
        ],
        "fr": [
            "Demandez à votre enfant de vous montrer son appli préférée, et écoutez avec intérêt.",
            "La plupart des réseaux sociaux demandent 13 ans. Avant cet âge, vous décidez avec lui.",
            "Apprenez-lui à se demander avant de publier : qui va voir ça, et ça me plaira encore plus tard ?",
            "Mettez un code pour les achats et n'enregistrez pas votre carte bancaire sur son GSM.",
            "Montrez l'exemple : pas de GSM à table, pour les adultes non plus.",
            "La nuit, tous les GSM se rechargent hors des chambres.",
            "Dites souvent : « Un problème en ligne ? Tu peux toujours venir me voir. »",
        ],
    },
    "steps": [
        # ------------------------------------------------------------------
        {
            "key": "intro",
            "kind": "text",
            "nl": {
                "title": "Wat doet je kind op sociale media?",
                "body": """Op sociale media praten kinderen met hun vrienden. Ze kijken en maken filmpjes. Ze delen foto's. Ze volgen mensen die ze leuk vinden.

Bekende apps zijn WhatsApp, Snapchat, TikTok, Instagram en YouTube. Elke app is een beetje anders. Maar overal kun je posten, reageren en chatten.

Sociale media hebben veel goede kanten. Je kind houdt contact met vrienden. Het kan bellen met familie ver weg. Het leert nieuwe dingen. Het kan zelf iets moois maken.

Er zijn ook risico's. Een post blijft soms lang online. Sommige apps kosten geld. En de gsm kan veel tijd vragen.

In deze module leer je:

- wat je kind op sociale media doet;
- hoe je kind een goede naam online houdt;
- waar het geld kan kosten;
- hoe je samen afspraken maakt.""",
            },
            "fr": {
                "title": "Que fait votre enfant sur les réseaux sociaux ?",
                "body": """Sur les réseaux sociaux, les enfants parlent avec leurs amis. Ils regardent des vidéos et en font. Ils partagent des photos. Ils suivent des gens qu'ils aiment bien.

Les applis connues sont WhatsApp, Snapchat, TikTok, Instagram et YouTube. Chaque appli est un peu différente. Mais partout, on peut publier, réagir et discuter.

Les réseaux sociaux ont beaucoup de bons côtés. Votre enfant garde le contact avec ses amis. Il peut appeler la famille qui vit loin. Il apprend des choses. Il peut créer de belles choses lui-même.

Il y a aussi des risques. Une publication reste parfois longtemps en ligne. Certaines applis coûtent de l'argent. Et le GSM peut prendre beaucoup de temps.

Dans ce module, vous verrez :

- ce que votre enfant fait sur les réseaux sociaux ;
- comment il garde une bonne image en ligne ;
- ce qui peut coûter de l'argent ;
- comment faire des accords ensemble.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "video",
            "kind": "video",
            "video_url": "/static/video/social-media.mp4",
            "captions_url": "/static/video/social-media.nl.vtt",
            "nl": {
                "title": "Praten over sociale media: begin met interesse",
                "body": "In deze video hoor je hoe je met je kind over sociale media praat, ook als je de apps zelf niet kent.",
                "transcript": """Presentator: Hallo. Misschien ken je dit. Je kind zit op TikTok of Snapchat. Jij weet niet goed wat het daar doet. Dat is heel normaal. Je hoeft geen expert te zijn.

Presentator: Begin met interesse. Vraag: "Welke app vind je het leukst? Wil je eens tonen wat je daar doet?" Kinderen tonen hun wereld graag. Luister eerst. Geef niet meteen je mening.

Presentator: Praat over de mooie kanten. Je kind lacht met vrienden. Het leert een dans of een recept. Het belt met oma, ook als die ver weg woont. Dat is allemaal waardevol.

Presentator: Praat daarna over de moeilijke kanten. Wat post je wel, en wat niet? Wat kost geld? Hoe lang zit je op je gsm? Zoek samen naar antwoorden.

Presentator: Maak dan samen afspraken. Bijvoorbeeld: geen gsm aan tafel. En 's nachts laden alle gsm's op in de woonkamer. Ook die van mama of papa. Kinderen doen wat ze ons zien doen.

Presentator: En zeg het vaak: "Loopt er online iets mis? Je mag altijd bij mij komen. Je krijgt geen straf." Is het ernstig? Gaat er bijvoorbeeld een foto van je kind rond? Bel dan Child Focus op 116 000. Je kind kan ook zelf praten met Awel, op het nummer 102. Dat is gratis en anoniem.""",
            },
            "fr": {
                "title": "Parler des réseaux sociaux : commencez par vous intéresser",
                "body": "Dans cette vidéo, vous voyez comment parler des réseaux sociaux avec votre enfant, même si vous ne connaissez pas les applis.",
                "transcript": """Présentatrice : Bonjour. Vous connaissez peut-être ça. Votre enfant est sur TikTok ou sur Snapchat. Vous ne savez pas trop ce qu'il y fait. C'est tout à fait normal. Pas besoin d'être un expert.

Présentatrice : Commencez par vous intéresser. Demandez : « C'est quoi, ton appli préférée ? Tu me montres ce que tu fais dessus ? » Les enfants aiment montrer leur monde. Écoutez d'abord. Ne donnez pas tout de suite votre avis.

Présentatrice : Parlez des bons côtés. Votre enfant rigole avec ses amis. Il apprend une danse ou une recette. Il appelle sa grand-mère, même si elle vit loin. Tout ça compte.

Présentatrice : Ensuite, parlez des côtés plus difficiles. Qu'est-ce qu'on publie, et qu'est-ce qu'on garde pour soi ? Qu'est-ce qui coûte de l'argent ? Combien de temps on passe sur son GSM ? Cherchez les réponses ensemble.

Présentatrice : Puis, fixez des règles ensemble. Par exemple : pas de GSM à table. Et la nuit, tous les GSM se rechargent au salon. Celui de papa ou de maman aussi. Les enfants font ce qu'ils nous voient faire.

Présentatrice : Et dites-le souvent : « Un problème en ligne ? Tu peux toujours venir me voir. Tu ne seras pas puni. » C'est grave ? Par exemple, une photo de votre enfant circule ? Appelez Child Focus au 116 000. Votre enfant peut aussi parler lui-même à Écoute-Enfants, au 103. C'est gratuit et anonyme.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-first-account",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Mag ik TikTok?",
                "body": 'Je zoon is 11 jaar. Hij zit in het zesde leerjaar. Hij vraagt: "Mag ik TikTok? Iedereen in mijn klas heeft het!"\n\n**Wat doe je het best?**',
            },
            "fr": {
                "title": "Je peux avoir TikTok ?",
                "body": "Votre fils a 11 ans. Il est en 6e primaire. Il vous demande : « Je peux avoir TikTok ? Tout le monde l'a dans ma classe ! »\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Je zegt dat TikTok 13 jaar vraagt. Je vraagt wat hij er leuk aan vindt. Samen kijk je wat nu al kan, en wanneer TikTok wel mag.",
                        "feedback": (
                            "TikTok vraagt in zijn regels minstens 13 jaar. Omdat je luistert, begrijpt je zoon "
                            "waarom hij nog moet wachten. En hij weet dat jullie later samen starten."
                        ),
                    },
                    "fr": {
                        "text": "Vous lui expliquez que TikTok demande 13 ans. Vous lui demandez ce qui lui plaît dedans. Ensemble, vous voyez ce qui est déjà possible, et quand TikTok sera permis.",
                        "feedback": (
                            "TikTok demande au moins 13 ans dans ses règles. Comme vous l'écoutez, votre fils "
                            "comprend pourquoi il doit attendre. Et il sait que vous commencerez ensemble plus tard."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt ja. Als iedereen het heeft, wil je niet dat hij uit de groep valt.",
                        "feedback": (
                            "Je wilt dat hij erbij hoort, dat is begrijpelijk. Maar TikTok vraagt minstens 13 jaar, "
                            "dus praat eerst samen. Vraag ook eens aan andere ouders: vaak heeft niet 'iedereen' het."
                        ),
                    },
                    "fr": {
                        "text": "Vous dites oui. Si tout le monde l'a, vous ne voulez pas qu'il soit mis à l'écart.",
                        "feedback": (
                            "Vous voulez qu'il fasse partie du groupe, c'est normal. Mais TikTok demande au moins "
                            "13 ans, alors parlez-en d'abord ensemble. Demandez aussi aux autres parents : souvent, "
                            "ce n'est pas vraiment « tout le monde »."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt streng nee. Sociale media zijn gevaarlijk, dus hij mag er nooit op.",
                        "feedback": (
                            "Een streng nee zonder uitleg werkt vaak niet: sommige kinderen maken dan stiekem een "
                            "account. Dan kun jij niet helpen als er iets misloopt. Leg liever uit waarom hij "
                            "wacht tot 13 jaar."
                        ),
                    },
                    "fr": {
                        "text": "Vous dites non, point final. Les réseaux sociaux sont dangereux, il n'y ira jamais.",
                        "feedback": (
                            "Un non sévère, sans explication, marche rarement : certains enfants créent alors un "
                            "compte en cachette. Et vous ne pouvez pas les aider en cas de problème. "
                            "Expliquez-lui plutôt pourquoi il attend ses 13 ans."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "tip-start-together",
            "kind": "tip",
            "nl": {
                "title": "Vanaf 13 jaar, en samen starten",
                "body": """De meeste sociale media vragen minstens **13 jaar**. Ook de Belgische wet noemt 13 jaar. Vraagt een app toestemming om de gegevens van je kind te gebruiken? Is je kind jonger dan 13, dan geeft een ouder die toestemming.

13 jaar is een grens, geen startsein. Beslis samen met je kind. Maak het eerste account samen en kijk:

- wie het profiel kan zien;
- wie berichten kan sturen;
- hoe je iemand blokkeert en meldt.""",
            },
            "fr": {
                "title": "À partir de 13 ans, et on commence ensemble",
                "body": """La plupart des réseaux sociaux demandent au moins **13 ans**. La loi belge parle aussi de 13 ans. Une appli demande l'accord pour utiliser les données de votre enfant ? S'il a moins de 13 ans, c'est un parent qui donne cet accord.

13 ans, c'est une limite, pas un signal de départ. Décidez avec votre enfant. Créez le premier compte ensemble et regardez :

- qui peut voir le profil ;
- qui peut envoyer des messages ;
- comment bloquer et signaler quelqu'un.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "reputation",
            "kind": "text",
            "nl": {
                "title": "Een goede naam online",
                "body": """Wat je kind online zet, zegt iets over wie het is. Dat noemen we een online reputatie: je naam online.

Een foto is snel gedeeld. Maar het is moeilijk om die weer weg te halen. Anderen kunnen een screenshot maken en die doorsturen. Ook berichten die 'verdwijnen', zoals op Snapchat. Zo kan een post jaren later nog opduiken.

Dat wil niet zeggen dat je kind niets mag posten. Leer het liever vier vragen stellen:

- Wie kan dit zien?
- Vind ik dit later ook nog goed?
- Staat er iemand anders op? Vindt die het goed?
- Zou ik dit ook aan oma tonen?

Een goede naam online helpt je kind ook. Een mooie tekening of een lieve reactie maakt mensen blij.

Geef zelf het voorbeeld. Vraag je kind of je een foto van hem mag posten.""",
            },
            "fr": {
                "title": "Une bonne image en ligne",
                "body": """Ce que votre enfant met en ligne dit quelque chose de lui. C'est son image en ligne, ou sa réputation en ligne.

Une photo se partage vite. Mais c'est difficile de la faire disparaître. D'autres peuvent faire une capture d'écran et l'envoyer plus loin. Même les messages qui « disparaissent », comme sur Snapchat. Une publication peut donc revenir des années plus tard.

Ça ne veut pas dire que votre enfant ne peut rien publier. Apprenez-lui plutôt à se poser quatre questions :

- Qui peut voir ça ?
- Est-ce que ça me plaira encore plus tard ?
- Il y a quelqu'un d'autre dessus ? Est-il d'accord ?
- Est-ce que je le montrerais à ma grand-mère ?

Une bonne image en ligne aide aussi votre enfant. Un beau dessin ou un gentil message fait plaisir aux gens.

Montrez l'exemple. Demandez à votre enfant si vous pouvez publier une photo de lui.""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-before-posting",
            "kind": "question",
            "question_type": "multiple",
            "scenario": True,
            "nl": {
                "title": "Een filmpje posten",
                "body": "Je dochter van 14 maakte een grappig filmpje met haar vriendin. Ze wil het op Instagram zetten. Ze vraagt wat jij ervan vindt.\n\n**Welke vragen stel je haar best?**",
            },
            "fr": {
                "title": "Publier une vidéo",
                "body": "Votre fille de 14 ans a fait une vidéo drôle avec son amie. Elle veut la mettre sur Instagram. Elle vous demande ce que vous en pensez.\n\n**Quelles questions lui posez-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Vindt je vriendin het goed dat het filmpje online komt?",
                        "feedback": (
                            "Wie op een foto of filmpje staat, mag mee beslissen. Zo leert je dochter "
                            "respect voor anderen."
                        ),
                    },
                    "fr": {
                        "text": "Ton amie est d'accord pour que la vidéo soit en ligne ?",
                        "feedback": (
                            "Celui qui est sur une photo ou une vidéo a son mot à dire. Votre fille apprend "
                            "ainsi à respecter les autres."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Wie kan het zien: alleen je vrienden, of iedereen?",
                        "feedback": (
                            "Met een privéaccount kiest ze zelf wie haar posts ziet. Kijk samen even naar "
                            "de instellingen van haar account."
                        ),
                    },
                    "fr": {
                        "text": "Qui pourra la voir : seulement tes amis, ou tout le monde ?",
                        "feedback": (
                            "Avec un compte privé, elle choisit qui voit ses publications. Regardez ensemble "
                            "les réglages de son compte."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Vind je dit over een paar jaar ook nog leuk?",
                        "feedback": (
                            "Wat online staat, blijft vaak lang bestaan. Even aan later denken helpt haar "
                            "om goed te kiezen."
                        ),
                    },
                    "fr": {
                        "text": "Elle te plaira encore dans quelques années ?",
                        "feedback": (
                            "Ce qui est en ligne reste souvent longtemps. Penser un peu à plus tard l'aide "
                            "à faire un bon choix."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Hoeveel likes denk je dat het krijgt?",
                        "feedback": (
                            "Likes zeggen niet of een post een goed idee is. Ook een filmpje met veel likes "
                            "kan later spijt geven. Vraag liever wie het kan zien."
                        ),
                    },
                    "fr": {
                        "text": "Combien de likes tu penses avoir ?",
                        "feedback": (
                            "Les likes ne disent pas si c'est une bonne idée de publier. Une vidéo avec "
                            "beaucoup de likes peut aussi être regrettée plus tard. Demandez plutôt qui "
                            "pourra la voir."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "costs",
            "kind": "text",
            "nl": {
                "title": "Gratis? Niet helemaal",
                "body": """De meeste sociale media zijn gratis. Toch verdienen ze veel geld. Hoe doen ze dat?

- **Reclame.** De app toont reclame tussen de posts. Ook influencers maken reclame. Dat merk je niet altijd.
- **Tijd.** De app onthoudt wat je kind graag bekijkt. Zo toont ze nog meer filmpjes. Hoe langer je kind kijkt, hoe meer reclame het ziet.
- **Aankopen in de app.** Je kind kan munten kopen om een cadeautje te geven. Of het kan betalen voor extra's of een abonnement.

Kleine bedragen lijken niet erg. Maar samen lopen ze snel op.

Wat helpt?

- Zet een code op elke aankoop in de Play Store of de App Store.
- Bewaar je bankkaart niet op de gsm van je kind.
- Let op 'gratis proberen': daarna moet je vaak betalen.
- Vraag samen bij een filmpje: wil deze persoon iets verkopen?""",
            },
            "fr": {
                "title": "Gratuit ? Pas tout à fait",
                "body": """La plupart des réseaux sociaux sont gratuits. Pourtant, ils gagnent beaucoup d'argent. Comment ?

- **La pub.** L'appli montre de la pub entre les publications. Les influenceurs font aussi de la pub. On ne le remarque pas toujours.
- **Le temps.** L'appli retient ce que votre enfant aime regarder. Elle lui montre donc encore plus de vidéos. Plus il regarde, plus il voit de pub.
- **Les achats dans l'appli.** Votre enfant peut acheter des pièces pour offrir un cadeau. Ou payer pour des extras ou un abonnement.

Les petites sommes ne semblent pas graves. Mais elles montent vite.

Ce qui aide :

- Mettez un code pour chaque achat dans le Play Store ou l'App Store.
- N'enregistrez pas votre carte bancaire sur le GSM de votre enfant.
- Attention aux « essais gratuits » : souvent, il faut payer ensuite.
- Devant une vidéo, demandez ensemble : cette personne veut-elle vendre quelque chose ?""",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "q-free-apps",
            "kind": "question",
            "question_type": "true_false",
            "scenario": False,
            "nl": {
                "title": "Gratis apps",
                "body": "Waar of niet waar? **Een app is gratis, dus je kind kan er geen geld in uitgeven.**",
            },
            "fr": {
                "title": "Les applis gratuites",
                "body": "Vrai ou faux ? **Une appli est gratuite, donc votre enfant ne peut pas y dépenser d'argent.**",
            },
            "choices": [
                {
                    "correct": False,
                    "nl": {
                        "text": "Waar",
                        "feedback": (
                            "Helaas niet: veel gratis apps verkopen munten, extra's of abonnementen. "
                            "Staat er een bankkaart op de gsm? Dan betaal je met één klik, dus zet een "
                            "code op aankopen."
                        ),
                    },
                    "fr": {
                        "text": "Vrai",
                        "feedback": (
                            "Malheureusement non : beaucoup d'applis gratuites vendent des pièces, des extras "
                            "ou des abonnements. Une carte bancaire est enregistrée sur le GSM ? Alors on paie "
                            "en un clic, donc mettez un code pour les achats."
                        ),
                    },
                },
                {
                    "correct": True,
                    "nl": {
                        "text": "Niet waar",
                        "feedback": (
                            "Gratis downloaden wil niet zeggen: gratis gebruiken. In veel apps kan je kind "
                            "munten, extra's of een abonnement kopen. Met een code op elke aankoop houd je "
                            "de kosten in de hand."
                        ),
                    },
                    "fr": {
                        "text": "Faux",
                        "feedback": (
                            "Télécharger gratuitement ne veut pas dire utiliser gratuitement. Dans beaucoup "
                            "d'applis, votre enfant peut acheter des pièces, des extras ou un abonnement. "
                            "Avec un code pour chaque achat, vous gardez le contrôle."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-subscription",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Elke maand geld weg",
                "body": "Op je bankrekening zie je elke maand 7,99 euro voor een app. Je zoon van 13 koos een 'gratis proefweek' voor extra filters op zijn foto's. Hij wist niet dat hij daarna moest betalen.\n\n**Wat doe je het best?**",
            },
            "fr": {
                "title": "De l'argent qui part chaque mois",
                "body": "Sur votre compte, vous voyez chaque mois 7,99 euros pour une appli. Votre fils de 13 ans a pris une « semaine d'essai gratuite » pour avoir plus de filtres sur ses photos. Il ne savait pas qu'il faudrait payer ensuite.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Je blijft rustig. Samen zeg je het abonnement op in de Play Store of de App Store. Daarna zet je een code op elke aankoop.",
                        "feedback": (
                            "Zo leert je zoon hoe een proefperiode werkt. Met een code koopt niemand nog iets "
                            "zonder jouw ja. Je kunt de Play Store of de App Store ook om je geld terug vragen: dat lukt niet "
                            "altijd, maar vragen mag."
                        ),
                    },
                    "fr": {
                        "text": "Vous restez calme. Ensemble, vous arrêtez l'abonnement dans le Play Store ou l'App Store. Puis vous mettez un code pour chaque achat.",
                        "feedback": (
                            "Votre fils apprend ainsi comment marche un essai gratuit. Avec un code, plus aucun "
                            "achat ne se fait sans votre accord. Vous pouvez aussi demander un remboursement au "
                            "Play Store ou à l'App Store : ça ne marche pas toujours, mais vous pouvez essayer."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je wist de app. Dan stopt het abonnement vanzelf.",
                        "feedback": (
                            "Dat denken veel mensen, maar het klopt niet. Ook als de app weg is, loopt het "
                            "abonnement gewoon door. Je zegt het op in de Play Store of de App Store."
                        ),
                    },
                    "fr": {
                        "text": "Vous supprimez l'appli. Comme ça, l'abonnement s'arrête tout seul.",
                        "feedback": (
                            "Beaucoup de gens le pensent, mais ce n'est pas vrai. Même sans l'appli, "
                            "l'abonnement continue. On l'arrête dans le Play Store ou l'App Store."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je laat het zo. Het is maar 7,99 euro per maand.",
                        "feedback": (
                            "Kleine bedragen lopen op: dit is bijna 100 euro per jaar. Zeg het abonnement "
                            "samen op. Zo leert je zoon ook hoe zulke aanbiedingen werken."
                        ),
                    },
                    "fr": {
                        "text": "Vous laissez comme ça. Ce n'est que 7,99 euros par mois.",
                        "feedback": (
                            "Les petites sommes s'additionnent : cela fait presque 100 euros par an. Arrêtez "
                            "l'abonnement ensemble. Votre fils comprend ainsi comment marchent ces offres."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "q-night",
            "kind": "question",
            "question_type": "single",
            "scenario": True,
            "nl": {
                "title": "Moe op school",
                "body": "Je dochter van 12 is 's morgens vaak moe. Haar leerkracht zegt dat ze bijna in slaap valt in de klas. 's Avonds neemt ze haar gsm mee naar haar kamer.\n\n**Wat doe je het best?**",
            },
            "fr": {
                "title": "Fatiguée à l'école",
                "body": "Votre fille de 12 ans est souvent fatiguée le matin. Son professeur dit qu'elle s'endort presque en classe. Le soir, elle prend son GSM dans sa chambre.\n\n**Que faites-vous ?**",
            },
            "choices": [
                {
                    "correct": True,
                    "nl": {
                        "text": "Je praat met haar over slaap. Samen spreek je af dat alle gsm's 's nachts in de woonkamer opladen, ook die van jou.",
                        "feedback": (
                            "Berichten en filmpjes houden kinderen 's nachts wakker. Een vaste plek om op te "
                            "laden is een duidelijke afspraak. En als jij meedoet, voelt het eerlijk."
                        ),
                    },
                    "fr": {
                        "text": "Vous parlez du sommeil avec elle. Ensemble, vous décidez que tous les GSM se rechargent au salon la nuit, le vôtre aussi.",
                        "feedback": (
                            "Les messages et les vidéos empêchent les enfants de dormir. Un endroit fixe pour "
                            "recharger, c'est une règle claire. Et si vous le faites aussi, c'est juste."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je zegt niets. Ze is 12, ze moet zelf leren wanneer ze gaat slapen.",
                        "feedback": (
                            "Zelfstandig worden is belangrijk. Maar apps zijn gemaakt om je te laten kijken: "
                            "de gsm wegleggen is dan heel moeilijk, ook voor volwassenen. Je dochter heeft "
                            "jouw hulp nodig."
                        ),
                    },
                    "fr": {
                        "text": "Vous ne dites rien. Elle a 12 ans, elle doit apprendre seule quand aller dormir.",
                        "feedback": (
                            "Devenir autonome, c'est important. Mais les applis sont faites pour qu'on continue "
                            "à regarder : lâcher son GSM est alors très dur, même pour les adultes. Votre fille "
                            "a besoin de votre aide."
                        ),
                    },
                },
                {
                    "correct": False,
                    "nl": {
                        "text": "Je kijkt elke nacht stiekem in haar gsm om te zien met wie ze chat.",
                        "feedback": (
                            "Stiekem meelezen lost de vermoeidheid niet op. Als ze het merkt, vertrouwt ze je "
                            "minder en vertelt ze je niets meer als er iets misloopt. Een duidelijke "
                            "afspraak over de nacht werkt beter."
                        ),
                    },
                    "fr": {
                        "text": "Chaque nuit, vous regardez en cachette dans son GSM avec qui elle parle.",
                        "feedback": (
                            "Lire ses messages en cachette ne règle pas sa fatigue. Si elle s'en rend compte, "
                            "elle aura moins confiance en vous et ne vous dira plus rien en cas de "
                            "problème. Une règle claire pour la nuit marche mieux."
                        ),
                    },
                },
            ],
        },
        # ------------------------------------------------------------------
        {
            "key": "reflect",
            "kind": "reflection",
            "nl": {
                "title": "En bij jou thuis?",
                "body": "Kinderen doen wat ze ons zien doen. Denk aan een gewone dag bij jullie thuis. Wanneer brengt de gsm jullie samen, bijvoorbeeld om oma te bellen? Wanneer zou je hem liever even weglaten, ook je eigen gsm?\n\n**Welke afspraak wil je als eerste maken met je kind?**",
            },
            "fr": {
                "title": "Et chez vous ?",
                "body": "Les enfants font ce qu'ils nous voient faire. Pensez à une journée normale chez vous. Quand le GSM vous rapproche-t-il, par exemple pour appeler mamy ? Quand aimeriez-vous le laisser de côté, le vôtre aussi ?\n\n**Quelle règle voulez-vous fixer en premier avec votre enfant ?**",
            },
        },
        # ------------------------------------------------------------------
        {
            "key": "agreement",
            "kind": "agreement",
            "nl": {
                "title": "Jullie gezinsafspraken",
                "body": """Goede afspraken maak je samen. Zo pak je het aan:

- Kies samen met je kind drie tot vijf afspraken. Vraag wat je kind belangrijk vindt.
- De afspraken gelden voor iedereen, ook voor de volwassenen.
- Kies ook een afspraak voor als er online iets misloopt.
- Kijk ze elk jaar opnieuw na. Wat past bij 10 jaar, past niet meer bij 15.

Vink hieronder aan wat bij jullie past. Je kunt er ook zelf drie bijschrijven. Print jullie afspraken, zet jullie naam eronder en hang ze op de koelkast.""",
            },
            "fr": {
                "title": "Les accords de votre famille",
                "body": """Les bons accords se font ensemble. Voici comment faire :

- Choisissez trois à cinq accords avec votre enfant. Demandez-lui ce qui compte pour lui.
- Les accords valent pour tout le monde, aussi pour les adultes.
- Prévoyez aussi un accord pour quand il y a un problème en ligne.
- Revoyez-les chaque année. Ce qui va à 10 ans ne va plus à 15 ans.

Cochez ci-dessous ce qui convient à votre famille. Vous pouvez aussi en écrire trois vous-même. Imprimez vos accords, signez-les tous et collez-les sur le frigo.""",
            },
        },
    ],
}

# The family agreement builder: short sentences a family can sign, written as "we".
# The French helpline is Écoute-Enfants 103, the Dutch one Awel 102.
AGREEMENT_SUGGESTIONS = [
    # screen time
    {
        "topic": "screen-time",
        "nl": "We spreken samen af hoeveel tijd we per dag op sociale media zitten.",
        "fr": "Nous décidons ensemble combien de temps par jour nous passons sur les réseaux sociaux.",
    },
    {
        "topic": "screen-time",
        "nl": "We hebben elke dag een moment zonder scherm, om samen iets te doen.",
        "fr": "Chaque jour, nous avons un moment sans écran pour faire quelque chose ensemble.",
    },
    {
        "topic": "screen-time",
        "nl": "Eerst huiswerk, dan sociale media.",
        "fr": "D'abord les devoirs, ensuite les réseaux sociaux.",
    },
    # phones at the table
    {
        "topic": "table",
        "nl": "We leggen onze gsm's weg tijdens het eten.",
        "fr": "Nous rangeons nos GSM pendant le repas.",
    },
    {
        "topic": "table",
        "nl": "Aan tafel kijkt niemand naar een scherm, ook de volwassenen niet.",
        "fr": "À table, personne ne regarde un écran, les adultes non plus.",
    },
    {
        "topic": "table",
        "nl": "Krijgen we een bericht tijdens het eten? Dan lezen we het na het eten.",
        "fr": "Un message arrive pendant le repas ? Nous le lisons après le repas.",
    },
    # phones in the bedroom at night
    {
        "topic": "bedroom",
        "nl": "'s Nachts laden onze gsm's op in de woonkamer, niet in de slaapkamer.",
        "fr": "La nuit, nos GSM se rechargent au salon, pas dans la chambre.",
    },
    {
        "topic": "bedroom",
        "nl": "Een uur voor het slapengaan leggen we de gsm weg.",
        "fr": "Une heure avant d'aller dormir, nous posons le GSM.",
    },
    {
        "topic": "bedroom",
        "nl": "We gebruiken een gewone wekker in plaats van de gsm.",
        "fr": "Nous utilisons un vrai réveil à la place du GSM.",
    },
    # which apps at which age
    {
        "topic": "apps",
        "nl": "We installeren een nieuwe app pas als we er samen over gepraat hebben.",
        "fr": "Nous installons une nouvelle appli seulement après en avoir parlé ensemble.",
    },
    {
        "topic": "apps",
        "nl": "We houden ons aan de leeftijd van de app: de meeste sociale media pas vanaf 13 jaar.",
        "fr": "Nous respectons l'âge de l'appli : la plupart des réseaux sociaux, pas avant 13 ans.",
    },
    {
        "topic": "apps",
        "nl": "We maken een nieuw account samen en kiezen samen wie ons profiel kan zien.",
        "fr": "Nous créons un nouveau compte ensemble et choisissons ensemble qui peut voir le profil.",
    },
    {
        "topic": "apps",
        "nl": "We kopen niets in een app zonder het eerst te vragen.",
        "fr": "Nous n'achetons rien dans une appli sans demander d'abord.",
    },
    # when something goes wrong online
    {
        "topic": "trouble",
        "nl": "Zien of krijgen we online iets vervelends? Dan vertellen we het meteen aan elkaar.",
        "fr": "Nous voyons ou recevons quelque chose de désagréable en ligne ? Nous en parlons tout de suite.",
    },
    {
        "topic": "trouble",
        "nl": "Wie een probleem vertelt, krijgt geen straf en houdt zijn gsm.",
        "fr": "Celui qui parle d'un problème n'est pas puni et garde son GSM.",
    },
    {
        "topic": "trouble",
        "nl": "Bij een probleem maken we eerst een screenshot. Daarna blokkeren en melden we.",
        "fr": "En cas de problème, nous faisons d'abord une capture d'écran. Puis nous bloquons et signalons.",
    },
    {
        "topic": "trouble",
        "nl": "We kennen de hulplijnen: Awel 102 en Child Focus 116 000.",
        "fr": "Nous connaissons les numéros d'aide : Écoute-Enfants 103 et Child Focus 116 000.",
    },
]
