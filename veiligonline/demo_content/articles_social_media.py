"""Demo advice articles: social media and screen time.

Each dict follows demo_content/FORMAT.md. Texts are written in plain language for
parents and grandparents, in Dutch and in Belgian French. Facts in the texts are
backed by the official sources listed per article.
"""

ARTICLES = [
    # ------------------------------------------------------------------
    # SOCIAL MEDIA
    # ------------------------------------------------------------------
    {
        "slug": "eerste-account-sociale-media",
        "themes": ["social-media", "privacy"],
        "age_groups": ["10-12", "13-15"],
        "module": 1,
        "sources": [
            ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be/"),
            ("Autorité de protection des données", "https://www.autoriteprotectiondonnees.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Mijn kind wil op TikTok of Instagram. Is dat niet te vroeg?",
            "summary": "Veel kinderen willen al vóór hun 13de op sociale media. "
            "Zo kies je samen wat past, en zo maak je een account veiliger.",
            "body": """Sara is 11. ‘Al mijn vriendinnen zitten op TikTok’, zegt ze. Ze wil ook een account. Haar mama twijfelt. Is dat niet te vroeg?

## Wat zegt de regel?

De meeste sociale netwerken vragen een minimumleeftijd van 13 jaar. Dat staat in hun regels. Ook de Belgische privacywet kiest voor 13. Vanaf 13 jaar mag een kind zelf toestemming geven om zijn gegevens te laten gebruiken door een app. Is je kind jonger? Dan moet een ouder die toestemming geven.

Veel kinderen vullen gewoon een valse leeftijd in. Dan denkt de app dat je kind ouder is. Extra bescherming voor jonge gebruikers valt dan soms weg.

## Wat kan je doen?

- Praat eerst. Vraag wat je kind er leuk aan vindt. Is het contact met vrienden? Grappige filmpjes? Zelf dansjes maken?
- Zoek samen een tussenstap. Jullie kunnen bijvoorbeeld samen filmpjes kijken op jouw gsm.
- Maak het account samen aan als de tijd rijp is. Vul de echte leeftijd in.
- Zet het account op privé. Dan kiest je kind zelf wie zijn filmpjes ziet.
- Spreek af: ‘Zie je iets raars of iets dat je niet fijn vindt? Kom het zeggen. Je krijgt geen straf.’

## Ook goede kanten

Sociale media zijn niet alleen gevaarlijk. Je kind kan er lachen, leren en creatief zijn. Het blijft in contact met vrienden. En met familie ver weg, soms in een ander land.

## Hulp nodig?

Loopt er iets mis? Je kind kan gratis en anoniem praten met Awel. Bel 102 of chat via awel.be. Meer tips voor ouders vind je bij [Mediawijs](https://www.mediawijs.be/).""",
            "talk_prompts": [
                "Welke app gebruiken je vrienden het meest? Wat doen ze daar?",
                "Wat zou je doen als iemand die je niet kent je een bericht stuurt?",
                "Wil je me eens tonen wat jij een leuk filmpje vindt?",
            ],
        },
        "fr": {
            "title": "Mon enfant veut aller sur TikTok ou Instagram. N'est-ce pas trop tôt ?",
            "summary": "Beaucoup d'enfants veulent un compte avant 13 ans. "
            "Voici comment décider ensemble et comment rendre un compte plus sûr.",
            "body": """Sara a 11 ans. « Toutes mes copines sont sur TikTok », dit-elle. Elle veut un compte, elle aussi. Sa maman hésite. N'est-ce pas trop tôt ?

## Que dit la règle ?

La plupart des réseaux sociaux demandent d'avoir 13 ans. C'est écrit dans leurs conditions. La loi belge sur la vie privée fixe aussi l'âge à 13 ans. À partir de 13 ans, un enfant peut lui-même accepter qu'une appli utilise ses données. Votre enfant est plus jeune ? Alors c'est un parent qui doit donner son accord.

Beaucoup d'enfants mentent sur leur âge. L'appli pense alors que l'enfant est plus âgé. Certaines protections prévues pour les jeunes ne jouent donc plus.

## Que pouvez-vous faire ?

- Parlez d'abord. Demandez ce qui lui plaît. Les copains ? Les vidéos drôles ? Faire ses propres danses ?
- Cherchez une étape entre les deux. Par exemple, regarder des vidéos ensemble sur votre GSM.
- Le moment venu, créez le compte ensemble. Indiquez le vrai âge.
- Mettez le compte en mode privé. Votre enfant choisit alors qui voit ses vidéos.
- Mettez-vous d'accord : « Si tu vois quelque chose de bizarre ou de désagréable, tu viens me le dire. Tu ne seras pas puni. »

## Il y a aussi du bon

Les réseaux sociaux ne sont pas que des dangers. Votre enfant peut y rire, apprendre et créer. Il garde le contact avec ses amis. Et avec la famille qui vit loin, parfois dans un autre pays.

## Besoin d'aide ?

Un souci ? Votre enfant peut parler gratuitement et sans donner son nom à Écoute-Enfants. Il suffit de composer le 103. Vous trouverez d'autres conseils pour les parents sur le site du [CSEM](https://www.csem.be/).""",
            "talk_prompts": [
                "Quelle appli tes copains utilisent-ils le plus ? Qu'est-ce qu'ils y font ?",
                "Que ferais-tu si un inconnu t'envoyait un message ?",
                "Tu veux bien me montrer une vidéo que tu aimes ?",
            ],
        },
    },
    {
        "slug": "fotos-van-je-kind-online",
        "themes": ["social-media", "privacy"],
        "age_groups": ["0-5", "6-9"],
        "module": 3,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            (
                "VN-Kinderrechtenverdrag / Convention relative aux droits de l'enfant, art. 16",
                "https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child",
            ),
            ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be/"),
            ("Autorité de protection des données", "https://www.autoriteprotectiondonnees.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Foto’s van je kind of kleinkind delen: zo doe je het veilig",
            "summary": "Een foto delen met familie is fijn. "
            "Met een paar eenvoudige keuzes bescherm je je kind, nu en later.",
            "body": """Oma Rita is trots. Haar kleindochter zet haar eerste stapjes. Rita maakt een filmpje. Ze wil het op Facebook zetten. En in de familiegroep op WhatsApp.

## Wat is er aan de hand?

Foto’s delen is mooi. Familie ver weg kan zo meegenieten. Maar een foto online blijft vaak lang bestaan. Anderen kunnen hem kopiëren of verder sturen. Je weet dan niet meer wie hem ziet.

Je kind is nu klein. Later wordt het een tiener. Misschien vindt het die badfoto dan niet leuk meer. Ook een kind heeft recht op privacy.

## Zo deel je veiliger

- Deel liever in een kleine groep dan openbaar. Kies mensen die je echt kent.
- Kies foto’s waar je kind later trots op kan zijn. Deel geen foto’s in bad, in onderbroek of terwijl het huilt.
- Let op wat er rond je kind te zien is. Toon geen naam van de school, geen straatnaam en geen huisnummer.
- Zet de locatie uit in je camera of in de app.
- Vraag het aan je kind zodra het kan praten: ‘Mag ik deze foto naar tante sturen?’ Zo leert het dat het zelf mag kiezen.

Vraag ook aan familie en vrienden om foto’s niet zomaar door te sturen.

## Als het toch misloopt

Staat er een foto van je kind op een vreemde of seksuele website? Bel Child Focus op 116 000. Dat is gratis, dag en nacht. Heb je een vraag over privacy? Kijk op de website van de Gegevensbeschermingsautoriteit.""",
            "talk_prompts": [
                "Mag ik deze foto van jou aan oma sturen?",
                "Welke foto van jezelf vind je mooi? En welke liever niet?",
                "Wie mag volgens jou onze familiefoto’s zien?",
            ],
        },
        "fr": {
            "title": "Partager les photos de son enfant ou petit-enfant, sans risque",
            "summary": "Partager une photo avec la famille, c'est chouette. "
            "Quelques choix simples protègent votre enfant, aujourd'hui et plus tard.",
            "body": """Mamie Rita est fière. Sa petite-fille fait ses premiers pas. Rita filme la scène. Elle veut la mettre sur Facebook. Et dans le groupe WhatsApp de la famille.

## Ce qui se passe

Partager des photos, c'est beau. La famille qui vit loin peut en profiter. Mais une photo en ligne reste souvent longtemps. D'autres peuvent la copier ou l'envoyer plus loin. Vous ne savez plus qui la voit.

Aujourd'hui, votre enfant est petit. Demain, il sera ado. Il n'aimera peut-être plus cette photo dans le bain. Un enfant aussi a droit au respect de sa vie privée.

## Partager plus prudemment

- Partagez plutôt dans un petit groupe qu'en public. Choisissez des gens que vous connaissez bien.
- Choisissez des photos dont votre enfant pourra être fier. Pas de photo dans le bain, en slip ou en pleurs.
- Regardez ce qu'on voit autour de l'enfant. Pas de nom d'école, pas de nom de rue, pas de numéro de maison.
- Coupez la localisation dans l'appareil photo ou dans l'appli.
- Dès qu'il parle, demandez-lui : « Je peux envoyer cette photo à tata ? » Il apprend ainsi qu'il a son mot à dire.

Demandez aussi à la famille et aux amis de ne pas faire suivre les photos sans demander.

## Si ça tourne mal

Vous trouvez une photo de votre enfant sur un site bizarre ou sexuel ? Appelez Child Focus au 116 000. C'est gratuit, jour et nuit. Une question sur la vie privée ? Consultez le site de l'Autorité de protection des données.""",
            "talk_prompts": [
                "Je peux envoyer cette photo de toi à mamie ?",
                "Quelle photo de toi tu trouves belle ? Et laquelle tu préfères garder pour nous ?",
                "Qui peut voir nos photos de famille, d'après toi ?",
            ],
        },
    },
    {
        "slug": "filmpjes-kijken-jonge-kinderen",
        "themes": ["social-media", "screen-time"],
        "age_groups": ["6-9"],
        "module": 1,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Je kind kijkt filmpjes op YouTube: zo blijft het leuk",
            "summary": "Filmpjes kunnen grappig en leerrijk zijn. "
            "Maar soms verschijnt er iets engs. Zo help je je kind.",
            "body": """Amir is 7. Hij kijkt graag filmpjes over dinosaurussen. Het ene filmpje start na het andere. Plots ziet hij iets engs. Die nacht slaapt hij slecht.

## Wat is er aan de hand?

Apps met filmpjes kiezen zelf wat je kind daarna ziet. Zo blijft het lang kijken. Soms komt er dan iets dat niet past bij zijn leeftijd. Er is ook veel reclame. Jonge kinderen zien nog niet goed het verschil tussen reclame en een gewoon filmpje.

Er bestaat een aparte app voor kinderen: YouTube Kids. Daar is meer bescherming. Maar ook daar kan soms iets mislopen.

## Wat kan je doen?

- Laat je kind kijken in de woonkamer, niet alleen op zijn kamer. Zo ben je in de buurt.
- Zet ‘automatisch afspelen’ uit. Dan stopt het na één filmpje.
- Kies samen een paar vaste kanalen die jullie goed vinden.
- Praat over reclame: ‘Wat wil die persoon ons verkopen?’
- Zeg vaak: ‘Zie je iets engs? Kom naar mij. Het is nooit jouw schuld.’

## Ook goede kanten

Filmpjes kunnen veel opleveren. Je kind leert over dieren, knutselen of een nieuwe taal. Kijk af en toe samen. Zo zie je wat je kind boeit.

## Als het toch misloopt

Is je kind erg geschrokken? Troost het en praat erover. Meld het filmpje in de app met de knop ‘Melden’. Zie je seksuele beelden van kinderen? Meld het bij Child Focus via 116 000. Je kind kan ook zelf praten met Awel op 102.""",
            "talk_prompts": [
                "Wat was het grappigste filmpje dat je deze week zag?",
                "Wat doe je als je iets ziet dat je bang maakt?",
                "Welke kanalen vind jij echt goed? Zullen we er samen naar kijken?",
            ],
        },
        "fr": {
            "title": "Votre enfant regarde des vidéos sur YouTube : gardons le plaisir",
            "summary": "Les vidéos peuvent être drôles et instructives. "
            "Mais parfois, une image fait peur. Voici comment aider votre enfant.",
            "body": """Amir a 7 ans. Il adore les vidéos sur les dinosaures. Une vidéo en lance une autre. Tout à coup, il voit une image qui fait peur. Cette nuit-là, il dort mal.

## Ce qui se passe

Les applis de vidéos choisissent elles-mêmes la suite. Le but : que votre enfant reste longtemps. Parfois, une vidéo arrive qui n'est pas pour son âge. Il y a aussi beaucoup de pub. Un jeune enfant fait encore mal la différence entre une pub et une vidéo normale.

Il existe une appli pour les enfants : YouTube Kids. Elle protège mieux. Mais là aussi, un problème reste possible.

## Que pouvez-vous faire ?

- Laissez-le regarder au salon, pas seul dans sa chambre. Vous restez tout près.
- Coupez la « lecture automatique ». La vidéo s'arrête alors à la fin.
- Choisissez ensemble quelques chaînes que vous aimez bien.
- Parlez de la pub : « Qu'est-ce que cette personne veut nous vendre ? »
- Répétez souvent : « Si tu vois quelque chose qui fait peur, viens me voir. Ce n'est jamais ta faute. »

## Il y a aussi du bon

Les vidéos apportent beaucoup. Votre enfant découvre les animaux, le bricolage ou une autre langue. Regardez ensemble de temps en temps. Vous verrez ce qui le passionne.

## Si ça tourne mal

Votre enfant a eu très peur ? Consolez-le et parlez-en. Signalez la vidéo dans l'appli avec le bouton « Signaler ». Vous voyez des images sexuelles d'enfants ? Prévenez Child Focus au 116 000. Votre enfant peut aussi appeler Écoute-Enfants au 103.""",
            "talk_prompts": [
                "Quelle est la vidéo la plus drôle que tu as vue cette semaine ?",
                "Que fais-tu si tu vois quelque chose qui te fait peur ?",
                "Quelles chaînes tu trouves vraiment bien ? On les regarde ensemble ?",
            ],
        },
    },
    {
        "slug": "account-op-prive-zetten",
        "themes": ["social-media", "privacy"],
        "age_groups": ["13-15"],
        "module": 1,
        "sources": [
            ("Child Focus", "https://childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Iedereen ziet wat mijn tiener post. Hoe stel ik dat samen in?",
            "summary": "Een open account toont veel aan vreemden. "
            "Met je tiener de instellingen overlopen helpt. Zonder te controleren of te straffen.",
            "body": """Jonas is 14. Hij post veel foto’s en filmpjes. Zijn papa merkt dat iedereen ze kan zien. Ook de naam van zijn school en zijn voetbalclub staan erbij.

## Wat is er aan de hand?

Een open account kan iedereen bekijken. Ook mensen die je tiener niet kent. Zij weten dan snel waar hij woont, sport of naar school gaat. Sommige apps tonen zelfs op een kaart waar je bent.

Tieners delen graag. Dat hoort bij hun leeftijd. Ze tonen wie ze zijn en wat ze kunnen. Het doel is niet om alles te verbieden. Het doel is slim delen.

## Wat kan je doen?

- Vraag je tiener om je de app te tonen. Hij is de expert. Jij stelt vragen.
- Zet samen het account op privé. Alleen volgers kunnen dan de berichten zien.
- Kijk of de app de locatie deelt. Zet dat uit of deel alleen met goede vrienden.
- Spreek af: aanvaard alleen mensen die je ook echt kent.
- Leer samen hoe je iemand blokkeert en meldt. Probeer het eens uit.

Een goede vraag voor je tiener: ‘Zou je dit ook op de schoolpoort hangen?’

## Als het toch misloopt

Wordt je tiener lastiggevallen? Bewaar bewijs met een schermafbeelding. Blokkeer en meld de persoon. Vraagt iemand om naaktfoto’s, of dreigt iemand met foto’s? Bel Child Focus op 116 000. Je tiener kan ook zelf praten met Awel op 102.""",
            "talk_prompts": [
                "Wil je me eens tonen hoe je app werkt? Ik ken er niet veel van.",
                "Wie kan jouw berichten zien, denk je? Zullen we het samen checken?",
                "Wat doe je als een onbekende je een vriendschapsverzoek stuurt?",
            ],
        },
        "fr": {
            "title": "Tout le monde voit ce que poste mon ado. Comment régler ça ensemble ?",
            "summary": "Un compte public montre beaucoup à des inconnus. "
            "Revoir les réglages avec votre ado aide. Sans surveiller ni punir.",
            "body": """Jonas a 14 ans. Il poste beaucoup de photos et de vidéos. Son papa voit que tout le monde peut les regarder. On y voit aussi le nom de son école et de son club de foot.

## Ce qui se passe

Un compte public est visible par tous. Même par des gens que votre ado ne connaît pas. Ils peuvent vite savoir où il vit, où il fait du sport ou où il va à l'école. Certaines applis montrent même sur une carte où il se trouve.

Les ados aiment partager. C'est normal à leur âge. Ils montrent qui ils sont et ce qu'ils savent faire. Le but n'est pas de tout interdire. Le but, c'est de partager malin.

## Que pouvez-vous faire ?

- Demandez à votre ado de vous montrer l'appli. C'est lui l'expert. Vous posez les questions.
- Passez ensemble le compte en mode privé. Seuls les abonnés voient alors les posts.
- Vérifiez si l'appli partage la position. Coupez-la, ou limitez-la aux vrais amis.
- Mettez-vous d'accord : on n'accepte que des gens qu'on connaît pour de vrai.
- Apprenez ensemble à bloquer et à signaler quelqu'un. Faites un essai.

Une bonne question à lui poser : « Tu afficherais ça devant l'école ? »

## Si ça tourne mal

Votre ado est harcelé ? Gardez des preuves avec une capture d'écran. Bloquez et signalez la personne. Quelqu'un demande des photos nues ou menace de diffuser des photos ? Appelez Child Focus au 116 000. Votre ado peut aussi appeler Écoute-Enfants au 103.""",
            "talk_prompts": [
                "Tu me montres comment marche ton appli ? Je n'y connais pas grand-chose.",
                "À ton avis, qui peut voir tes posts ? On vérifie ensemble ?",
                "Que fais-tu si un inconnu te demande en ami ?",
            ],
        },
    },
    {
        "slug": "influencers-reclame-en-zelfbeeld",
        "themes": ["social-media"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 1,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Influencers: wat je kind ziet, en wat erachter zit",
            "summary": "Influencers kunnen inspireren. Maar ze verkopen ook. "
            "En filters tonen geen echte gezichten. Zo praat je erover met je kind.",
            "body": """Lina is 12. Ze volgt een influencer die elke dag nieuwe make-up toont. Lina wil die producten ook. Ze kijkt in de spiegel en vindt zichzelf niet mooi genoeg.

## Wat is er aan de hand?

Veel influencers verdienen geld met reclame. Een merk betaalt hen om iets te tonen. Soms staat er ‘reclame’, ‘ad’ of ‘gesponsord’ bij. Maar niet altijd. Veel foto’s zijn ook bewerkt. Filters maken een huid glad en ogen groter. Echte mensen zien er zo niet uit.

De app toont je kind steeds meer van hetzelfde. Kijkt het veel naar make-up of spieren? Dan krijgt het daar nog meer van te zien.

Er zijn ook goede kanten. Sommige influencers leggen uit hoe je kookt, sport of leert. Ze kunnen een voorbeeld zijn.

## Wat kan je doen?

- Kijk samen naar een filmpje. Vraag: ‘Wat wil deze persoon verkopen?’
- Toon hoe een filter werkt. Probeer het samen uit op je eigen gezicht.
- Help je kind ook andere mensen te volgen. Mensen met hobby’s, humor of talent.
- Zeg hardop wat je fijn vindt aan je kind. Niet alleen aan zijn uiterlijk.
- Wees eerlijk over geld: ‘Dit kunnen we nu niet kopen.’ Dat is geen schande.

Een oudere tiener kan je vragen wat hij zelf wil volgen. En waarom.

## Als het toch misloopt

Voelt je kind zich vaak slecht over zijn lichaam? Eet het opvallend weinig? Praat erover met je huisarts of met het CLB van de school. Je kind kan ook anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Welke influencer vind jij echt goed? Waarom?",
                "Hoe zie je het verschil tussen reclame en een gewoon filmpje?",
                "Zou die persoon er in het echt ook zo uitzien, denk je?",
            ],
        },
        "fr": {
            "title": "Influenceurs : ce que voit votre enfant, et ce qu'il y a derrière",
            "summary": "Les influenceurs peuvent inspirer. Mais ils vendent aussi. "
            "Et les filtres ne montrent pas de vrais visages. Comment en parler ?",
            "body": """Lina a 12 ans. Elle suit une influenceuse qui montre chaque jour du nouveau maquillage. Lina veut les mêmes produits. Devant le miroir, elle ne se trouve pas assez belle.

## Ce qui se passe

Beaucoup d'influenceurs gagnent de l'argent avec la pub. Une marque les paie pour montrer un produit. Parfois, on lit « publicité », « pub » ou « sponsorisé ». Mais pas toujours. Beaucoup de photos sont aussi retouchées. Les filtres lissent la peau et agrandissent les yeux. Dans la vraie vie, personne ne ressemble à ça.

L'appli montre à votre enfant toujours plus de la même chose. Il regarde souvent du maquillage ou des muscles ? Il en verra encore plus.

Il y a aussi du bon. Certains influenceurs apprennent à cuisiner, à faire du sport ou à étudier. Ils peuvent être un modèle.

## Que pouvez-vous faire ?

- Regardez une vidéo ensemble. Demandez : « Qu'est-ce que cette personne veut vendre ? »
- Montrez comment marche un filtre. Essayez-le ensemble sur votre propre visage.
- Aidez votre enfant à suivre d'autres personnes. Des gens avec des passions, de l'humour ou du talent.
- Dites à voix haute ce que vous aimez chez votre enfant. Pas seulement son physique.
- Soyez honnête pour l'argent : « Ça, on ne peut pas l'acheter maintenant. » Ce n'est pas une honte.

Avec un ado plus âgé, demandez-lui qui il veut suivre. Et pourquoi.

## Si ça tourne mal

Votre enfant se sent souvent mal dans son corps ? Il mange très peu ? Parlez-en à votre médecin ou au centre PMS de l'école. Votre enfant peut aussi appeler Écoute-Enfants au 103, sans donner son nom.""",
            "talk_prompts": [
                "Quel influenceur tu trouves vraiment bien ? Pourquoi ?",
                "Comment tu vois la différence entre une pub et une vidéo normale ?",
                "Tu crois que cette personne ressemble vraiment à ça dans la vraie vie ?",
            ],
        },
    },
    {
        "slug": "oplichting-en-nepnieuws-op-sociale-media",
        "themes": ["social-media", "privacy"],
        "age_groups": ["13-15", "16-18"],
        "module": 1,
        "sources": [
            ("Safeonweb", "https://safeonweb.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Te mooi om waar te zijn: oplichting en nepnieuws op sociale media",
            "summary": "Nepwinkels, valse wedstrijden en gehackte accounts. "
            "Zo leert je tiener twijfelen voor hij klikt, betaalt of deelt.",
            "body": """Yusuf is 17. Op Instagram ziet hij dure sneakers aan de helft van de prijs. Een dag later krijgt hij een bericht van een vriend: ‘Kan je me snel de code sturen die je net kreeg?’

## Wat is er aan de hand?

Oplichters gebruiken sociale media. Ze maken nepwinkels en valse wedstrijden. Ze hacken accounts en sturen dan berichten naar vrienden. Ze willen geld, een code of een wachtwoord.

Ook nepnieuws gaat snel rond. Een schokkend bericht wordt vaak gedeeld voor iemand het controleert.

Jongeren kennen de apps goed. Dat is een sterkte. Maar oplichters zijn slim. Iedereen kan erin trappen, ook volwassenen.

## Wat kan je doen?

- Leer samen de vuistregel: te mooi om waar te zijn? Dan is het meestal niet waar.
- Stuur nooit een code door die je per sms krijgt. Ook niet naar een vriend.
- Zet tweestapsverificatie aan op elk account. Gebruik overal een ander wachtwoord.
- Twijfel je over een bericht? Stuur het door naar suspicious@safeonweb.be.
- Bij nieuws: kijk of andere bekende media het ook melden. Kijk ook naar de datum.

Praat erover zonder te preken. Vraag je tiener gerust om raad. Samen weet je meer.

## Als het toch misloopt

Heeft je tiener betaald of bankgegevens gegeven? Bel meteen de bank. Doe daarna aangifte bij de politie. Is een account gehackt? Verander het wachtwoord en waarschuw de vrienden. Meer uitleg vind je op [Safeonweb](https://safeonweb.be/). Schaam je niet. De schuld ligt bij de oplichter.""",
            "talk_prompts": [
                "Heb jij al eens een vreemde reclame of een raar bericht gezien?",
                "Hoe zie jij of een winkel online echt bestaat?",
                "Wat doe je als een vriend plots om geld of een code vraagt?",
            ],
        },
        "fr": {
            "title": "Trop beau pour être vrai : arnaques et fausses infos sur les réseaux",
            "summary": "Faux magasins, faux concours, comptes piratés. "
            "Aidez votre ado à douter avant de cliquer, de payer ou de partager.",
            "body": """Yusuf a 17 ans. Sur Instagram, il voit des baskets de marque à moitié prix. Le lendemain, un ami lui écrit : « Tu peux vite m'envoyer le code que tu viens de recevoir ? »

## Ce qui se passe

Les arnaqueurs utilisent les réseaux sociaux. Ils créent de faux magasins et de faux concours. Ils piratent des comptes et écrivent ensuite aux amis. Ils veulent de l'argent, un code ou un mot de passe.

Les fausses infos circulent vite, elles aussi. Un message choquant est souvent partagé avant qu'on le vérifie.

Les jeunes connaissent bien les applis. C'est une force. Mais les arnaqueurs sont malins. Tout le monde peut se faire avoir, les adultes aussi.

## Que pouvez-vous faire ?

- Retenez ensemble la règle d'or : trop beau pour être vrai ? Alors c'est sans doute faux.
- Ne transférez jamais un code reçu par SMS. Même pas à un ami.
- Activez la vérification en deux étapes sur chaque compte. Un mot de passe différent partout.
- Un doute sur un message ? Transférez-le à suspicious@safeonweb.be.
- Pour une info : vérifiez si d'autres médias connus en parlent. Regardez aussi la date.

Parlez-en sans faire la morale. Demandez aussi conseil à votre ado. À deux, on en sait plus.

## Si ça tourne mal

Votre ado a payé ou donné ses données bancaires ? Appelez tout de suite la banque. Portez ensuite plainte à la police. Un compte est piraté ? Changez le mot de passe et prévenez les amis. Plus d'infos sur [Safeonweb](https://safeonweb.be/). Pas de honte à avoir. La faute est à l'arnaqueur.""",
            "talk_prompts": [
                "Tu as déjà vu une pub bizarre ou un message étrange ?",
                "Comment tu vois si un magasin en ligne existe vraiment ?",
                "Que fais-tu si un ami te demande tout à coup de l'argent ou un code ?",
            ],
        },
    },
    # ------------------------------------------------------------------
    # SCREEN TIME AND FAMILY LIFE
    # ------------------------------------------------------------------
    {
        "slug": "peuters-en-schermen",
        "themes": ["screen-time"],
        "age_groups": ["0-5"],
        "module": None,
        "sources": [
            (
                "World Health Organization (WHO/OMS) – Guidelines on physical activity, "
                "sedentary behaviour and sleep for children under 5 years of age (2019)",
                "https://www.who.int/publications/i/item/9789241550536",
            ),
            ("Kind en Gezin", "https://www.kindengezin.be/"),
            ("ONE – Office de la Naissance et de l'Enfance", "https://www.one.be/"),
        ],
        "nl": {
            "title": "Je peuter en de tablet: zo houd je het gezond",
            "summary": "Jonge kinderen leren vooral door te spelen en te praten. "
            "Wat zegt de WHO over schermen? En hoe pak je het thuis aan, zonder stress?",
            "body": """Noah is 2. Als zijn mama kookt, krijgt hij de tablet. Dan is hij rustig. Maar als de tablet weg moet, huilt hij hard.

## Wat is er aan de hand?

Jonge kinderen leren het meest door te spelen, te bewegen en met jou te praten. Een scherm geeft veel kleuren en geluid. Dat trekt hun aandacht sterk. Stoppen is dan moeilijk.

De Wereldgezondheidsorganisatie (WHO) geeft dit advies:

- Jonger dan 2 jaar: schermtijd wordt afgeraden.
- Van 2 tot en met 4 jaar: niet meer dan 1 uur per dag stilzitten voor een scherm. Minder is beter.

Soms heb je even rust nodig. Dat is normaal. Je hoeft niet perfect te zijn.

## Wat kan je doen?

- Kijk samen als het kan. Praat over wat jullie zien: ‘Kijk, een hond! Wat doet de hond?’
- Kies korte, rustige programma’s voor kleine kinderen. Liefst zonder reclame.
- Kondig het einde aan: ‘Nog één filmpje, dan stoppen we.’ Een wekker helpt ook.
- Geef je kind iets anders te doen tijdens het koken. Een pot en een lepel. Papier en kleurpotloden. Of laat het meehelpen.
- Houd schermen weg tijdens het eten en een tijd voor het slapengaan.

## Ook goede kanten

Een videogesprek met opa of een liedje samen zingen kan heel fijn zijn. Zeker als je familie ver weg woont.

## Hulp nodig?

Maak je je zorgen over de taal of het gedrag van je kind? Praat erover met je huisarts, je kinderarts of het consultatiebureau van Kind en Gezin.""",
            "talk_prompts": [
                "Wat zag je op het filmpje? Kan jij ook zo springen?",
                "Zullen we na dit liedje samen iets bouwen?",
                "Wil je me helpen met koken? Jij mag roeren.",
            ],
        },
        "fr": {
            "title": "Votre tout-petit et la tablette : gardez le bon équilibre",
            "summary": "Les jeunes enfants apprennent surtout en jouant et en parlant. "
            "Que conseille l'OMS pour les écrans ? Et comment faire à la maison, sans stress ?",
            "body": """Noah a 2 ans. Quand sa maman cuisine, il reçoit la tablette. Il est alors calme. Mais quand il faut la rendre, il pleure fort.

## Ce qui se passe

Les jeunes enfants apprennent surtout en jouant, en bougeant et en parlant avec vous. Un écran donne beaucoup de couleurs et de sons. Ça attire très fort leur attention. Arrêter devient alors difficile.

L'Organisation mondiale de la santé (OMS) conseille ceci :

- Avant 2 ans : le temps d'écran est déconseillé.
- De 2 à 4 ans compris : pas plus d'1 heure par jour assis devant un écran. Moins, c'est mieux.

Parfois, vous avez besoin d'un moment de calme. C'est normal. Personne n'est parfait.

## Que pouvez-vous faire ?

- Regardez ensemble quand c'est possible. Parlez de ce que vous voyez : « Oh, un chien ! Que fait le chien ? »
- Choisissez des programmes courts et calmes pour les petits. Sans pub, si possible.
- Annoncez la fin : « Encore une vidéo, puis on arrête. » Un minuteur aide aussi.
- Donnez-lui autre chose à faire pendant que vous cuisinez. Une casserole et une cuillère. Du papier et des crayons. Ou laissez-le aider.
- Pas d'écran pendant les repas, ni un bon moment avant le dodo.

## Il y a aussi du bon

Un appel vidéo avec papy ou une chanson à chanter ensemble, c'est chouette. Surtout quand la famille vit loin.

## Besoin d'aide ?

Le langage ou le comportement de votre enfant vous inquiète ? Parlez-en à votre médecin, à votre pédiatre ou lors d'une consultation de l'ONE.""",
            "talk_prompts": [
                "Qu'est-ce que tu as vu dans la vidéo ? Tu sais sauter comme ça, toi aussi ?",
                "Après cette chanson, on construit une tour ensemble ?",
                "Tu veux m'aider à cuisiner ? C'est toi qui mélanges.",
            ],
        },
    },
    {
        "slug": "schermafspraken-in-het-gezin",
        "themes": ["screen-time"],
        "age_groups": ["6-9", "10-12"],
        "module": None,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Tele-Onthaal", "https://www.tele-onthaal.be/"),
            ("Télé-Accueil", "https://www.tele-accueil.be/"),
        ],
        "nl": {
            "title": "Elke avond ruzie over de tablet? Maak samen schermafspraken",
            "summary": "Duidelijke afspraken geven rust in huis. "
            "Als kinderen meebeslissen, houden ze zich er beter aan.",
            "body": """Elke avond is het hetzelfde. ‘Nog vijf minuutjes!’ roept Emma (8). Haar broer van 11 wil nog een spel afmaken. Papa wordt boos. Iedereen gaat gefrustreerd slapen.

## Wat is er aan de hand?

Apps en spellen zijn gemaakt om je lang bezig te houden. Stoppen is daardoor moeilijk, ook voor volwassenen. Je kind is dus niet ‘stout’. Het heeft hulp nodig om te stoppen.

Duidelijke afspraken helpen. En als kinderen mee mogen beslissen, houden ze zich er beter aan.

## Wat kan je doen?

- Ga samen aan tafel zitten. Bespreek: wanneer mag het scherm aan? Waar? Hoe lang?
- Schrijf de afspraken op een blad. Hang het op de koelkast. Laat je kinderen tekenen op het blad.
- Kies momenten zonder scherm voor het hele gezin. Bijvoorbeeld tijdens het eten. Dat geldt ook voor mama en papa.
- Waarschuw op tijd: ‘Nog tien minuten.’ Een wekker maakt het makkelijker.
- Bekijk de afspraken na een maand opnieuw. Wat werkt? Wat niet?

Gebruik het scherm liever niet altijd als beloning of straf. Dan wordt het scherm nog belangrijker.

## Ook goede kanten

Niet alle schermtijd is hetzelfde. Samen een spel spelen, iets opzoeken voor school of een filmpje maken is waardevol. Speel zelf eens mee. Je kind legt het graag uit.

## Hulp nodig?

Blijft het vaak botsen? Praat erover met het CLB van de school. Ben je zelf moe of gespannen? Bij Tele-Onthaal kan je dag en nacht anoniem praten. Bel 106.""",
            "talk_prompts": [
                "Wanneer vind jij een goed moment voor de tablet?",
                "Wat helpt jou om te stoppen als de tijd om is?",
                "Welk spel wil je me eens leren?",
            ],
        },
        "fr": {
            "title": "Dispute chaque soir pour la tablette ? Fixez les règles ensemble",
            "summary": "Des règles claires ramènent le calme à la maison. "
            "Quand les enfants participent, ils les respectent mieux.",
            "body": """Chaque soir, c'est pareil. « Encore cinq minutes ! », crie Emma (8 ans). Son frère de 11 ans veut finir sa partie. Papa se fâche. Tout le monde va se coucher énervé.

## Ce qui se passe

Les applis et les jeux sont faits pour nous garder longtemps. Arrêter est donc difficile, même pour les adultes. Votre enfant ne le fait pas exprès. Il a besoin d'aide pour arrêter.

Des règles claires aident. Et quand les enfants participent, ils les respectent mieux.

## Que pouvez-vous faire ?

- Asseyez-vous ensemble autour de la table. Parlez-en : quand l'écran est-il permis ? Où ? Combien de temps ?
- Écrivez les règles sur une feuille. Collez-la sur le frigo. Les enfants peuvent la décorer.
- Choisissez des moments sans écran pour toute la famille. Par exemple pendant les repas. Ça vaut aussi pour maman et papa.
- Prévenez à temps : « Encore dix minutes. » Un minuteur rend les choses plus faciles.
- Après un mois, faites le point. Qu'est-ce qui marche ? Qu'est-ce qui ne marche pas ?

Évitez d'utiliser l'écran tout le temps comme récompense ou punition. Il prend alors encore plus de place.

## Il y a aussi du bon

Tout le temps d'écran ne se vaut pas. Jouer ensemble, chercher une info pour l'école ou créer une vidéo, c'est précieux. Jouez avec lui de temps en temps. Il adore expliquer.

## Besoin d'aide ?

Les disputes continuent ? Parlez-en au centre PMS de l'école. Vous êtes vous-même fatigué ou à bout ? Télé-Accueil vous écoute jour et nuit, sans donner votre nom. Composez le 107.""",
            "talk_prompts": [
                "Pour toi, c'est quoi un bon moment pour la tablette ?",
                "Qu'est-ce qui t'aide à arrêter quand c'est l'heure ?",
                "Tu m'apprends ton jeu ?",
            ],
        },
    },
    {
        "slug": "gsm-en-slaap",
        "themes": ["screen-time"],
        "age_groups": ["13-15", "16-18"],
        "module": None,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Je tiener zit ’s nachts op zijn gsm: zo help je hem beter slapen",
            "summary": "Berichten en filmpjes houden tieners wakker. "
            "Met een paar afspraken slaapt je tiener beter. Zonder strijd.",
            "body": """Mila is 15. ’s Ochtends is ze doodmoe. Ze komt bijna niet uit bed. ’s Nachts zit ze op haar gsm. Berichten, filmpjes, nog even een spelletje.

## Wat is er aan de hand?

Tieners hebben veel slaap nodig. Slaap helpt om te leren en om je goed te voelen. Een gsm naast het bed maakt slapen moeilijk. Er komen meldingen binnen. En er is altijd nog één filmpje.

Veel tieners willen ook niets missen. De groepschat gaat ’s avonds gewoon door. Dat voelt belangrijk. Dat begrijpen helpt meer dan boos worden.

## Wat kan je doen?

- Praat op een rustig moment. Niet midden in de nacht. Vraag: ‘Hoe slaap jij eigenlijk?’
- Laat ’s nachts alle gsm’s opladen buiten de slaapkamers. Ook die van jou. Zo is het eerlijk.
- Koop een gewone wekker. Die kost niet veel. Dan is de gsm niet nodig om wakker te worden.
- Zet samen de stand ‘niet storen’ of ‘bedtijd’ aan voor de avond.
- Help je tiener een zin te vinden voor vrienden: ‘Na tien uur antwoord ik morgen.’

Met een tiener van 16 of 17 beslis je meer samen. Geef vertrouwen en bekijk samen of het werkt.

## Als het toch misloopt

Blijft je tiener slecht slapen? Is hij vaak somber of angstig? Ga samen naar de huisarts. Ook het CLB van de school kan helpen. Je tiener kan anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Hoe slaap jij de laatste tijd? Voel je je uitgerust?",
                "Wat zou je missen als je gsm ’s nachts in de keuken ligt?",
                "Wat zou jou helpen om ’s avonds sneller te stoppen?",
            ],
        },
        "fr": {
            "title": "Votre ado est sur son GSM la nuit : aidez-le à mieux dormir",
            "summary": "Messages et vidéos empêchent les ados de dormir. "
            "Avec quelques accords, votre ado dort mieux. Sans bagarre.",
            "body": """Mila a 15 ans. Le matin, elle est épuisée. Elle a du mal à se lever. La nuit, elle est sur son GSM. Des messages, des vidéos, encore une petite partie.

## Ce qui se passe

Les ados ont besoin de beaucoup de sommeil. Le sommeil aide à apprendre et à se sentir bien. Un GSM près du lit rend le sommeil difficile. Les notifications arrivent. Et il y a toujours une vidéo de plus.

Beaucoup d'ados ont aussi peur de rater quelque chose. Le groupe de discussion continue le soir. Ça leur semble important. Le comprendre aide plus que se fâcher.

## Que pouvez-vous faire ?

- Parlez-en à un moment calme. Pas au milieu de la nuit. Demandez : « Tu dors comment, en fait ? »
- La nuit, tous les GSM chargent hors des chambres. Le vôtre aussi. C'est plus juste.
- Achetez un simple réveil. Ça ne coûte pas cher. Plus besoin du GSM pour se réveiller.
- Activez ensemble le mode « Ne pas déranger » ou « Heure du coucher » pour la soirée.
- Aidez votre ado à trouver une phrase pour ses amis : « Après 22 heures, je réponds demain. »

Avec un jeune de 16 ou 17 ans, décidez davantage ensemble. Faites-lui confiance et voyez ensemble si ça marche.

## Si ça tourne mal

Votre ado dort toujours mal ? Il est souvent triste ou angoissé ? Allez ensemble chez le médecin. Le centre PMS de l'école peut aussi aider. Votre ado peut appeler Écoute-Enfants au 103.""",
            "talk_prompts": [
                "Tu dors comment ces temps-ci ? Tu te sens reposé ?",
                "Qu'est-ce qui te manquerait si ton GSM dormait dans la cuisine ?",
                "Qu'est-ce qui t'aiderait à lâcher ton GSM plus tôt le soir ?",
            ],
        },
    },
    {
        "slug": "scherm-als-hulp-voor-drukke-ouders",
        "themes": ["screen-time"],
        "age_groups": ["0-5", "6-9"],
        "module": None,
        "sources": [
            ("Tele-Onthaal", "https://www.tele-onthaal.be/"),
            ("Télé-Accueil", "https://www.tele-accueil.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Alleen met de kinderen en handen tekort? Het scherm als hulp",
            "summary": "Zet je de tv aan om even te kunnen koken? Dat is geen schande. "
            "Met een paar trucs wordt die schermtijd beter.",
            "body": """Fatima staat er alleen voor met drie kinderen. ’s Avonds moet ze koken, wassen en helpen met huiswerk. Dan zet ze de tv of de tablet aan. Ze voelt zich daar schuldig over.

## Wat is er aan de hand?

Veel ouders doen dit. Zeker als je alleen bent, veel werkt of weinig hulp hebt. Een scherm kan je even lucht geven. Dat is geen schande.

Het gaat niet om perfect zijn. Het gaat om kleine stappen die haalbaar zijn. Zo wordt schermtijd beter, zonder extra stress.

## Wat kan je doen?

- Kies vooraf wat je kind mag kijken. Een vaste lijst of een paar gedownloade afleveringen. Zo loopt het niet eindeloos door.
- Maak een vast schermmoment, bijvoorbeeld tijdens het koken. Kinderen houden van vaste gewoontes.
- Vraag achteraf: ‘Wat heb je gezien? Wat was grappig?’ Zo wordt kijken ook praten.
- Laat de kinderen soms meehelpen. Tafel dekken, groenten wassen, sokken sorteren. Zo ben je samen bezig.
- Zoek gratis of goedkope ideeën. In de bibliotheek kan je vaak kinderboeken lenen. Een doos met oud papier, lijm en doppen maakt ook blij.

## Ook goede kanten

Een goed programma kan je kind iets leren. Nieuwe woorden in het Nederlands, bijvoorbeeld. Of een liedje dat jullie samen zingen.

## Hulp nodig?

Ben je vaak moe of voel je je alleen? Je hoeft dat niet alleen te dragen. Bij Tele-Onthaal kan je dag en nacht anoniem praten. Bel 106 of chat via tele-onthaal.be.""",
            "talk_prompts": [
                "Wat was het leukste stukje van het filmpje?",
                "Wil jij vandaag de tafel dekken of de groenten wassen?",
                "Wat zullen we morgen samen doen, zonder scherm?",
            ],
        },
        "fr": {
            "title": "Parent solo et débordé ? L'écran comme coup de main",
            "summary": "Vous allumez la télé pour pouvoir cuisiner ? Ce n'est pas une honte. "
            "Quelques astuces rendent ce temps d'écran plus utile.",
            "body": """Fatima élève seule ses trois enfants. Le soir, elle doit cuisiner, faire la lessive et aider aux devoirs. Alors elle allume la télé ou la tablette. Elle s'en sent coupable.

## Ce qui se passe

Beaucoup de parents font pareil. Surtout quand on est seul, qu'on travaille beaucoup ou qu'on a peu d'aide. Un écran peut vous donner un peu d'air. Ce n'est pas une honte.

Le but n'est pas d'être parfait. Le but, ce sont de petits pas faciles. Le temps d'écran devient ainsi meilleur, sans stress en plus.

## Que pouvez-vous faire ?

- Choisissez à l'avance ce que votre enfant regarde. Une liste fixe ou quelques épisodes téléchargés. Ainsi, ça ne tourne pas sans fin.
- Prévoyez un moment d'écran fixe, par exemple pendant que vous cuisinez. Les enfants aiment les habitudes.
- Demandez ensuite : « Qu'est-ce que tu as vu ? Qu'est-ce qui était drôle ? » Regarder devient aussi parler.
- Laissez parfois les enfants aider. Mettre la table, laver les légumes, trier les chaussettes. Vous êtes ensemble.
- Cherchez des idées gratuites ou bon marché. À la bibliothèque, on peut souvent emprunter des livres pour enfants. Une boîte avec du vieux papier, de la colle et des bouchons fait aussi des heureux.

## Il y a aussi du bon

Un bon programme peut apprendre des choses à votre enfant. De nouveaux mots en français, par exemple. Ou une chanson à chanter ensemble.

## Besoin d'aide ?

Vous êtes souvent fatigué ou vous vous sentez seul ? Vous n'avez pas à porter ça seul. Télé-Accueil vous écoute jour et nuit, sans donner votre nom. Composez le 107.""",
            "talk_prompts": [
                "C'était quoi le meilleur moment de la vidéo ?",
                "Aujourd'hui, tu mets la table ou tu laves les légumes ?",
                "Qu'est-ce qu'on fait ensemble demain, sans écran ?",
            ],
        },
    },
    {
        "slug": "ouders-en-hun-eigen-gsm",
        "themes": ["screen-time"],
        "age_groups": ["0-5", "6-9", "10-12"],
        "module": None,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "En jij? Je eigen gsm-gebruik als voorbeeld voor je kind",
            "summary": "Kinderen doen na wat ze zien. Ook met de gsm. "
            "Kleine gewoontes van ouders en grootouders maken een groot verschil.",
            "body": """Kevin is 9. Hij wil zijn papa iets vertellen over school. Papa kijkt op zijn gsm en zegt ‘hmm’. Kevin stopt met praten en gaat weg.

## Wat is er aan de hand?

Volwassenen hebben hun gsm echt nodig. Voor werk, voor papieren, voor de bank. En om familie te bellen, soms in een ander land. Dat is normaal.

Maar kinderen kijken goed naar ons. Ze doen na wat wij doen. Kijk jij vaak op je gsm? Dan vindt je kind dat ook gewoon. En soms voelt een kind zich niet gehoord.

Je hoeft je gsm niet weg te gooien. Een paar kleine gewoontes helpen al.

## Wat kan je doen?

- Kies vaste momenten zonder gsm. Bijvoorbeeld aan tafel en bij het verhaaltje voor het slapengaan.
- Zeg hardop wat je doet: ‘Ik stuur even een bericht naar de juf.’ Zo begrijpt je kind het.
- Praat je kind tegen je? Leg je gsm weg en kijk het aan. Kan het niet meteen? Zeg: ‘Nog één minuut, dan luister ik.’
- Zet meldingen uit die niet belangrijk zijn. Dan pak je je gsm minder vaak.
- Vraag je kinderen om je eraan te herinneren. Kinderen vinden dat heel leuk.

Grootouders kunnen dit ook. Een wandeling met oma zonder gsm is een cadeau.

## Meer tips

Op de website van [Mediawijs](https://www.mediawijs.be/) vind je meer ideeën voor het hele gezin. Praat er ook over met andere ouders. Je staat er niet alleen voor.""",
            "talk_prompts": [
                "Vind jij dat ik vaak op mijn gsm kijk?",
                "Wanneer wil jij dat iedereen zijn gsm weglegt?",
                "Mag jij me waarschuwen als ik niet goed luister?",
            ],
        },
        "fr": {
            "title": "Et vous ? Votre propre GSM, un exemple pour votre enfant",
            "summary": "Les enfants imitent ce qu'ils voient. Avec le GSM aussi. "
            "De petites habitudes des parents et des grands-parents changent beaucoup.",
            "body": """Kevin a 9 ans. Il veut raconter sa journée d'école à son papa. Papa regarde son GSM et répond « mmh ». Kevin se tait et s'en va.

## Ce qui se passe

Les adultes ont vraiment besoin de leur GSM. Pour le travail, les papiers, la banque. Et pour appeler la famille, parfois dans un autre pays. C'est normal.

Mais les enfants nous observent. Ils font comme nous. Vous regardez souvent votre GSM ? Votre enfant trouve ça normal aussi. Et parfois, il ne se sent pas écouté.

Pas besoin de jeter votre GSM. Quelques petites habitudes suffisent déjà.

## Que pouvez-vous faire ?

- Choisissez des moments fixes sans GSM. Par exemple à table et pendant l'histoire du soir.
- Dites à voix haute ce que vous faites : « J'envoie un message à l'institutrice. » Votre enfant comprend.
- Votre enfant vous parle ? Posez le GSM et regardez-le. Pas possible tout de suite ? Dites : « Encore une minute, et je t'écoute. »
- Coupez les notifications qui ne sont pas importantes. Vous prendrez moins souvent votre GSM.
- Demandez à vos enfants de vous le rappeler. Ils adorent ça.

Les grands-parents aussi peuvent le faire. Une promenade avec mamie, sans GSM, c'est un cadeau.

## Plus de conseils

Sur le site du [CSEM](https://www.csem.be/), vous trouverez d'autres idées pour toute la famille. Parlez-en aussi avec d'autres parents. Vous n'êtes pas seul.""",
            "talk_prompts": [
                "Tu trouves que je regarde souvent mon GSM ?",
                "À quel moment tu voudrais que tout le monde range son GSM ?",
                "Tu veux bien me prévenir quand je ne t'écoute pas bien ?",
            ],
        },
    },
    {
        "slug": "eindeloos-scrollen",
        "themes": ["screen-time", "social-media"],
        "age_groups": ["13-15", "16-18"],
        "module": 1,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "‘Nog even scrollen’ wordt een uur: hoe help je je tiener?",
            "summary": "Apps zijn gemaakt om je lang vast te houden. "
            "Leg uit hoe dat werkt, en zoek samen naar trucs om zelf te kiezen.",
            "body": """Adam is 16. Hij opent TikTok ‘voor vijf minuten’. Een uur later scrolt hij nog. Zijn huiswerk ligt er nog. Hij is boos op zichzelf.

## Wat is er aan de hand?

Veel apps zijn slim gemaakt. Er komt altijd een nieuw filmpje. Meldingen lokken je terug. Sommige apps belonen je als je elke dag terugkomt. Zo blijf je lang kijken.

Dat is dus geen zwakte van je tiener. Volwassenen hebben er ook last van. Het helpt als je tiener snapt hoe dat werkt. Dan kan hij zelf beter kiezen.

Scrollen heeft ook goede kanten. Je tiener ontspant, lacht en blijft in contact met vrienden.

## Wat kan je doen?

- Wees nieuwsgierig, niet boos. Vraag: ‘Wat vind je zo leuk aan die app?’
- Ontdek samen de instellingen op de gsm. Op een iPhone heet dat ‘Schermtijd’. Op Android heet het ‘Digitaal welzijn’. Je ziet er hoeveel tijd je per app gebruikt.
- Zet meldingen uit van apps die niet dringend zijn.
- Zet de app niet op het eerste scherm. Dan opent je tiener hem minder snel.
- Laat je tiener zelf een doel kiezen. Bijvoorbeeld: eerst huiswerk, dan scrollen.

Bij een tiener van 16 of 17 is het vooral zijn keuze. Jij helpt en moedigt aan.

## Als het toch misloopt

Lukt stoppen echt niet meer? Slaapt je tiener slecht of trekt hij zich terug? Praat erover met de huisarts of het CLB. Je tiener kan ook anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Hoe voel je je na een uur scrollen?",
                "Wil je eens samen kijken hoeveel tijd je per app gebruikt? Ik doe mee.",
                "Welke truc zou jou helpen om zelf te stoppen?",
            ],
        },
        "fr": {
            "title": "« Juste cinq minutes » devient une heure : comment aider votre ado ?",
            "summary": "Les applis sont faites pour nous retenir longtemps. "
            "Expliquez comment ça marche et cherchez ensemble des astuces pour garder le contrôle.",
            "body": """Adam a 16 ans. Il ouvre TikTok « pour cinq minutes ». Une heure plus tard, il fait encore défiler les vidéos. Ses devoirs attendent. Il s'en veut.

## Ce qui se passe

Beaucoup d'applis sont bien pensées pour nous retenir. Il y a toujours une nouvelle vidéo. Les notifications nous rappellent. Certaines applis nous récompensent si on revient chaque jour. On reste donc longtemps.

Ce n'est pas une faiblesse de votre ado. Les adultes aussi se font avoir. Ça aide quand votre ado comprend comment ça marche. Il peut alors mieux choisir.

Faire défiler a aussi du bon. Votre ado se détend, rit et garde le contact avec ses amis.

## Que pouvez-vous faire ?

- Soyez curieux, pas fâché. Demandez : « Qu'est-ce qui te plaît dans cette appli ? »
- Découvrez ensemble les réglages du GSM. Sur un iPhone, ça s'appelle « Temps d'écran ». Sur Android, « Bien-être numérique ». On y voit le temps passé par appli.
- Coupez les notifications des applis qui ne sont pas urgentes.
- Retirez l'appli du premier écran. Votre ado l'ouvrira moins vite.
- Laissez votre ado choisir son propre but. Par exemple : d'abord les devoirs, puis les vidéos.

Avec un jeune de 16 ou 17 ans, c'est surtout son choix. Vous l'aidez et vous l'encouragez.

## Si ça tourne mal

Il n'arrive vraiment plus à arrêter ? Il dort mal ou se renferme ? Parlez-en au médecin ou au centre PMS. Votre ado peut aussi appeler Écoute-Enfants au 103, sans donner son nom.""",
            "talk_prompts": [
                "Comment tu te sens après une heure sur ton GSM ?",
                "On regarde ensemble combien de temps tu passes par appli ? Je le fais aussi.",
                "Quelle astuce t'aiderait à arrêter toi-même ?",
            ],
        },
    },
]
