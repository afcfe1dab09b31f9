"""Demo advice articles across all six themes, filling every age group.

Each theme has articles that together cover every age group (0-5, 6-9, 10-12,
13-15, 16-18). Format: see FORMAT.md in this folder.
"""

ARTICLES = [
    # ------------------------------------------------------------------ social-media
    {
        "slug": "influencers-en-nepnieuws",
        "themes": ["social-media"],
        "age_groups": ["13-15", "16-18"],
        "module": 1,
        "sources": [
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Influencers, filters en nepnieuws: samen kritisch kijken",
            "summary": "Je tiener haalt veel info uit sociale media. Leer samen reclame, filters "
            "en nepnieuws herkennen.",
            "body": """Lotte is vijftien. Ze volgt een influencer met een perfecte huid. Die prijst elke week een nieuwe crème aan. Lotte zegt: 'Zonder die crème zie ik er niet uit.' Haar broer van zeventien deelt een filmpje over het nieuws. Later blijkt het nep.

## Wat gebeurt er?

Veel jongeren volgen het nieuws en hun idolen via sociale media. Dat is niet slecht. Ze leren er veel. Ze vinden er mensen met dezelfde interesses. Maar niet alles is echt. Foto's krijgen een filter. Influencers krijgen vaak geld of gratis spullen voor een bericht. En sommige filmpjes willen je boos of bang maken. Dan deel je ze sneller.

## Wat kun je doen?

- Vraag met interesse wie je kind volgt en waarom. Laat je ook eens iets tonen.
- Leer samen reclame herkennen. Let op woorden als 'advertentie', 'reclame' of '#ad'.
- Stel drie vragen bij een bericht. Wie maakte dit? Waarom? Staat het ook op een nieuwssite die je kent?
- Praat over filters. Niemand ziet er in het echt zo uit.
- Zeg dat je kind accounts mag ontvolgen die een slecht gevoel geven.

## Hulp nodig?

Voelt je kind zich vaak slecht over zijn lichaam of over zichzelf? Neem dat ernstig. Je kind kan gratis en anoniem praten met Awel: bel 102 of chat via awel.be. Je kunt ook terecht bij het CLB van de school of bij je huisarts. Meer tips over nepnieuws vind je bij Mediawijs (mediawijs.be).""",
            "talk_prompts": [
                "Wie volg je graag? Wat vind je goed aan die persoon?",
                "Denk je dat die influencer geld krijgt voor dit filmpje?",
                "Hoe check jij of een bericht echt waar is?",
            ],
        },
        "fr": {
            "title": "Influenceurs, filtres et fausses infos : garder l'œil critique",
            "summary": "Votre ado s'informe beaucoup sur les réseaux sociaux. Apprenez ensemble "
            "à repérer la pub, les filtres et les fausses infos.",
            "body": """Lotte a quinze ans. Elle suit une influenceuse à la peau parfaite. Chaque semaine, celle-ci vante une nouvelle crème. Lotte dit : « Sans cette crème, je suis moche. » Son frère de dix-sept ans partage une vidéo sur l'actualité. Plus tard, on apprend qu'elle est fausse.

## Que se passe-t-il ?

Beaucoup de jeunes suivent l'actualité et leurs idoles sur les réseaux sociaux. Ce n'est pas un mal. Ils y apprennent plein de choses. Ils y trouvent des gens qui aiment les mêmes choses. Mais tout n'est pas vrai. Les photos ont des filtres. Les influenceurs reçoivent souvent de l'argent ou des cadeaux pour un post. Et certaines vidéos veulent nous mettre en colère ou nous faire peur. Alors, on les partage plus vite.

## Que faire ?

- Demandez qui votre ado suit, et pourquoi. Laissez-vous montrer des vidéos.
- Apprenez ensemble à repérer la pub. Cherchez les mots « publicité », « partenariat » ou « #ad ».
- Posez trois questions face à un post. Qui l'a fait ? Pourquoi ? Un site d'info connu en parle-t-il aussi ?
- Parlez des filtres. Dans la vraie vie, personne n'a cette tête-là.
- Dites-lui qu'il peut arrêter de suivre un compte qui lui fait du mal.

## Besoin d'aide ?

Votre ado se sent souvent mal dans son corps ou dans sa peau ? Prenez-le au sérieux. Il peut parler gratuitement et sans donner son nom au 103 (Écoute-Enfants). Vous pouvez aussi contacter le centre PMS de l'école ou votre médecin. Le CSEM (csem.be) propose des outils sur l'éducation aux médias.""",
            "talk_prompts": [
                "Qui aimes-tu suivre ? Qu'est-ce qui te plaît chez cette personne ?",
                "À ton avis, cette influenceuse est-elle payée pour cette vidéo ?",
                "Comment fais-tu pour savoir si une info est vraie ?",
            ],
        },
    },
    # ------------------------------------------------------------ relations-sexuality
    {
        "slug": "online-vriend-vraagt-geheim",
        "themes": ["relations-sexuality", "gaming"],
        "age_groups": ["10-12", "13-15"],
        "module": 2,
        "sources": [
            ("Child Focus", "https://www.childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Een online vriend die vraagt om een geheim",
            "summary": "Online vriendschappen kunnen fijn zijn. Maar soms wint een volwassene met "
            "slechte bedoelingen het vertrouwen van je kind. Zo herken je de signalen.",
            "body": """Sara is twaalf. In een game chat ze elke avond met Tom. Hij zegt dat hij dertien is. Hij geeft haar complimenten en soms punten voor het spel. Na een tijd vraagt hij haar nummer. Hij schrijft: 'Zeg het niet aan je ouders. Zij snappen het toch niet.'

## Wat gebeurt er?

Veel kinderen maken online vrienden. Dat is vaak leuk en echt. Maar soms doet een volwassene zich voor als kind. Hij wint stap voor stap het vertrouwen van een kind. Daarna vraagt hij foto's of een afspraak. Dit heet grooming.

Let op deze signalen:

- veel complimenten en cadeautjes, zoals punten in een game;
- de vraag om naar een andere app te gaan, waar niemand meekijkt;
- de vraag om alles geheim te houden;
- vragen over het lichaam, of om foto's.

## Wat kun je doen?

- Toon interesse in de online vrienden van je kind. Oordeel niet meteen.
- Spreek af: wie om een geheim vraagt, is geen echte vriend. Dat geheim mag je altijd vertellen.
- Leer je kind geen foto's te sturen naar iemand die het alleen online kent.
- Wil je kind een online vriend ontmoeten? Alleen samen met jou, op een drukke plek.
- Gaat het mis? Wis niets. Maak screenshots van de berichten en het profiel. Blokkeer de persoon daarna en meld hem in de app.

## Hulp nodig?

Zeg aan je kind dat het nooit zijn schuld is. Bel Child Focus gratis op 116 000. Je kunt ook een klacht indienen bij de politie. Je kind kan zelf praten met Awel op 102.""",
            "talk_prompts": [
                "Met wie speel of chat je graag online? Hoe heb je die persoon leren kennen?",
                "Hoe weet je of iemand online echt is wie hij zegt?",
                "Wat doe je als iemand zegt: vertel het aan niemand?",
            ],
        },
        "fr": {
            "title": "Un ami en ligne qui demande de garder un secret",
            "summary": "Les amitiés en ligne peuvent être belles. Mais parfois, un adulte mal "
            "intentionné gagne la confiance de votre enfant. Voici les signes.",
            "body": """Sara a douze ans. Chaque soir, elle chatte avec Tom dans un jeu. Il dit qu'il a treize ans. Il lui fait des compliments et lui offre parfois des points pour le jeu. Après un moment, il demande son numéro. Il écrit : « Ne dis rien à tes parents. De toute façon, ils ne comprennent rien. »

## Que se passe-t-il ?

Beaucoup d'enfants se font des amis en ligne. C'est souvent chouette et sincère. Mais parfois, un adulte se fait passer pour un enfant. Pas à pas, il gagne la confiance de l'enfant. Ensuite, il demande des photos ou un rendez-vous. On parle de grooming, ou pédopiégeage.

Soyez attentif à ces signes :

- beaucoup de compliments et de cadeaux, comme des points dans un jeu ;
- l'envie de passer sur une autre appli, où personne ne regarde ;
- la demande de tout garder secret ;
- des questions sur le corps, ou des demandes de photos.

## Que faire ?

- Intéressez-vous aux amis en ligne de votre enfant. Ne jugez pas tout de suite.
- Dites-lui : quelqu'un qui demande un secret n'est pas un vrai ami. Ce secret, tu peux toujours le dire.
- Apprenez-lui à ne pas envoyer de photos à une personne qu'il connaît seulement en ligne.
- Il veut rencontrer un ami du net ? Seulement avec vous, dans un lieu où il y a du monde.
- Un problème ? N'effacez rien. Faites des captures d'écran des messages et du profil. Ensuite, bloquez la personne et signalez-la dans l'appli.

## Besoin d'aide ?

Dites à votre enfant que ce n'est jamais sa faute. Appelez Child Focus au 116 000, c'est gratuit. Vous pouvez aussi porter plainte à la police. Votre enfant peut parler lui-même au 103 (Écoute-Enfants).""",
            "talk_prompts": [
                "Avec qui aimes-tu jouer ou parler en ligne ? Comment l'as-tu connu ?",
                "Comment savoir si quelqu'un en ligne est vraiment qui il dit ?",
                "Que fais-tu si quelqu'un te dit : ne le dis à personne ?",
            ],
        },
    },
    {
        "slug": "naaktfoto-en-afpersing",
        "themes": ["relations-sexuality", "privacy"],
        "age_groups": ["13-15", "16-18"],
        "module": 2,
        "sources": [
            ("Child Focus", "https://www.childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Er gaat een naaktfoto van je kind rond, of iemand perst je kind af",
            "summary": "Sommige jongeren sturen naaktfoto's naar een lief. Gaat zo'n foto rond, "
            "of wordt je kind afgeperst? Blijf kalm: er is hulp.",
            "body": """Jonas is zestien. Hij stuurde een naaktfoto naar een meisje dat hij online leerde kennen. Nu vraagt ze geld. Anders stuurt ze de foto naar al zijn vrienden. Jonas durft het eerst aan niemand te vertellen.

## Wat gebeurt er?

Sommige jongeren sturen sexy foto's naar hun lief. Ze doen dat uit vertrouwen of verliefdheid. Het gaat mis als iemand de foto doorstuurt zonder toestemming. Soms zit er een oplichter achter een nepprofiel. Die perst jongeren af met hun eigen beelden. Dat heet sextortion. Het overkomt jongens en meisjes.

Je kind is dan slachtoffer. Wie een foto doorstuurt zonder toestemming, doet iets fout. Niet wie hem maakte.

## Wat kun je doen?

- Blijf rustig en luister. Zeg: goed dat je het me vertelt. Samen lossen we dit op.
- Betaal nooit. Betalen stopt de afpersing niet. Vaak vragen ze dan nog meer.
- Stop het contact, maar wis eerst niets. Maak screenshots van de berichten, het profiel en de vraag om geld. Stuur de naaktfoto zelf nooit door, ook niet als bewijs.
- Meld het profiel in de app en blokkeer het daarna.
- Praat er al over vóór er iets gebeurt. Zeg: wat er ook gebeurt, je kan altijd bij mij komen.

## Hulp nodig?

Bel Child Focus gratis op 116 000. Zij helpen ook om beelden van het internet te laten halen. Je kunt ook een klacht indienen bij de politie. Je kind kan anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Wat zou jij doen als iemand je vraagt om een sexy foto?",
                "Wat doe je als je een naaktfoto van een ander krijgt?",
                "Weet je dat je altijd bij mij mag komen, ook als je een fout maakte?",
            ],
        },
        "fr": {
            "title": "Une photo nue de votre ado circule, ou on le fait chanter",
            "summary": "Certains jeunes envoient des photos nues à leur copain ou copine. Une "
            "photo circule ou votre ado subit un chantage ? Restez calme : il y a de l'aide.",
            "body": """Jonas a seize ans. Il a envoyé une photo de lui nu à une fille rencontrée en ligne. Maintenant, elle demande de l'argent. Sinon, elle enverra la photo à tous ses amis. Au début, Jonas n'ose en parler à personne.

## Que se passe-t-il ?

Certains jeunes envoient des photos sexy à leur copain ou copine. Ils le font par confiance ou par amour. Le problème arrive quand quelqu'un partage la photo sans accord. Parfois, un escroc se cache derrière un faux profil. Il fait chanter les jeunes avec leurs propres images. On appelle ça la sextorsion. Elle touche les garçons comme les filles.

Votre ado est alors une victime. Celui qui partage une photo sans accord est en tort. Pas celui qui l'a prise.

## Que faire ?

- Restez calme et écoutez. Dites : tu as bien fait de m'en parler. On va trouver une solution ensemble.
- Ne payez jamais. Payer n'arrête pas le chantage. Souvent, ils demandent encore plus.
- Coupez le contact, mais n'effacez rien avant. Faites des captures d'écran des messages, du profil et de la demande d'argent. N'envoyez jamais la photo nue elle-même, même comme preuve.
- Signalez le profil dans l'appli, puis bloquez-le.
- Parlez-en avant qu'un problème arrive. Dites : quoi qu'il arrive, tu peux toujours venir me voir.

## Besoin d'aide ?

Appelez Child Focus au 116 000, c'est gratuit. Child Focus aide aussi à faire retirer des images d'internet. Vous pouvez aussi porter plainte à la police. Votre ado peut parler sans donner son nom au 103 (Écoute-Enfants).""",
            "talk_prompts": [
                "Que ferais-tu si quelqu'un te demandait une photo sexy ?",
                "Que fais-tu si tu reçois la photo nue de quelqu'un d'autre ?",
                "Tu sais que tu peux toujours venir me voir, même après une erreur ?",
            ],
        },
    },
    # ------------------------------------------------------------------------ privacy
    {
        "slug": "wachtwoorden-en-phishing",
        "themes": ["privacy"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 3,
        "sources": [
            ("Safeonweb", "https://safeonweb.be/"),
            ("Card Stop", "https://www.cardstop.be/"),
        ],
        "nl": {
            "title": "Account gehackt? Zo beschermt je kind zich tegen phishing",
            "summary": "Een nepbericht belooft gratis spullen en steelt een wachtwoord. Leer je "
            "kind valse berichten herkennen en zijn accounts beveiligen.",
            "body": """Ilias is veertien. Hij krijgt een bericht: 'Gratis skin voor jouw game! Log hier in.' Hij vult zijn naam en wachtwoord in. De volgende dag kan hij niet meer in zijn account. Zijn vrienden krijgen rare berichten uit zijn naam.

## Wat gebeurt er?

Dit heet phishing. Oplichters maken een bericht of een site die echt lijkt. Zo stelen ze wachtwoorden of bankgegevens. Ze lokken met iets gratis. Of ze maken je bang: 'Je account wordt gesloten!' Ook volwassenen trappen erin. Je kind hoeft zich dus niet te schamen.

## Wat kun je doen?

- Leer je kind: klik niet op links in onverwachte berichten. Open zelf de app of de site.
- Gebruik een lang wachtwoord, bijvoorbeeld een zin van vier woorden. Neem voor elk account een ander wachtwoord.
- Zet tweestapsverificatie aan. Dan is er ook een code op de gsm nodig om in te loggen.
- Geef een wachtwoord nooit door, ook niet aan je beste vriend.
- Twijfel je over een bericht? Stuur het door naar suspicious@safeonweb.be.

## Is het al gebeurd?

Verander meteen het wachtwoord. Doe dat ook bij andere accounts met hetzelfde wachtwoord. Meld het in de app en waarschuw de vrienden van je kind. Gaf je kind bankgegevens door? Bel dan meteen Card Stop op 078 170 170 om de kaart te blokkeren. Meer uitleg vind je op safeonweb.be.""",
            "talk_prompts": [
                "Heb jij al eens een raar bericht gekregen? Wat deed je?",
                "Hoe zou jij zien dat een bericht nep is?",
                "Zullen we samen tweestapsverificatie aanzetten op je account?",
            ],
        },
        "fr": {
            "title": "Compte piraté ? Aidez votre enfant à déjouer le phishing",
            "summary": "Un faux message promet un cadeau et vole un mot de passe. Apprenez à "
            "votre enfant à repérer ces pièges et à protéger ses comptes.",
            "body": """Ilias a quatorze ans. Il reçoit un message : « Skin gratuit pour ton jeu ! Connecte-toi ici. » Il entre son nom et son mot de passe. Le lendemain, il ne peut plus ouvrir son compte. Ses amis reçoivent des messages bizarres à son nom.

## Que se passe-t-il ?

C'est du phishing, aussi appelé hameçonnage. Des escrocs créent un message ou un site qui a l'air vrai. Ainsi, ils volent des mots de passe ou des données bancaires. Ils attirent avec un cadeau. Ou ils font peur : « Ton compte va être fermé ! » Les adultes aussi se font piéger. Votre enfant n'a donc pas à avoir honte.

## Que faire ?

- Apprenez-lui à ne pas cliquer sur les liens des messages inattendus. Il vaut mieux ouvrir soi-même l'appli ou le site.
- Prenez un long mot de passe, par exemple une phrase de quatre mots. Un mot de passe différent pour chaque compte.
- Activez la vérification en deux étapes. Il faut alors aussi un code reçu sur le GSM pour se connecter.
- Ne donnez jamais un mot de passe, même pas à votre meilleur ami.
- Un doute sur un message ? Transférez-le à suspicious@safeonweb.be.

## C'est déjà arrivé ?

Changez tout de suite le mot de passe. Faites-le aussi pour les autres comptes qui ont le même. Signalez le problème dans l'appli et prévenez les amis de votre enfant. Il a donné des données bancaires ? Appelez tout de suite Card Stop au 078 170 170 pour bloquer la carte. Plus d'infos sur safeonweb.be.""",
            "talk_prompts": [
                "As-tu déjà reçu un message bizarre ? Qu'as-tu fait ?",
                "Comment verrais-tu qu'un message est faux ?",
                "On active ensemble la vérification en deux étapes sur ton compte ?",
            ],
        },
    },
    # ------------------------------------------------------------------------- gaming
    {
        "slug": "eerste-spelletjes",
        "themes": ["gaming", "screen-time"],
        "age_groups": ["0-5", "6-9"],
        "module": 4,
        "sources": [
            ("PEGI", "https://pegi.info/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "De eerste spelletjes op tablet of gsm",
            "summary": "Spelletjes kunnen leuk en leerrijk zijn. Kies een spel dat past bij de "
            "leeftijd, en let op reclame en aankopen.",
            "body": """Amir is zes. Hij speelt graag een gratis spelletje op de gsm van zijn papa. Tussen de levels komt er reclame. Soms vraagt het spel om diamanten te kopen. Op een dag ziet papa een aankoop van tien euro.

## Wat gebeurt er?

Spelletjes hebben goede kanten. Je kind leert zoeken naar oplossingen, doorzetten en samen spelen. Maar gratis spelletjes verdienen vaak geld met reclame en met aankopen in het spel. Jonge kinderen zien het verschil tussen spel en reclame nog niet goed.

## Het PEGI-label helpt

Op veel spellen staat een PEGI-label. Het toont vanaf welke leeftijd een spel geschikt is: 3, 7, 12, 16 of 18. Kleine tekeningen tonen wat er in het spel zit. Bijvoorbeeld geweld, angst of aankopen in het spel. Het label zegt niets over hoe moeilijk een spel is. Je vindt het op de doos en in de Google Play Store. Apple gebruikt eigen leeftijden.

## Wat kun je doen?

- Kies spellen met PEGI 3 of PEGI 7.
- Speel de eerste keer samen. Zo zie je wat je kind doet.
- Zet aankopen op slot. In de instellingen van je gsm kun je een code vragen bij elke aankoop.
- Heeft het spel geen internet nodig? Zet de gsm dan in vliegtuigmodus. Vaak zie je dan ook minder reclame.
- Spreek af hoe lang je kind speelt. Een wekker helpt.

## Hulp nodig?

Meer uitleg over de labels vind je op pegi.info. Tips over gamen en media vind je bij Mediawijs (mediawijs.be).""",
            "talk_prompts": [
                "Wat vind je het leukst aan dit spel? Wil je het me tonen?",
                "Hoe zie je of iets reclame is?",
                "Hoe lang spelen we vandaag? Zet jij de wekker?",
            ],
        },
        "fr": {
            "title": "Les premiers jeux sur tablette ou GSM",
            "summary": "Les jeux peuvent être amusants et utiles. Choisissez un jeu adapté à son "
            "âge, et faites attention à la pub et aux achats.",
            "body": """Amir a six ans. Il aime jouer à un jeu gratuit sur le GSM de son papa. Entre les niveaux, il y a de la pub. Parfois, le jeu propose d'acheter des diamants. Un jour, papa voit un achat de dix euros.

## Que se passe-t-il ?

Les jeux ont du bon. Votre enfant apprend à chercher des solutions, à persévérer et à jouer avec d'autres. Mais les jeux gratuits gagnent souvent de l'argent avec la pub et les achats dans le jeu. Les jeunes enfants ne font pas encore bien la différence entre jeu et pub.

## Le label PEGI vous aide

Beaucoup de jeux portent un label PEGI. Il indique l'âge à partir duquel le jeu convient : 3, 7, 12, 16 ou 18. De petits dessins montrent ce que contient le jeu. Par exemple de la violence, de la peur ou des achats dans le jeu. Le label ne dit rien sur la difficulté du jeu. Vous le trouvez sur la boîte et dans le Google Play Store. Apple utilise ses propres âges.

## Que faire ?

- Choisissez des jeux PEGI 3 ou PEGI 7.
- La première fois, jouez ensemble. Vous voyez ainsi ce que fait votre enfant.
- Bloquez les achats. Dans les réglages du GSM, vous pouvez demander un code à chaque achat.
- Le jeu marche sans internet ? Mettez le GSM en mode avion. Souvent, il y a alors moins de pub.
- Fixez la durée du jeu. Un minuteur aide.

## Besoin d'aide ?

Les labels sont expliqués sur pegi.info. Pour d'autres conseils sur les jeux et les écrans, voyez csem.be.""",
            "talk_prompts": [
                "Qu'est-ce que tu aimes le plus dans ce jeu ? Tu me montres ?",
                "Comment sais-tu que c'est de la pub ?",
                "On joue combien de temps aujourd'hui ? Tu lances le minuteur ?",
            ],
        },
    },
    {
        "slug": "gamen-tieners-aankopen-chat",
        "themes": ["gaming"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 4,
        "sources": [
            ("PEGI", "https://pegi.info/"),
            ("Child Focus", "https://www.childfocus.be/"),
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
        ],
        "nl": {
            "title": "Je tiener gamet graag: leeftijd, geld en chatten met vreemden",
            "summary": "Gamen is voor veel jongeren een hobby en een plek om vrienden te zien. "
            "Zo hou je samen grip op leeftijd, geld en contact.",
            "body": """Kevin is dertien. Zijn vrienden spelen een oorlogsspel met PEGI 18. Hij wil meedoen. Hij vraagt ook geld voor een nieuwe outfit in een ander spel. 's Avonds praat hij via een headset met spelers die hij niet kent.

## Wat gebeurt er?

Gamen is meer dan spelen. Jongeren zien er hun vrienden en werken samen. Ze leren er soms ook Engels. Dat is waardevol. Maar let op een paar dingen. Sommige spellen zijn te heftig voor hun leeftijd. Veel spellen verdienen geld met aankopen in het spel. En in de chat zit soms iemand met slechte bedoelingen.

## Wat kun je doen?

- Kijk samen naar het PEGI-label en de tekeningen. PEGI 12, 16 of 18 betekent: pas geschikt vanaf die leeftijd. Praat over waarom.
- Speel eens mee of kijk een kwartier mee. Vraag wat je kind er leuk aan vindt.
- Spreek een bedrag per maand af. Een prepaidkaart helpt om niet meer uit te geven.
- Zet de chat in de instellingen op 'alleen vrienden'. Leer je kind: geef nooit je adres, je school of foto's door.
- Maak samen afspraken over speeltijd. Bijvoorbeeld: op schooldagen geen games na een vast uur.

## Hulp nodig?

Vraagt iemand in een game om foto's, geld of een geheim? Bel Child Focus gratis op 116 000. Wordt je kind gepest of bedreigd in een game? Dan kan het praten met Awel op 102. Put gamen je kind uit, of lijdt school eronder? Praat erover met het CLB of je huisarts. Uitleg over de labels vind je op pegi.info.""",
            "talk_prompts": [
                "Wat is je favoriete game? Wil je me eens leren spelen?",
                "Met wie speel je online? Ken je die mensen ook in het echt?",
                "Hoeveel geld vind jij redelijk voor een game per maand?",
            ],
        },
        "fr": {
            "title": "Votre ado aime jouer : âge, argent et inconnus en ligne",
            "summary": "Pour beaucoup de jeunes, le jeu vidéo est un loisir et un lieu pour voir "
            "ses amis. Gardez ensemble la main sur l'âge, l'argent et les contacts.",
            "body": """Kevin a treize ans. Ses copains jouent à un jeu de guerre PEGI 18. Il veut jouer avec eux. Il demande aussi de l'argent pour une nouvelle tenue dans un autre jeu. Le soir, il parle avec un casque à des joueurs qu'il ne connaît pas.

## Que se passe-t-il ?

Jouer, c'est plus que s'amuser. Les jeunes y retrouvent leurs amis et font équipe. Ils y apprennent parfois l'anglais. C'est précieux. Mais faites attention à quelques points. Certains jeux sont trop durs pour leur âge. Beaucoup de jeux gagnent de l'argent avec des achats dans le jeu. Et dans le chat, il y a parfois une personne mal intentionnée.

## Que faire ?

- Regardez ensemble le label PEGI et ses dessins. PEGI 12, 16 ou 18 veut dire : le jeu convient seulement à partir de cet âge. Expliquez pourquoi.
- Jouez avec lui, ou regardez-le jouer un quart d'heure. Demandez ce qu'il aime dans ce jeu.
- Fixez un montant par mois. Une carte prépayée aide à ne pas dépasser.
- Dans les réglages, limitez le chat aux amis. Apprenez-lui à ne jamais donner son adresse, son école ou des photos.
- Fixez ensemble le temps de jeu. Par exemple : pas de jeux après une certaine heure les jours d'école.

## Besoin d'aide ?

Quelqu'un dans un jeu demande des photos, de l'argent ou un secret ? Appelez Child Focus au 116 000, c'est gratuit. Votre ado est harcelé ou menacé dans un jeu ? Il peut parler au 103 (Écoute-Enfants). Le jeu l'épuise, ou l'école en souffre ? Parlez-en au centre PMS ou à votre médecin. Les labels sont expliqués sur pegi.info.""",
            "talk_prompts": [
                "C'est quoi, ton jeu préféré ? Tu m'apprends à jouer ?",
                "Avec qui joues-tu en ligne ? Tu les connais aussi en vrai ?",
                "Combien d'argent par mois pour les jeux, ça te semble juste ?",
            ],
        },
    },
    # ------------------------------------------------------------------ cyberbullying
    {
        "slug": "lief-zijn-online",
        "themes": ["cyberbullying"],
        "age_groups": ["0-5", "6-9"],
        "module": 5,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
        ],
        "nl": {
            "title": "Lief zijn online begint thuis",
            "summary": "Ook jonge kinderen krijgen soms gemene woorden te lezen in een spel of "
            "een chat. Zo leer je ze al vroeg hoe ze reageren.",
            "body": """Emma is acht. Ze speelt een spel waarin kinderen kunnen chatten. Een ander kind schrijft: 'Jij bent dom. Niemand wil met jou spelen.' Emma huilt en wil niet meer spelen. Haar broertje van vier kijkt toe. Hij snapt niet wat er gebeurt.

## Wat gebeurt er?

Online lijkt het makkelijk om gemeen te zijn. Je ziet het gezicht van de ander niet. Zo merken kinderen minder wat hun woorden doen. Wat kinderen thuis leren over gevoelens, nemen ze mee naar online. Daarmee kun je al heel vroeg beginnen.

## Wat kun je doen?

- Help je jonge kind om gevoelens te benoemen. Bijvoorbeeld: je bent boos, of je bent verdrietig.
- Leer een eenvoudige regel: wat je niet zou zeggen in het echt, zeg je ook niet online.
- Oefen wat je kind doet als iemand gemeen is: niet terugschelden, stoppen met het spel en het aan een volwassene vertellen.
- Toon hoe je iemand blokkeert of meldt in het spel. Doe het samen.
- Geef een pluim als je kind het komt vertellen. Neem de tablet dan niet af als straf. Anders zegt het de volgende keer niets meer.

## Hulp nodig?

Gebeurt het vaker, of met kinderen uit de klas? Praat erover met de juf of de meester. Je kunt ook terecht bij het CLB van de school. Je kind kan zelf praten met Awel op 102.""",
            "talk_prompts": [
                "Hoe voel jij je als iemand iets gemeens zegt?",
                "Wat kun je doen als iemand in een spel gemeen doet?",
                "Wat zou jij zeggen om iemand te troosten?",
            ],
        },
        "fr": {
            "title": "Être gentil en ligne, ça s'apprend à la maison",
            "summary": "Même les jeunes enfants lisent parfois des mots blessants dans un jeu ou "
            "un chat. Apprenez-leur tôt comment réagir.",
            "body": """Emma a huit ans. Elle joue à un jeu où les enfants peuvent chatter. Un autre enfant écrit : « T'es nulle. Personne ne veut jouer avec toi. » Emma pleure et ne veut plus jouer. Son petit frère de quatre ans regarde. Il ne comprend pas ce qui se passe.

## Que se passe-t-il ?

En ligne, il semble facile d'être méchant. On ne voit pas le visage de l'autre. Les enfants sentent donc moins le mal que font leurs mots. Ce qu'ils apprennent à la maison sur les émotions, ils l'emportent en ligne. Vous pouvez commencer très tôt.

## Que faire ?

- Aidez votre jeune enfant à nommer ses émotions. Par exemple : tu es fâché, ou tu es triste.
- Donnez une règle simple : ce qu'on ne dit pas en vrai, on ne l'écrit pas en ligne.
- Entraînez-vous. Si quelqu'un est méchant, on ne répond pas par des insultes. On quitte le jeu et on le dit à un adulte.
- Montrez comment bloquer ou signaler quelqu'un dans le jeu. Faites-le ensemble.
- Félicitez votre enfant quand il vient vous en parler. Ne lui retirez pas la tablette pour le punir. Sinon, la fois suivante, il ne dira rien.

## Besoin d'aide ?

Cela arrive souvent, ou avec des enfants de sa classe ? Parlez-en à l'instituteur ou à l'institutrice. Le centre PMS de l'école peut aussi vous aider. Votre enfant peut parler lui-même au 103 (Écoute-Enfants).""",
            "talk_prompts": [
                "Comment te sens-tu quand quelqu'un te dit un mot méchant ?",
                "Que peux-tu faire si quelqu'un est méchant dans un jeu ?",
                "Qu'est-ce que tu dirais pour consoler un copain ?",
            ],
        },
    },
    {
        "slug": "gepest-via-de-gsm",
        "themes": ["cyberbullying", "social-media"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 5,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Child Focus", "https://www.childfocus.be/"),
        ],
        "nl": {
            "title": "Je kind wordt gepest via de gsm",
            "summary": "Pesten stopt niet aan de schoolpoort. Zo steun je je kind als het online "
            "gepest wordt, stap voor stap.",
            "body": """Yasmine is dertien. In de klasgroep lachen ze met haar kleren. Iemand maakte een nepaccount met haar foto. Ze wil niet meer naar school. Ze zegt dat ze buikpijn heeft.

## Wat gebeurt er?

Online pesten gaat door, ook 's avonds en in het weekend. Veel mensen kijken mee. Je kind kan er moeilijk aan ontsnappen. Let op signalen. Je kind schrikt van een bericht, slaapt slecht of wil niet meer naar school.

Het internet kan ook helpen. Je kind vindt er steun bij vrienden en bij hulplijnen.

## Wat kun je doen?

- Luister zonder meteen te oordelen. Zeg: het is niet jouw schuld.
- Neem de gsm niet af. Dan voelt je kind zich gestraft en vertelt het minder.
- Maak samen screenshots van de berichten, met datum en naam. Wis nog niets.
- Blokkeer de pesters en meld hen in de app. Meld ook het nepaccount.
- Praat met de school en zoek samen een oplossing. Spreek de pester of zijn ouders niet boos aan.

## En als je kind zelf pest?

Blijf rustig. Vraag wat er gebeurd is. Leg uit wat de woorden met de ander doen. Zoek samen hoe je kind het kan goedmaken.

## Hulp nodig?

Je kind kan gratis en anoniem praten met Awel: bel 102 of chat via awel.be. Je kunt ook terecht bij het CLB. Wordt je kind bedreigd? Stap dan naar de politie. Gaat het om naaktbeelden? Bel Child Focus op 116 000.""",
            "talk_prompts": [
                "Hoe gaat het in de klasgroep? Wordt daar soms gelachen met iemand?",
                "Wat zou je doen als je ziet dat iemand anders gepest wordt?",
                "Bij wie kun jij terecht als het online niet leuk is?",
            ],
        },
        "fr": {
            "title": "Votre enfant est harcelé sur son GSM",
            "summary": "Le harcèlement ne s'arrête pas à la porte de l'école. Voici comment "
            "soutenir votre enfant, pas à pas, s'il est harcelé en ligne.",
            "body": """Yasmine a treize ans. Dans le groupe de la classe, on se moque de ses vêtements. Quelqu'un a créé un faux compte avec sa photo. Elle ne veut plus aller à l'école. Elle dit qu'elle a mal au ventre.

## Que se passe-t-il ?

Le harcèlement en ligne continue, même le soir et le week-end. Beaucoup de gens le voient. Votre enfant a du mal à y échapper. Soyez attentif aux signes. Votre enfant sursaute en lisant un message, dort mal ou ne veut plus aller à l'école.

Internet peut aussi aider. Votre enfant y trouve du soutien chez ses amis et auprès de lignes d'écoute.

## Que faire ?

- Écoutez sans juger tout de suite. Dites : ce n'est pas ta faute.
- Ne lui prenez pas son GSM. Il se sentirait puni et vous parlerait moins.
- Faites ensemble des captures d'écran des messages, avec la date et le nom. N'effacez rien.
- Bloquez les harceleurs et signalez-les dans l'appli. Signalez aussi le faux compte.
- Parlez à l'école et cherchez une solution ensemble. N'allez pas voir le harceleur ou ses parents sous le coup de la colère.

## Et si c'est votre enfant qui harcèle ?

Restez calme. Demandez ce qui s'est passé. Expliquez le mal que font ses mots. Cherchez ensemble comment il peut réparer.

## Besoin d'aide ?

Votre enfant peut parler gratuitement et sans donner son nom au 103 (Écoute-Enfants). Le centre PMS de l'école peut aussi aider. Votre enfant est menacé ? Allez à la police. Il s'agit d'images de nudité ? Appelez Child Focus au 116 000.""",
            "talk_prompts": [
                "Comment ça se passe dans le groupe de la classe ? On s'y moque parfois de quelqu'un ?",
                "Que ferais-tu si tu voyais quelqu'un se faire harceler ?",
                "À qui peux-tu parler quand ça ne va pas en ligne ?",
            ],
        },
    },
    # -------------------------------------------------------------------- screen-time
    {
        "slug": "schermen-jonge-kinderen",
        "themes": ["screen-time"],
        "age_groups": ["0-5", "6-9"],
        "module": 1,
        "sources": [
            (
                "Wereldgezondheidsorganisatie (WHO/OMS) – Guidelines on physical activity, "
                "sedentary behaviour and sleep for children under 5 years of age (2019)",
                "https://www.who.int/publications/i/item/9789241550536",
            ),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "Schermen bij jonge kinderen: hoeveel is genoeg?",
            "summary": "Schermen horen bij het gezinsleven. Maar jonge kinderen hebben vooral "
            "spelen, bewegen en slaap nodig. Zo vind je een goed evenwicht.",
            "body": """Djamila is alleen met haar twee kinderen. Na een drukke dag zet ze de tablet aan. Zo kan ze rustig koken. Haar zoon van twee wil daarna niet meer stoppen. Haar dochter van zeven kijkt in bed nog filmpjes.

## Wat gebeurt er?

Je bent geen slechte ouder als je kind soms naar een scherm kijkt. Maar jonge kinderen leren vooral door te spelen, te bewegen en met jou te praten. Een scherm vlak voor het slapen maakt inslapen vaak moeilijker.

De Wereldgezondheidsorganisatie (WHO) geeft richtlijnen. Voor kinderen jonger dan 2 jaar raadt ze schermtijd af. Voor kinderen van 2 tot 4 jaar: hooguit een uur per dag. Minder is beter.

Schermen hebben ook goede kanten. Een videogesprek met oma in het buitenland is fijn contact.

## Wat kun je doen?

- Kies vaste schermmomenten, bijvoorbeeld een half uur na het eten.
- Hou de tafel en de slaapkamer vrij van schermen. Dat geldt ook voor jou.
- Zet het scherm liefst een uur voor het slapen uit. Lees samen een verhaaltje.
- Zeg vooraf wanneer het stopt: nog één filmpje, dan gaat de tablet uit. Een wekker helpt.
- Zoek dingen zonder scherm die weinig kosten: de speeltuin, de bibliotheek, samen koken.

## Hulp nodig?

Is het moeilijk om afspraken vol te houden? Dat is normaal. Praat erover met andere ouders, de kinderopvang, het consultatiebureau van Kind en Gezin of je huisarts. Meer tips vind je bij Mediawijs (mediawijs.be).""",
            "talk_prompts": [
                "Wat doe je liever: een filmpje kijken of samen iets bouwen?",
                "Wanneer kijken we naar de tablet, en wanneer niet?",
                "Welk verhaaltje lezen we vanavond?",
            ],
        },
        "fr": {
            "title": "Les écrans et les jeunes enfants : combien, c'est assez ?",
            "summary": "Les écrans font partie de la vie de famille. Mais les jeunes enfants ont "
            "surtout besoin de jouer, de bouger et de dormir. Trouvez le bon équilibre.",
            "body": """Djamila élève seule ses deux enfants. Après une longue journée, elle allume la tablette. Comme ça, elle peut cuisiner au calme. Ensuite, son fils de deux ans ne veut plus arrêter. Sa fille de sept ans regarde encore des vidéos au lit.

## Que se passe-t-il ?

Vous n'êtes pas un mauvais parent si votre enfant regarde parfois un écran. Mais les jeunes enfants apprennent surtout en jouant, en bougeant et en parlant avec vous. Un écran juste avant de dormir rend souvent l'endormissement plus difficile.

L'Organisation mondiale de la santé (OMS) donne des repères. Avant 2 ans, elle déconseille les écrans. De 2 à 4 ans : une heure par jour au maximum. Moins, c'est mieux.

Les écrans ont aussi du bon. Un appel vidéo avec mamie à l'étranger, c'est un beau moment.

## Que faire ?

- Fixez des moments pour les écrans, par exemple une demi-heure après le repas.
- Pas d'écran à table ni dans la chambre. C'est valable pour vous aussi.
- Si possible, éteignez l'écran une heure avant le coucher. Lisez plutôt une histoire ensemble.
- Annoncez la fin à l'avance : encore une vidéo, puis on éteint. Un minuteur aide.
- Trouvez des activités sans écran qui coûtent peu : la plaine de jeux, la bibliothèque, cuisiner ensemble.

## Besoin d'aide ?

Vous avez du mal à tenir les règles ? C'est normal. Parlez-en à d'autres parents, à la crèche, à la consultation ONE ou à votre médecin. D'autres conseils sur csem.be.""",
            "talk_prompts": [
                "Tu préfères regarder une vidéo ou construire quelque chose avec moi ?",
                "Quand est-ce qu'on regarde la tablette, et quand pas ?",
                "Quelle histoire on lit ce soir ?",
            ],
        },
    },
    {
        "slug": "gsm-s-nachts",
        "themes": ["screen-time", "social-media"],
        "age_groups": ["10-12", "13-15", "16-18"],
        "module": 1,
        "sources": [
            ("Awel", "https://www.awel.be/"),
            ("Écoute-Enfants 103", "https://www.103ecoute.be/"),
            ("Mediawijs", "https://www.mediawijs.be/"),
            ("CSEM – Conseil supérieur de l'éducation aux médias", "https://www.csem.be/"),
        ],
        "nl": {
            "title": "De gsm 's nachts op de kamer? Maak samen een afspraak",
            "summary": "Berichten en filmpjes houden jongeren wakker. Met een afspraak die voor "
            "het hele gezin geldt, slaapt iedereen beter.",
            "body": """Amira is veertien. 's Nachts hoort haar mama de gsm trillen. 's Morgens is Amira moe en snel boos. Ze zegt: 'Iedereen stuurt 's avonds berichten. Als ik niet antwoord, hoor ik er niet meer bij.'

## Wat gebeurt er?

Voor jongeren is hun gsm belangrijk. Ze houden er contact met vrienden, doen schoolwerk en ontspannen. Dat is normaal. Maar apps zijn gemaakt om je zo lang mogelijk bezig te houden. Meldingen blijven komen, ook 's nachts. Jongeren hebben veel slaap nodig. Met te weinig slaap wordt leren moeilijker. Ook omgaan met emoties lukt dan minder goed.

## Wat kun je doen?

- Maak samen een afspraak, niet alleen een verbod. Vraag wat je kind zelf een goed idee vindt.
- Laad 's nachts alle gsm's op buiten de slaapkamer. Ook die van jou. Dan is het eerlijk.
- Zet meldingen uit, of gebruik de stand 'niet storen'.
- Gebruik de hulpmiddelen van de gsm: 'Schermtijd' op een iPhone of 'Digitaal welzijn' op Android. Bekijk ze samen.
- Help je kind met een zin voor vrienden: 'Mijn gsm ligt beneden. Ik antwoord morgen.'

## Samen op papier

In module 1 van Veilig Online maak je samen een gezinsafspraak over schermtijd en sociale media. Je kunt ze afdrukken en ondertekenen. Hang ze op een plek waar iedereen ze ziet.

## Hulp nodig?

Loopt het vast, of slaapt je kind al lang slecht? Praat met het CLB of je huisarts. Je kind kan ook terecht bij Awel op 102.""",
            "talk_prompts": [
                "Wanneer vind jij het moeilijk om je gsm weg te leggen?",
                "Welke afspraak over de gsm vind jij eerlijk voor het hele gezin?",
                "Wat kun je tegen vrienden zeggen als je 's avonds niet meer online bent?",
            ],
        },
        "fr": {
            "title": "Le GSM dans la chambre la nuit ? Faites un accord ensemble",
            "summary": "Messages et vidéos empêchent les jeunes de dormir. Avec un accord qui "
            "vaut pour toute la famille, tout le monde dort mieux.",
            "body": """Amira a quatorze ans. La nuit, sa maman entend le GSM vibrer. Le matin, Amira est fatiguée et vite énervée. Elle dit : « Tout le monde envoie des messages le soir. Si je ne réponds pas, je suis mise de côté. »

## Que se passe-t-il ?

Pour les jeunes, le GSM compte beaucoup. Ils gardent le contact avec leurs amis, font leurs devoirs et se détendent. C'est normal. Mais les applis sont faites pour nous garder le plus longtemps possible. Les notifications arrivent sans arrêt, même la nuit. Les jeunes ont besoin de beaucoup de sommeil. Quand ils dorment trop peu, apprendre devient plus dur. Gérer ses émotions aussi.

## Que faire ?

- Faites un accord ensemble, pas seulement une interdiction. Demandez à votre ado ce qu'il propose.
- La nuit, chargez tous les GSM hors des chambres. Le vôtre aussi. C'est plus juste.
- Coupez les notifications, ou utilisez le mode « Ne pas déranger ».
- Utilisez les outils du GSM : « Temps d'écran » sur iPhone ou « Bien-être numérique » sur Android. Regardez-les ensemble.
- Aidez votre ado à préparer une phrase pour ses amis : « Mon GSM est en bas. Je réponds demain. »

## Noir sur blanc

Dans le module 1 de Veilig Online, vous créez ensemble un accord familial sur les écrans et les réseaux sociaux. Vous pouvez l'imprimer et le signer. Affichez-le là où tout le monde le voit.

## Besoin d'aide ?

Ça bloque, ou votre ado dort mal depuis longtemps ? Parlez-en au centre PMS ou à votre médecin. Votre ado peut aussi appeler le 103 (Écoute-Enfants).""",
            "talk_prompts": [
                "Quand est-ce que c'est dur pour toi de poser ton GSM ?",
                "Quelle règle sur le GSM te semble juste pour toute la famille ?",
                "Que peux-tu dire à tes amis quand tu n'es plus en ligne le soir ?",
            ],
        },
    },
]
