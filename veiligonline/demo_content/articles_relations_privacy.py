"""Demo advice articles: online relations and sexuality, internet and privacy.

Each article has a Dutch ("nl") and a Belgian French ("fr") version. Format: see FORMAT.md.
"""

_CHILD_FOCUS = ("Child Focus", "https://childfocus.be/")
_AWEL = ("Awel", "https://www.awel.be/")
_ECOUTE = ("Écoute-Enfants 103", "https://www.103ecoute.be/")
_SENSOA = ("Sensoa", "https://www.sensoa.be/")
_YAPAKA = ("Yapaka", "https://www.yapaka.be/")
_1712 = ("1712", "https://www.1712.be/")
_ONE = ("Office de la Naissance et de l'Enfance (ONE)", "https://www.one.be/")
_TAKE_IT_DOWN = ("Take It Down (NCMEC)", "https://takeitdown.ncmec.org/")
_SAFEONWEB = ("Safeonweb", "https://safeonweb.be/")
_GBA = ("Gegevensbeschermingsautoriteit", "https://www.gegevensbeschermingsautoriteit.be/")
_APD = ("Autorité de protection des données", "https://www.autoriteprotectiondonnees.be/")
_MEDIAWIJS = ("Mediawijs", "https://www.mediawijs.be/")
_CSEM = ("Conseil supérieur de l'éducation aux médias (CSEM)", "https://www.csem.be/")
_CARD_STOP = ("Card Stop", "https://www.cardstop.be/")
_POLICE = ("Politie / Police", "https://www.police.be/")
_JUSTICE = ("FOD Justitie / SPF Justice", "https://justice.belgium.be/")


ARTICLES = [
    # ------------------------------------------------------------------
    # Relations and sexuality
    # ------------------------------------------------------------------
    {
        "slug": "mijn-lichaam-is-van-mij",
        "themes": ["relations-sexuality"],
        "age_groups": ["0-5"],
        "module": 2,
        "sources": [_SENSOA, _YAPAKA, _1712, _ECOUTE, _CHILD_FOCUS],
        "nl": {
            "title": "Mijn lichaam is van mij: praten met je kleuter",
            "summary": "Jonge kinderen zijn nieuwsgierig naar hun lichaam. Met de juiste woorden en oefenen in nee zeggen maak je hen sterker.",
            "body": """Je dochter van vier zit in bad. Ze wijst naar haar vulva en vraagt: "Hoe heet dat?" Misschien schrik je even. Dat is normaal. Toch is dit een mooi moment.

## Wat gebeurt er?

Jonge kinderen zijn nieuwsgierig naar hun lichaam. Dat hoort bij gezond opgroeien. Ze leren hun neus en hun knie kennen. Ze willen ook weten hoe hun billen en hun geslacht heten.

Een kind dat de juiste woorden kent, kan beter vertellen wat er gebeurt. Ook als iets niet goed voelt. Zo bescherm je je kind. Thuis, op school en later ook online.

## Wat kan je doen?

- Gebruik gewone woorden: penis, vulva, billen. Zeg ze rustig, zoals je "arm" of "voet" zegt.
- Zeg vaak: "Jouw lichaam is van jou." Niemand mag je aanraken als je dat niet wilt.
- Oefen nee zeggen. Bij kietelen of stoeien stop je meteen als je kind "stop" roept.
- Dwing geen kusjes af, ook niet bij oma of een tante. Zwaaien of een high five mag ook.
- Leg uit dat niemand foto's mag maken van je blote lichaam. Ook niet met een gsm.

## Een kans

Praten over het lichaam hoeft niet moeilijk te zijn. Een prentenboek of een liedje helpt. Zo wordt het een gewoon gesprek. En later praat je kind ook makkelijker met jou over moeilijke dingen.

## Hulp nodig?

Twijfel je of gedrag van je kind normaal is? Het Vlaggensysteem van Sensoa helpt je om dat in te schatten. Maak je je zorgen over je kind? Bel 1712. Dat is gratis. Gaat het om seksuele uitbuiting of beelden online? Bel Child Focus op 116 000.""",
            "talk_prompts": [
                "Welke delen van je lichaam ken jij allemaal?",
                "Wat doe je als iemand je aanraakt en jij wilt dat niet?",
                "Wil je oma een kusje geven, of liever zwaaien?",
            ],
        },
        "fr": {
            "title": "Mon corps est à moi : en parler avec votre petit",
            "summary": "Les petits enfants sont curieux de leur corps. Avec les bons mots et en apprenant à dire non, vous les rendez plus forts.",
            "body": """Votre fille de quatre ans est dans son bain. Elle montre sa vulve et demande : « Ça s'appelle comment ? » Cela vous gêne peut-être. C'est normal. Mais c'est un beau moment.

## Que se passe-t-il ?

Les petits enfants sont curieux de leur corps. Cela fait partie d'une vie saine. Ils apprennent le nom du nez et du genou. Ils veulent aussi savoir le nom des fesses et du sexe.

Un enfant qui connaît les bons mots peut mieux dire ce qui se passe. Même quand quelque chose ne va pas. Vous le protégez ainsi. À la maison, à l'école, et plus tard sur internet.

## Que pouvez-vous faire ?

- Utilisez des mots simples et justes : pénis, vulve, fesses. Dites-les calmement, comme « bras » ou « pied ».
- Dites souvent : « Ton corps est à toi. » Personne ne peut te toucher si tu ne veux pas.
- Apprenez-lui à dire non. Quand vous jouez ou chatouillez, arrêtez dès qu'il dit « stop ».
- N'obligez pas votre enfant à faire un bisou. Même pas à mamie ou à une tante. Un signe de la main, c'est bien aussi.
- Expliquez que personne ne peut prendre de photo de son corps nu. Même pas avec un GSM.

## Une chance

Parler du corps n'est pas si difficile. Un livre d'images ou une chanson aide. Cela devient une discussion normale. Et plus tard, votre enfant vous parlera plus facilement des choses difficiles.

## Besoin d'aide ?

Vous vous demandez si un comportement est normal ? Yapaka donne des repères aux parents. Vous êtes inquiet pour votre enfant ? Appelez Écoute-Enfants au 103. Il écoute aussi les adultes. S'il s'agit d'images ou d'exploitation sexuelle en ligne, appelez Child Focus au 116 000.""",
            "talk_prompts": [
                "Tu connais le nom de toutes les parties de ton corps ?",
                "Que fais-tu si quelqu'un te touche et que tu ne veux pas ?",
                "Tu veux faire un bisou à mamie, ou plutôt lui faire coucou ?",
            ],
        },
    },
    {
        "slug": "geheim-of-verrassing",
        "themes": ["relations-sexuality"],
        "age_groups": ["0-5", "6-9"],
        "module": 2,
        "sources": [_CHILD_FOCUS, _AWEL, _ECOUTE, _1712, _YAPAKA],
        "nl": {
            "title": "Geheim of verrassing? Leer je kind het verschil",
            "summary": "Een verrassing is leuk en duurt kort. Een geheim dat een slecht gevoel geeft, mag je kind altijd vertellen. Zo leer je het verschil.",
            "body": """Je zoon van zes speelt een spel op de tablet. Hij chat met een andere speler. Die stuurt hem gratis munten. En schrijft: "Dit is ons geheimpje. Zeg het niet aan mama."

## Wat gebeurt er?

Kinderen houden van geheimpjes. Dat is gewoon. Maar sommige mensen misbruiken dat. Ze vragen een kind om iets te verzwijgen. Zo kunnen ze verder gaan zonder dat de ouders het merken. Dat kan thuis gebeuren, maar ook in een spel of een chat.

Daarom is het goed dat je kind het verschil kent tussen een verrassing en een geheim.

- Een verrassing is leuk. Ze duurt maar kort. Iedereen is blij als ze uitkomt. Denk aan een cadeau voor papa.
- Een slecht geheim geeft een raar of bang gevoel. Het moet lang verborgen blijven. Zo'n geheim mag je kind altijd vertellen.

## Wat kan je doen?

- Gebruik zelf het woord "verrassing" voor leuke dingen. Vraag je kind niet om geheimen te houden.
- Oefen met voorbeelden. Vraag: "Is dit een verrassing of een geheim?"
- Zeg: "Je mag mij alles vertellen. Je krijgt nooit straf als iemand anders iets fout deed."
- Speel spelletjes op de tablet in de woonkamer. Zet de chat uit als je kind nog jong is.
- Blijf rustig als je kind iets vertelt. Bedank je kind.

## Hulp nodig?

Vertelt je kind iets dat je ongerust maakt? Bel 1712, gratis en anoniem. Gaat het om iemand online die foto's vraagt of je kind wil ontmoeten? Bel Child Focus op 116 000. Je kind kan zelf praten met Awel op 102.""",
            "talk_prompts": [
                "Wat is het verschil tussen een verrassing en een geheim?",
                "Heeft iemand jou al eens gevraagd om iets niet te vertellen?",
                "Wie kan je alles vertellen als je je raar voelt?",
            ],
        },
        "fr": {
            "title": "Secret ou surprise ? Apprenez la différence à votre enfant",
            "summary": "Une surprise est gaie et dure peu. Un secret qui fait peur, votre enfant peut toujours le raconter. Voici comment expliquer la différence.",
            "body": """Votre fils de six ans joue à un jeu sur la tablette. Il parle avec un autre joueur. Ce joueur lui envoie des pièces gratuites. Puis il écrit : « C'est notre petit secret. Ne dis rien à maman. »

## Que se passe-t-il ?

Les enfants aiment les secrets. C'est normal. Mais certaines personnes en profitent. Elles demandent à un enfant de se taire. Ainsi, elles peuvent aller plus loin sans que les parents le sachent. Cela peut arriver à la maison, mais aussi dans un jeu ou un chat.

C'est pour cela que votre enfant doit connaître la différence entre une surprise et un secret.

- Une surprise est gaie. Elle dure peu de temps. Tout le monde est content à la fin. Par exemple, un cadeau pour papa.
- Un mauvais secret fait peur ou met mal à l'aise. Il doit rester caché longtemps. Ce secret-là, on peut toujours le dire.

## Que pouvez-vous faire ?

- Utilisez vous-même le mot « surprise » pour les choses gaies. Ne demandez pas à votre enfant de garder des secrets.
- Entraînez-vous avec des exemples. Demandez : « C'est une surprise ou un secret ? »
- Dites-lui : « Tu peux tout me dire. Tu ne seras jamais puni si quelqu'un d'autre a fait une bêtise. »
- Laissez-le jouer sur la tablette au salon. Coupez le chat quand il est encore petit.
- Restez calme quand il raconte quelque chose. Remerciez-le.

## Besoin d'aide ?

Votre enfant raconte quelque chose d'inquiétant ? Appelez Écoute-Enfants au 103. C'est gratuit. Quelqu'un en ligne demande des photos ou veut le voir ? Appelez Child Focus au 116 000. Yapaka donne aussi des conseils aux parents.""",
            "talk_prompts": [
                "C'est quoi la différence entre une surprise et un secret ?",
                "Quelqu'un t'a déjà demandé de ne rien dire ?",
                "À qui peux-tu tout raconter quand tu te sens mal ?",
            ],
        },
    },
    {
        "slug": "fotos-van-kinderen-in-bad-of-op-het-strand",
        "themes": ["relations-sexuality", "privacy"],
        "age_groups": ["0-5", "6-9"],
        "module": 2,
        "sources": [_CHILD_FOCUS, _TAKE_IT_DOWN, _GBA, _APD],
        "nl": {
            "title": "Foto's van je kind in bad of op het strand: wel of niet delen?",
            "summary": "Een blote foto van je kind is schattig, maar hoort niet online. Zo bewaar je mooie herinneringen zonder risico.",
            "body": """Het is zomer. Je kinderen spelen in een badje in de tuin. Ze hebben niets aan. Je maakt een grappige foto. Je wilt hem op Facebook zetten of in de familiegroep sturen.

## Wat gebeurt er?

Een foto online is niet meer alleen van jou. Anderen kunnen hem opslaan en verder sturen. Ook mensen die je niet kent. Je weet nooit waar hij terechtkomt. Foto's van blote of half blote kinderen kunnen bij de verkeerde mensen belanden.

Dat betekent niet dat je geen foto's mag maken. Herinneringen zijn waardevol. Het gaat erom wat je ermee doet.

## Wat kan je doen?

- Zet geen foto's van je kind in bad, in onderbroek of bloot online. Ook niet in grote groepen.
- Bewaar zulke foto's voor jezelf. Bijvoorbeeld in een album op je gsm of op papier.
- Vraag familie en vrienden om geen foto's van je kind te delen zonder te vragen.
- Kijk wie je berichten kan zien. Zet je profiel op privé.
- Vraag je kind vanaf jonge leeftijd: "Mag ik deze foto sturen naar oma?" Zo leert je kind dat zijn lichaam van hem is.

## Een kans

Wil je toch iets delen? Kies een foto van het spelen zelf. Een zandkasteel. Voetjes in het water. Een lachend gezicht met een t-shirt aan. Zo geniet de familie mee.

## Hulp nodig?

Staat er een foto van je kind online die daar niet hoort? Vraag de persoon of het platform om hem weg te halen. Wordt een beeld van je kind misbruikt? Bel Child Focus op 116 000. Take It Down kan helpen om een naaktbeeld van een minderjarige te laten weghalen op platformen die meedoen.""",
            "talk_prompts": [
                "Mag ik deze foto aan oma sturen?",
                "Welke foto's van jou vind je leuk, en welke liever niet?",
                "Wie mag onze vakantiefoto's zien, denk je?",
            ],
        },
        "fr": {
            "title": "Photos de votre enfant au bain ou à la plage : partager ou pas ?",
            "summary": "Une photo de votre enfant tout nu est mignonne, mais n'a pas sa place en ligne. Voici comment garder de beaux souvenirs sans risque.",
            "body": """C'est l'été. Vos enfants jouent dans une petite piscine au jardin. Ils sont tout nus. Vous prenez une photo amusante. Vous voulez la mettre sur Facebook ou dans le groupe de la famille.

## Que se passe-t-il ?

Une photo en ligne n'est plus seulement à vous. D'autres peuvent l'enregistrer et l'envoyer plus loin. Même des gens que vous ne connaissez pas. Vous ne savez jamais où elle finit. Des photos d'enfants nus ou à moitié nus peuvent arriver chez de mauvaises personnes.

Cela ne veut pas dire qu'il ne faut pas prendre de photos. Les souvenirs sont précieux. Ce qui compte, c'est ce que vous en faites.

## Que pouvez-vous faire ?

- Ne mettez pas en ligne de photos de votre enfant au bain, en slip ou tout nu. Même pas dans un grand groupe.
- Gardez ces photos pour vous. Par exemple dans un album sur votre GSM ou sur papier.
- Demandez à la famille et aux amis de ne pas partager de photos de votre enfant sans demander.
- Regardez qui peut voir vos messages. Mettez votre profil en privé.
- Demandez tôt à votre enfant : « Je peux envoyer cette photo à mamie ? » Il apprend ainsi que son corps est à lui.

## Une chance

Vous voulez quand même partager ? Choisissez une photo du jeu lui-même. Un château de sable. Des petits pieds dans l'eau. Un visage qui rit, avec un t-shirt. Toute la famille en profite.

## Besoin d'aide ?

Une photo de votre enfant est en ligne et ne devrait pas l'être ? Demandez à la personne ou au réseau social de la retirer. Une image de votre enfant est utilisée de manière abusive ? Appelez Child Focus au 116 000. Take It Down peut aider à faire retirer une image intime d'un mineur sur les plateformes qui participent.""",
            "talk_prompts": [
                "Je peux envoyer cette photo à mamie ?",
                "Quelles photos de toi tu aimes bien, et lesquelles pas ?",
                "Qui peut voir nos photos de vacances, à ton avis ?",
            ],
        },
    },
    {
        "slug": "per-ongeluk-porno-gezien",
        "themes": ["relations-sexuality"],
        "age_groups": ["6-9", "10-12"],
        "module": 2,
        "sources": [_SENSOA, _MEDIAWIJS, _AWEL, _ECOUTE, _CSEM, _YAPAKA],
        "nl": {
            "title": "Je kind zag per ongeluk porno. Wat nu?",
            "summary": "Kinderen komen soms per ongeluk op porno terecht. Blijf rustig, luister en leg uit. Zo blijft je kind naar jou komen.",
            "body": """Je zoon van negen kijkt filmpjes op de tablet. Plots komt hij naar je toe. Zijn gezicht is rood. Hij zegt: "Ik zag blote mensen. Ze deden raar."

## Wat gebeurt er?

Kinderen komen soms op porno terecht zonder dat ze het zoeken. Via een link, een reclame, een zoekwoord of de gsm van een ouder kind. Dat is niet hun schuld.

Porno kan een kind bang of in de war maken. Het is ook geen goed beeld van seks. In porno spelen mensen een rol. Je ziet er weinig over liefde, respect en samen beslissen.

Goed nieuws: je kind kwam naar jou. Dat is heel waardevol.

## Wat kan je doen?

- Blijf rustig. Zeg: "Goed dat je het mij vertelt. Je hebt niets fout gedaan."
- Vraag wat je kind zag en hoe het zich voelt. Luister vooral.
- Leg het eenvoudig uit. Bijvoorbeeld: "Dat zijn filmpjes voor volwassenen. Het is toneel. Echte liefde gaat over respect."
- Zet een kinderslot en veilig zoeken aan op tablets en gsm's. Dat houdt niet alles tegen, maar helpt wel.
- Laat jonge kinderen online in de woonkamer. Zo ben je dichtbij als er iets gebeurt.

## Een kans

Dit is een goed moment om over lichaam, liefde en respect te praten. Doe het in kleine stukjes. Een boek over lichaam en relaties voor kinderen kan helpen.

## Hulp nodig?

Zit je kind er nog lang mee? Of kijkt het vaak? Sensoa en Mediawijs geven tips aan ouders. Je kind kan ook zelf praten met Awel op 102. Dat is gratis en anoniem.""",
            "talk_prompts": [
                "Wat zag je precies? Hoe voelde je je toen?",
                "Wat doe je als je nog eens zoiets ziet?",
                "Wat is voor jou echte liefde?",
            ],
        },
        "fr": {
            "title": "Votre enfant a vu du porno par hasard. Et maintenant ?",
            "summary": "Les enfants tombent parfois sur du porno sans le vouloir. Restez calme, écoutez et expliquez. Votre enfant continuera à venir vers vous.",
            "body": """Votre fils de neuf ans regarde des vidéos sur la tablette. Tout à coup, il vient vers vous. Il est tout rouge. Il dit : « J'ai vu des gens tout nus. Ils faisaient des choses bizarres. »

## Que se passe-t-il ?

Les enfants tombent parfois sur du porno sans le chercher. Par un lien, une pub, un mot dans la recherche ou le GSM d'un plus grand. Ce n'est pas leur faute.

Le porno peut faire peur à un enfant ou le perturber. Ce n'est pas non plus une bonne image du sexe. Dans le porno, les gens jouent un rôle. On y voit peu d'amour, de respect et d'accord entre les deux.

Bonne nouvelle : votre enfant est venu vers vous. C'est très précieux.

## Que pouvez-vous faire ?

- Restez calme. Dites : « Tu as bien fait de me le dire. Tu n'as rien fait de mal. »
- Demandez ce qu'il a vu et ce qu'il ressent. Surtout, écoutez.
- Expliquez simplement. Par exemple : « Ce sont des films pour adultes. C'est du théâtre. Le vrai amour, c'est le respect. »
- Activez le contrôle parental et la recherche sécurisée sur les tablettes et les GSM. Cela ne bloque pas tout, mais ça aide.
- Laissez les petits aller sur internet au salon. Vous êtes tout près s'il se passe quelque chose.

## Une chance

C'est un bon moment pour parler du corps, de l'amour et du respect. Faites-le par petits bouts. Un livre pour enfants sur le corps et les relations peut aider.

## Besoin d'aide ?

Votre enfant y pense encore souvent ? Ou il en regarde souvent ? Yapaka et le CSEM donnent des conseils aux parents. Un centre de planning familial peut aussi vous aider. Votre enfant peut parler à Écoute-Enfants au 103. C'est gratuit.""",
            "talk_prompts": [
                "Qu'est-ce que tu as vu ? Qu'est-ce que tu as ressenti ?",
                "Que fais-tu si tu vois encore quelque chose comme ça ?",
                "Pour toi, c'est quoi le vrai amour ?",
            ],
        },
    },
    {
        "slug": "online-vriend-grooming",
        "themes": ["relations-sexuality", "gaming"],
        "age_groups": ["10-12", "13-15"],
        "module": 2,
        "sources": [_CHILD_FOCUS, _AWEL, _ECOUTE, _POLICE],
        "nl": {
            "title": "Een nieuwe online vriend die wel erg lief is: grooming herkennen",
            "summary": "Soms bouwt een volwassene online vertrouwen op met een kind, om het later te misbruiken. Zo herken je de signalen en help je je kind.",
            "body": """Je dochter van twaalf speelt elke avond een online spel. Ze chat met Lucas. Hij zegt dat hij veertien is. Hij geeft haar complimenten en extra's in het spel. Nu vraagt hij om verder te praten in een andere app. En om een foto.

## Wat gebeurt er?

Online vriendschappen kunnen fijn zijn. Veel kinderen leren zo leuke mensen kennen. Maar soms doet iemand zich anders voor. Een volwassene bouwt dan vertrouwen op met een kind. Het doel is seksueel misbruik. Dat heet grooming.

Let op deze signalen:

- Heel veel aandacht, complimenten of cadeaus.
- De vraag om naar een andere, privé app te gaan.
- "Zeg het niet aan je ouders."
- Vragen naar foto's, je lichaam of je gevoelens.
- Willen afspreken.

## Wat kan je doen?

- Toon interesse in de online vrienden van je kind. Vraag met wie het speelt, zonder boos te worden.
- Bespreek de signalen samen. Zeg dat een echte vriend nooit druk zet.
- Spreek af: nooit alleen afspreken met iemand van het internet. Altijd eerst met jou overleggen.
- Gaat er iets mis? Niets wissen. Maak schermafbeeldingen van de chat en het profiel. Blokkeer en meld de persoon daarna.
- Beloof dat je kind zijn gsm niet kwijt is als het iets vertelt. Anders durven kinderen vaak niet meer te praten.

## Hulp nodig?

Twijfel je of denk je aan grooming? Bel Child Focus op 116 000. Zij helpen je verder. Je kan ook klacht indienen bij de politie. Je kind kan zelf praten met Awel op 102, gratis en anoniem.""",
            "talk_prompts": [
                "Met wie speel je het liefst online? Hoe ken je die persoon?",
                "Wat zou je doen als iemand online om een foto vraagt?",
                "Hoe merk je of iemand online echt een vriend is?",
            ],
        },
        "fr": {
            "title": "Un nouvel ami en ligne un peu trop gentil : reconnaître le grooming",
            "summary": "Parfois, un adulte gagne la confiance d'un enfant en ligne pour abuser de lui ensuite. Voici les signaux et comment aider votre enfant.",
            "body": """Votre fille de douze ans joue tous les soirs à un jeu en ligne. Elle parle avec Lucas. Il dit qu'il a quatorze ans. Il lui fait des compliments et lui offre des bonus dans le jeu. Maintenant, il veut parler sur une autre appli. Et il demande une photo.

## Que se passe-t-il ?

Les amitiés en ligne peuvent être chouettes. Beaucoup d'enfants y rencontrent des gens sympas. Mais parfois, quelqu'un ment sur qui il est. Un adulte gagne alors la confiance d'un enfant. Son but est l'abus sexuel. On appelle cela le grooming.

Voici des signaux d'alerte :

- Beaucoup d'attention, de compliments ou de cadeaux.
- L'envie de passer sur une autre appli, plus privée.
- « Ne dis rien à tes parents. »
- Des questions sur des photos, le corps ou les sentiments.
- L'envie de se voir en vrai.

## Que pouvez-vous faire ?

- Intéressez-vous aux amis en ligne de votre enfant. Demandez avec qui il joue, sans vous fâcher.
- Parlez ensemble des signaux d'alerte. Un vrai ami ne met jamais la pression.
- Mettez-vous d'accord : jamais de rendez-vous seul avec quelqu'un d'internet. Toujours en parler avec vous d'abord.
- Un problème ? N'effacez rien. Faites des captures d'écran du chat et du profil. Ensuite, bloquez et signalez la personne.
- Promettez que votre enfant ne perdra pas son GSM s'il vous parle. Sinon, les enfants n'osent souvent plus rien dire.

## Besoin d'aide ?

Vous avez un doute ? Vous pensez à du grooming ? Appelez Child Focus au 116 000. Ils vous aident. Vous pouvez aussi porter plainte à la police. Votre enfant peut parler à Écoute-Enfants au 103. C'est gratuit.""",
            "talk_prompts": [
                "Avec qui aimes-tu jouer en ligne ? Comment tu connais cette personne ?",
                "Que ferais-tu si quelqu'un te demandait une photo en ligne ?",
                "Comment sais-tu si quelqu'un en ligne est vraiment un ami ?",
            ],
        },
    },
    {
        "slug": "naaktfoto-gaat-rond",
        "themes": ["relations-sexuality"],
        "age_groups": ["13-15", "16-18"],
        "module": 2,
        "sources": [_CHILD_FOCUS, _TAKE_IT_DOWN, _AWEL, _ECOUTE, _POLICE],
        "nl": {
            "title": "Een naaktfoto van je tiener gaat rond. Zo help je",
            "summary": "Je tiener stuurde een naaktfoto en die gaat nu rond. Je kind is niet schuldig. Wie de foto doorstuurt, doet iets fout. Zo help je.",
            "body": """Je zoon van vijftien komt huilend thuis. Hij stuurde een naaktfoto naar zijn vriendin. Nu is het uit. En de foto gaat rond op school.

## Wat gebeurt er?

Sommige jongeren sturen sexy foto's naar iemand die ze vertrouwen. Dat heet sexting. Het hoort soms bij verliefd zijn. Het wordt pas echt erg als iemand de foto doorstuurt zonder toestemming. Dat is de fout van wie doorstuurt. Niet van je kind.

Je kind schaamt zich nu waarschijnlijk heel erg. Het heeft jou nu nodig. Zonder verwijten.

## Wat kan je doen?

- Blijf rustig. Zeg: "Ik ben blij dat je het vertelt. Dit is niet jouw schuld. We lossen het samen op."
- Stuur de foto zelf nooit door. Ook niet om te tonen. Noteer wel waar hij staat: welke app, welk account, welke link.
- Maak schermafbeeldingen van berichten en namen. Niet van de naaktfoto zelf.
- Meld de foto bij het platform. Gebruik ook Take It Down. Zo kan de foto geblokkeerd worden op deelnemende platformen.
- Bel Child Focus op 116 000. Zij helpen om beelden te laten verwijderen. Praat ook met de school.

## Praat erover, ook zonder problemen

Praat met je tiener over vertrouwen en toestemming. Een foto vragen mag, druk zetten niet. En een foto van iemand anders stuur je nooit door. Ook niet als grap.

## Hulp nodig?

Child Focus (116 000) helpt jou en je kind. Je kan ook klacht indienen bij de politie. Je kind kan anoniem praten met Awel op 102.""",
            "talk_prompts": [
                "Wat zou je doen als je een naaktfoto van iemand anders krijgt?",
                "Hoe weet je of iemand echt wil dat je een foto stuurt?",
                "Bij wie kan je terecht als er iets misloopt met een foto?",
            ],
        },
        "fr": {
            "title": "Une photo intime de votre ado circule. Comment l'aider",
            "summary": "Votre ado a envoyé une photo intime et elle circule. Votre enfant n'est pas coupable. Celui qui partage fait une faute. Voici comment aider.",
            "body": """Votre fils de quinze ans rentre en pleurant. Il a envoyé une photo de lui nu à sa copine. Maintenant, c'est fini entre eux. Et la photo circule à l'école.

## Que se passe-t-il ?

Certains jeunes envoient des photos sexy à quelqu'un en qui ils ont confiance. On appelle cela le sexting. Cela fait parfois partie d'une histoire d'amour. Le vrai problème, c'est quand quelqu'un partage la photo sans accord. La faute est à celui qui partage. Pas à votre enfant.

Votre enfant a sans doute très honte. Il a besoin de vous maintenant. Sans reproches.

## Que pouvez-vous faire ?

- Restez calme. Dites : « Merci de me le dire. Ce n'est pas ta faute. On va régler ça ensemble. »
- N'envoyez jamais la photo vous-même. Même pas pour la montrer. Notez où elle se trouve : quelle appli, quel compte, quel lien.
- Faites des captures d'écran des messages et des noms. Pas de la photo intime elle-même.
- Signalez la photo au réseau social. Utilisez aussi Take It Down. La photo peut alors être bloquée sur les plateformes qui participent.
- Appelez Child Focus au 116 000. Ils aident à faire retirer les images. Parlez aussi avec l'école.

## Parlez-en, même sans problème

Parlez avec votre ado de confiance et de consentement. Demander une photo, c'est permis. Mettre la pression, non. Et on ne partage jamais la photo de quelqu'un d'autre. Même pas pour rire.

## Besoin d'aide ?

Child Focus (116 000) vous aide, vous et votre enfant. Vous pouvez aussi porter plainte à la police. Votre enfant peut parler à Écoute-Enfants au 103. C'est gratuit.""",
            "talk_prompts": [
                "Que ferais-tu si tu recevais la photo intime de quelqu'un ?",
                "Comment sais-tu si quelqu'un veut vraiment t'envoyer une photo ?",
                "À qui peux-tu parler si ça tourne mal avec une photo ?",
            ],
        },
    },
    {
        "slug": "afpersing-met-naaktbeelden-sextortion",
        "themes": ["relations-sexuality"],
        "age_groups": ["13-15", "16-18"],
        "module": 2,
        "sources": [_CHILD_FOCUS, _TAKE_IT_DOWN, _POLICE, _AWEL, _ECOUTE],
        "nl": {
            "title": "Afpersing met naaktbeelden (sextortion): niet betalen, wel praten",
            "summary": "Iemand dreigt een naaktfoto van je kind te verspreiden als het niet betaalt. Betaal niet. Bewaar bewijs en vraag meteen hulp.",
            "body": """Je zoon van zestien leert online een meisje kennen. Ze is lief en grappig. Na een paar dagen vraagt ze een naaktfoto. Hij stuurt er een. Meteen krijgt hij een bericht: "Betaal 500 euro. Anders stuur ik deze foto naar al je vrienden."

## Wat gebeurt er?

Dit heet sextortion. Dat is afpersing met seksuele beelden. Achter het profiel zit vaak een oplichter met een vals profiel. Die wil geld of meer beelden. Het kan iedereen overkomen. Jongens en meisjes.

Je kind voelt zich nu bang en beschaamd. Het is een slachtoffer. Het heeft niets misdaan.

## Wat kan je doen?

- Zeg: "Goed dat je het vertelt. Jij bent niet schuldig. We lossen dit samen op."
- Betaal niet. Betalen stopt de afpersing meestal niet. Vaak vragen ze daarna nog meer.
- Stop elk contact. Antwoord niet meer. Maar wis niets.
- Bewaar bewijs: schermafbeeldingen van de chat, de profielnaam en de vraag om geld.
- Blokkeer en meld het profiel op het platform. Take It Down kan helpen om de foto te laten blokkeren op platformen die meedoen.

## Hulp nodig?

Bel meteen Child Focus op 116 000. Zij helpen je stap voor stap. Ook om beelden te laten verwijderen. Doe ook aangifte bij de politie. Neem het bewijs mee.

Je kind kan ook zelf praten met Awel op 102. Gratis en anoniem.

## Vooraf praten helpt

Vertel je tiener dat dit bestaat. Zeg dat het altijd bij jou terecht kan, zonder straf. Jongeren die dat weten, vragen sneller hulp.""",
            "talk_prompts": [
                "Wist je dat mensen online soms dreigen met foto's om geld te krijgen?",
                "Wat zou je doen als iemand jou zo onder druk zet?",
                "Weet je dat je altijd bij mij mag komen, ook als je een fout maakte?",
            ],
        },
        "fr": {
            "title": "Chantage avec des images intimes (sextorsion) : ne payez pas, parlez",
            "summary": "Quelqu'un menace de diffuser une photo intime de votre enfant s'il ne paie pas. Ne payez pas. Gardez des preuves et demandez vite de l'aide.",
            "body": """Votre fils de seize ans rencontre une fille en ligne. Elle est gentille et drôle. Après quelques jours, elle lui demande une photo de lui nu. Il l'envoie. Tout de suite, il reçoit un message : « Paie 500 euros. Sinon, j'envoie cette photo à tous tes amis. »

## Que se passe-t-il ?

C'est de la sextorsion. C'est du chantage avec des images sexuelles. Derrière le profil, il y a souvent un escroc avec un faux profil. Il veut de l'argent ou d'autres images. Cela peut arriver à tout le monde. Aux garçons comme aux filles.

Votre enfant a peur et il a honte. C'est une victime. Il n'a rien fait de mal.

## Que pouvez-vous faire ?

- Dites : « Tu as bien fait de me le dire. Ce n'est pas ta faute. On va régler ça ensemble. »
- Ne payez pas. Payer n'arrête souvent pas le chantage. Souvent, ils demandent encore plus après.
- Arrêtez tout contact. Ne répondez plus. Mais n'effacez rien.
- Gardez des preuves : captures d'écran du chat, du nom du profil et de la demande d'argent.
- Bloquez et signalez le profil sur le réseau social. Take It Down peut aider à faire bloquer la photo sur les plateformes qui participent.

## Besoin d'aide ?

Appelez tout de suite Child Focus au 116 000. Ils vous aident pas à pas. Aussi pour faire retirer les images. Portez aussi plainte à la police. Prenez les preuves avec vous.

Votre enfant peut aussi parler à Écoute-Enfants au 103. C'est gratuit.

## En parler avant, ça aide

Dites à votre ado que cela existe. Dites-lui qu'il peut toujours venir vers vous, sans punition. Les jeunes qui le savent demandent de l'aide plus vite.""",
            "talk_prompts": [
                "Tu savais que certains menacent avec des photos pour avoir de l'argent ?",
                "Que ferais-tu si quelqu'un te mettait la pression comme ça ?",
                "Tu sais que tu peux toujours venir vers moi, même après une erreur ?",
            ],
        },
    },
    {
        "slug": "eerste-afspraak-via-een-app",
        "themes": ["relations-sexuality"],
        "age_groups": ["16-18"],
        "module": 2,
        "sources": [_SENSOA, _JUSTICE, _CHILD_FOCUS, _AWEL, _ECOUTE],
        "nl": {
            "title": "Je tiener wil iemand van online ontmoeten: zo kan het veilig",
            "summary": "Online iemand leren kennen kan fijn zijn. Met een paar goede afspraken wordt een eerste ontmoeting veiliger.",
            "body": """Je dochter van zeventien chat al weken met een jongen. Ze leerde hem online kennen. Nu wil ze hem zaterdag ontmoeten. Je voelt je ongerust.

## Wat gebeurt er?

Veel jongeren leren online vrienden of een lief kennen. Via een game, sociale media of een app. Dat kan heel fijn zijn. Ook voor jongeren die op school moeilijk aansluiting vinden.

De meeste bekende datingapps zijn pas vanaf 18 jaar. Toch gebruiken sommige jongeren ze al eerder. Online weet je nooit helemaal zeker wie iemand is.

In België mag je vanaf 16 jaar zelf kiezen voor seks. Maar ja zeggen moet altijd vrij zijn. Je mag ook altijd stoppen of van gedachten veranderen. Iemand met gezag over een minderjarige, zoals een leerkracht of een trainer, mag nooit seks hebben met die jongere.

## Wat kan je doen?

- Verbied het niet meteen. Dan vertelt je tiener het je de volgende keer niet meer. Denk liever mee.
- Raad aan om eerst te videobellen. Zo zie je of de persoon echt is wie hij zegt.
- Eerste afspraak: op een drukke plaats, overdag. Niet bij iemand thuis.
- Laat je tiener iemand vertellen waar het is en met wie. Spreek een teken af als het niet goed voelt.
- Zorg voor eigen vervoer naar huis. Of beloof: "Bel me, ik kom je halen. Zonder vragen."

## Praat over respect

Een goede date zet geen druk. Niet om foto's te sturen. Niet om mee naar huis te gaan. Niet om seks te hebben. Nee zeggen is altijd oké.

## Hulp nodig?

Liep er iets mis? Blijf bij je kind en luister. Bij seksueel geweld of afpersing helpt Child Focus (116 000) of de politie. Je tiener kan praten met Awel op 102. Sensoa geeft uitleg over relaties en seks.""",
            "talk_prompts": [
                "Wat weet je al over deze persoon? Hoe ben je daar zeker van?",
                "Wat is voor jou een veilige eerste afspraak?",
                "Welk teken spreken we af als je wilt dat ik je kom halen?",
            ],
        },
        "fr": {
            "title": "Votre ado veut rencontrer quelqu'un d'internet : faire ça en sécurité",
            "summary": "Faire une rencontre en ligne peut être chouette. Avec quelques bonnes règles, un premier rendez-vous devient plus sûr.",
            "body": """Votre fille de dix-sept ans parle avec un garçon depuis des semaines. Elle l'a connu en ligne. Samedi, elle veut le voir en vrai. Vous êtes inquiet.

## Que se passe-t-il ?

Beaucoup de jeunes trouvent des amis ou un amoureux en ligne. Par un jeu, un réseau social ou une appli. Cela peut être très bien. Aussi pour les jeunes qui se sentent seuls à l'école.

La plupart des applis de rencontre connues sont pour les plus de 18 ans. Pourtant, certains jeunes les utilisent plus tôt. En ligne, on ne sait jamais tout à fait qui est l'autre.

En Belgique, à partir de 16 ans, on peut choisir soi-même d'avoir des relations sexuelles. Mais dire oui doit toujours être libre. On peut aussi toujours arrêter ou changer d'avis. Une personne qui a autorité sur un mineur, comme un professeur ou un entraîneur, ne peut jamais avoir de relations sexuelles avec ce jeune.

## Que pouvez-vous faire ?

- N'interdisez pas tout de suite. Sinon, votre ado ne vous dira plus rien la prochaine fois. Réfléchissez avec elle.
- Conseillez un appel vidéo avant. On voit alors si la personne est bien celle qu'elle dit.
- Premier rendez-vous : dans un lieu public, en journée. Pas chez l'autre.
- Demandez-lui de dire à quelqu'un où elle va et avec qui. Choisissez ensemble un signe si ça ne va pas.
- Prévoyez comment elle rentre. Ou promettez : « Appelle-moi, je viens te chercher. Sans questions. »

## Parlez de respect

Un bon rendez-vous ne met pas la pression. Pas pour envoyer des photos. Pas pour aller chez l'autre. Pas pour avoir des relations sexuelles. Dire non, c'est toujours permis.

## Besoin d'aide ?

Quelque chose s'est mal passé ? Restez près de votre enfant et écoutez. En cas de violence sexuelle ou de chantage, Child Focus (116 000) ou la police vous aident. Votre ado peut parler à Écoute-Enfants au 103. Un centre de planning familial répond aussi aux questions sur l'amour et le sexe.""",
            "talk_prompts": [
                "Que sais-tu déjà de cette personne ? Comment en es-tu sûre ?",
                "Pour toi, c'est quoi un premier rendez-vous sûr ?",
                "Quel signe on choisit si tu veux que je vienne te chercher ?",
            ],
        },
    },
    # ------------------------------------------------------------------
    # Internet and privacy
    # ------------------------------------------------------------------
    {
        "slug": "fotos-van-je-baby-online",
        "themes": ["privacy", "social-media"],
        "age_groups": ["0-5"],
        "module": 3,
        "sources": [_GBA, _APD, _CHILD_FOCUS, _MEDIAWIJS, _CSEM],
        "nl": {
            "title": "Foto's van je baby online zetten: slim delen",
            "summary": "Foto's delen met familie is fijn, zeker als ze ver weg wonen. Met een paar keuzes bescherm je de privacy van je kind.",
            "body": """Je baby zet haar eerste stapjes. Je bent trots. Je wilt het filmpje delen met de familie. Oma woont ver weg, in een ander land.

## Wat gebeurt er?

Foto's van je kinderen online delen heet ook "sharenting". Dat is een mengwoord van "share" (delen) en "parenting" (opvoeden). Het heeft mooie kanten. Familie ver weg kan zo meegenieten.

Maar een foto online blijft lang bestaan. Anderen kunnen hem opslaan. Soms vertelt een foto ook veel: de naam van je kind, de school, waar je woont. En later vindt je kind sommige foto's misschien niet leuk.

## Wat kan je doen?

- Deel in een kleine, gesloten groep. Bijvoorbeeld een familiegroep in je chat-app. Liever niet openbaar.
- Zet je profiel op privé. Kijk na wie je foto's kan zien.
- Toon geen naam, geboortedatum, adres of school. Let op een naambordje of schooluniform.
- Zet de locatie uit bij je foto's.
- Deel geen foto's van je kind in bad of bloot.

## Een kans

Vanaf dat je kind kan praten, kan je het betrekken. Vraag: "Mag ik deze foto aan oma sturen?" Zo leert je kind dat het zelf mag kiezen. Dat is een goede basis voor later, als het zelf online gaat.

## Hulp nodig?

Staat er een foto van je kind online die je weg wilt? Vraag het eerst aan wie hem plaatste. Of meld hem bij het platform. Helpt dat niet? De Gegevensbeschermingsautoriteit geeft uitleg over je rechten. Wordt een foto misbruikt? Bel Child Focus op 116 000.""",
            "talk_prompts": [
                "Mag ik deze foto aan oma sturen?",
                "Welke foto van jou vind je het mooist?",
                "Wie mag jouw foto's zien, denk je?",
            ],
        },
        "fr": {
            "title": "Mettre les photos de votre bébé en ligne : partager malin",
            "summary": "Partager des photos avec la famille fait plaisir, surtout quand elle habite loin. Quelques choix simples protègent la vie privée de votre enfant.",
            "body": """Votre bébé fait ses premiers pas. Vous êtes fier. Vous voulez partager la vidéo avec la famille. Mamie habite loin, dans un autre pays.

## Que se passe-t-il ?

Partager en ligne des photos de ses enfants s'appelle aussi le « sharenting ». C'est un mélange de deux mots anglais : « partager » et « être parent ». Il y a de beaux côtés. La famille qui vit loin peut suivre votre enfant.

Mais une photo en ligne reste longtemps. D'autres peuvent l'enregistrer. Parfois, une photo dit aussi beaucoup : le nom de l'enfant, l'école, l'endroit où vous vivez. Et plus tard, votre enfant n'aimera peut-être pas certaines photos.

## Que pouvez-vous faire ?

- Partagez dans un petit groupe fermé. Par exemple un groupe de famille sur votre appli de chat. Plutôt pas en public.
- Mettez votre profil en privé. Vérifiez qui peut voir vos photos.
- Ne montrez pas le nom, la date de naissance, l'adresse ou l'école. Attention à un nom écrit ou à un uniforme d'école.
- Coupez la localisation sur vos photos.
- Ne partagez pas de photos de votre enfant au bain ou tout nu.

## Une chance

Dès que votre enfant parle, vous pouvez lui demander son avis. « Je peux envoyer cette photo à mamie ? » Il apprend ainsi qu'il peut choisir. C'est une bonne base pour plus tard, quand il ira lui-même en ligne.

## Besoin d'aide ?

Une photo de votre enfant est en ligne et vous voulez la retirer ? Demandez d'abord à la personne qui l'a mise. Ou signalez-la au réseau social. Ça ne marche pas ? L'Autorité de protection des données explique vos droits. Une photo est utilisée de façon abusive ? Appelez Child Focus au 116 000.""",
            "talk_prompts": [
                "Je peux envoyer cette photo à mamie ?",
                "Quelle photo de toi tu préfères ?",
                "Qui peut voir tes photos, à ton avis ?",
            ],
        },
    },
    {
        "slug": "wat-is-prive-online",
        "themes": ["privacy", "gaming"],
        "age_groups": ["6-9"],
        "module": 3,
        "sources": [_MEDIAWIJS, _CSEM, _AWEL, _ECOUTE, _CHILD_FOCUS],
        "nl": {
            "title": "Wat is privé? Zo leer je je kind zijn gegevens te beschermen",
            "summary": "Jonge kinderen geven online snel hun naam, school of adres. Met een eenvoudige regel leer je wat privé blijft.",
            "body": """Je zoon van zeven speelt een spel op de tablet. Een andere speler vraagt: "Hoe heet je echt? Naar welke school ga je?" Je zoon wil vriendelijk zijn. Hij typt alles in.

## Wat gebeurt er?

Jonge kinderen vertrouwen mensen snel. Ze weten nog niet dat iemand online kan liegen. Ze weten ook niet welke gegevens privé zijn. Met een naam en een school kan iemand je kind terugvinden.

Goed nieuws: kinderen leren dit snel. Zeker als je het samen oefent.

## Wat is privé?

- Je volledige naam
- Je adres en je school
- Je telefoonnummer
- Foto's van jezelf of je huis
- Je wachtwoorden

## Wat kan je doen?

- Leer je kind de regel: "Vraagt iemand iets privé? Stop en vraag het aan mama of papa."
- Kies samen een schuilnaam voor spelletjes. Geen echte naam of geboortejaar.
- Installeer nieuwe apps en spelletjes samen. Kijk of er een chat is. Zet die uit als het kan.
- Laat je kind in de woonkamer spelen. Zo kan het je snel iets vragen.
- Prijs je kind als het iets komt vragen. Zo blijft het dat doen.

## Een kans

Samen spelen is leuk. Je leert het spel kennen. En je ziet meteen wat je kind online tegenkomt. Zo wordt privacy geen verbod, maar iets wat jullie samen doen.

## Hulp nodig?

Heeft je kind toch gegevens gegeven? Blokkeer en meld de speler in het spel. Zet het profiel op privé. Wordt je kind lastiggevallen of vraagt iemand foto's? Bel Child Focus op 116 000. Je kind kan ook praten met Awel op 102.""",
            "talk_prompts": [
                "Welke dingen over jou zijn privé?",
                "Wat doe je als iemand in een spel vraagt waar je woont?",
                "Welke schuilnaam wil jij in je spelletje?",
            ],
        },
        "fr": {
            "title": "C'est quoi, privé ? Apprenez à votre enfant à protéger ses infos",
            "summary": "Les jeunes enfants donnent vite leur nom, leur école ou leur adresse en ligne. Avec une règle simple, ils apprennent ce qui reste privé.",
            "body": """Votre fils de sept ans joue à un jeu sur la tablette. Un autre joueur demande : « Tu t'appelles comment en vrai ? Tu vas à quelle école ? » Votre fils veut être gentil. Il écrit tout.

## Que se passe-t-il ?

Les jeunes enfants font vite confiance. Ils ne savent pas encore qu'on peut mentir en ligne. Ils ne savent pas non plus ce qui est privé. Avec un nom et une école, quelqu'un peut retrouver votre enfant.

Bonne nouvelle : les enfants apprennent vite. Surtout si vous vous entraînez ensemble.

## Qu'est-ce qui est privé ?

- Son nom complet
- Son adresse et son école
- Son numéro de téléphone
- Des photos de lui ou de la maison
- Ses mots de passe

## Que pouvez-vous faire ?

- Apprenez-lui la règle : « Quelqu'un demande quelque chose de privé ? Stop, je demande à papa ou maman. »
- Choisissez ensemble un pseudo pour les jeux. Pas de vrai nom ni d'année de naissance.
- Installez ensemble les nouvelles applis et les jeux. Regardez s'il y a un chat. Coupez-le si c'est possible.
- Laissez votre enfant jouer au salon. Il peut ainsi vite vous poser une question.
- Félicitez-le quand il vient vous demander. Il continuera à le faire.

## Une chance

Jouer ensemble, c'est chouette. Vous découvrez le jeu. Et vous voyez tout de suite ce que votre enfant rencontre en ligne. La vie privée n'est plus une interdiction, mais quelque chose que vous faites ensemble.

## Besoin d'aide ?

Votre enfant a quand même donné des infos ? Bloquez et signalez le joueur dans le jeu. Mettez le profil en privé. Quelqu'un l'ennuie ou demande des photos ? Appelez Child Focus au 116 000. Votre enfant peut aussi parler à Écoute-Enfants au 103.""",
            "talk_prompts": [
                "Quelles choses sur toi sont privées ?",
                "Que fais-tu si quelqu'un dans un jeu demande où tu habites ?",
                "Quel pseudo veux-tu pour ton jeu ?",
            ],
        },
    },
    {
        "slug": "reclame-en-cookies-in-gratis-apps",
        "themes": ["privacy", "gaming"],
        "age_groups": ["6-9", "10-12"],
        "module": 3,
        "sources": [_GBA, _APD, _MEDIAWIJS, _CSEM],
        "nl": {
            "title": "Reclame en cookies: waarom gratis apps niet echt gratis zijn",
            "summary": "Gratis spelletjes verdienen geld met reclame en gegevens. Leer je kind reclame herkennen en cookies weigeren.",
            "body": """Je dochter van tien speelt een gratis spel. Om de paar minuten komt er reclame. "Klik hier voor gratis munten!" Op een website verschijnt een venster: "Cookies aanvaarden?" Ze klikt altijd op de grootste knop.

## Wat gebeurt er?

Veel apps en websites zijn gratis. Ze verdienen geld met reclame. En met gegevens over wat je doet. Zo kunnen ze reclame tonen die bij jou past.

Cookies zijn kleine bestanden die een website op je toestel zet. Sommige zijn nodig, bijvoorbeeld om je winkelmandje te onthouden. Andere volgen wat je doet, voor reclame. Voor die cookies moet een website je toestemming vragen.

Kinderen zien niet altijd wat reclame is. Zeker niet als het in een spel zit.

## Wat kan je doen?

- Leg uit: "Gratis betekent vaak dat je betaalt met je aandacht en je gegevens."
- Zoek samen naar woorden zoals "advertentie", "gesponsord" of "ad". Maak er een spelletje van.
- Leer je kind bij cookies te kiezen voor "weigeren" of "alleen noodzakelijke".
- Zet aankopen in apps uit, of vraag altijd een wachtwoord. Dat kan in de instellingen van de gsm of tablet.
- Kies waar het kan een kinderversie of een app zonder reclame.

## Een kans

Je kind leert zo kritisch kijken. Dat helpt later ook bij nepnieuws en oplichting. Kinderen vinden het vaak leuk om reclame te "betrappen".

## Hulp nodig?

Heeft je kind per ongeluk iets gekocht? Neem contact op met de winkel van de app. Vraag om terugbetaling. Heb je vragen over je gegevens en je rechten? Kijk op de website van de Gegevensbeschermingsautoriteit. Mediawijs geeft tips over reclame en kinderen.""",
            "talk_prompts": [
                "Hoe verdient dit spel geld, denk je?",
                "Zie jij waar de reclame zit op dit scherm?",
                "Wat klik je als een website vraagt om cookies?",
            ],
        },
        "fr": {
            "title": "Pubs et cookies : pourquoi les applis gratuites ne sont pas vraiment gratuites",
            "summary": "Les jeux gratuits gagnent de l'argent avec la pub et les données. Apprenez à votre enfant à repérer la pub et à refuser les cookies.",
            "body": """Votre fille de dix ans joue à un jeu gratuit. Toutes les deux minutes, il y a une pub. « Clique ici pour des pièces gratuites ! » Sur un site, une fenêtre s'ouvre : « Accepter les cookies ? » Elle clique toujours sur le plus grand bouton.

## Que se passe-t-il ?

Beaucoup d'applis et de sites sont gratuits. Ils gagnent de l'argent avec la pub. Et avec des données sur ce que vous faites. Ils peuvent ainsi montrer des pubs qui vous plaisent.

Les cookies sont de petits fichiers qu'un site met sur votre appareil. Certains sont utiles, par exemple pour garder votre panier d'achats. D'autres suivent ce que vous faites, pour la pub. Pour ces cookies-là, le site doit vous demander votre accord.

Les enfants ne voient pas toujours ce qui est de la pub. Surtout dans un jeu.

## Que pouvez-vous faire ?

- Expliquez : « Gratuit veut souvent dire qu'on paie avec son temps et ses données. »
- Cherchez ensemble les mots « publicité », « sponsorisé » ou « ad ». Faites-en un jeu.
- Apprenez-lui à choisir « refuser » ou « seulement les cookies nécessaires ».
- Bloquez les achats dans les applis, ou demandez toujours un mot de passe. C'est possible dans les réglages du GSM ou de la tablette.
- Quand c'est possible, prenez une version pour enfants ou une appli sans pub.

## Une chance

Votre enfant apprend à avoir un regard critique. Cela l'aidera plus tard face aux fausses infos et aux arnaques. Les enfants aiment souvent « attraper » la pub.

## Besoin d'aide ?

Votre enfant a acheté quelque chose par erreur ? Contactez le magasin d'applis. Demandez un remboursement. Vous avez des questions sur vos données et vos droits ? Allez sur le site de l'Autorité de protection des données. Le CSEM donne des conseils sur la pub et les enfants.""",
            "talk_prompts": [
                "Comment ce jeu gagne de l'argent, à ton avis ?",
                "Tu vois où est la pub sur cet écran ?",
                "Sur quoi tu cliques quand un site parle de cookies ?",
            ],
        },
    },
    {
        "slug": "digitale-toestemming-vanaf-13",
        "themes": ["privacy", "social-media"],
        "age_groups": ["10-12", "13-15"],
        "module": 3,
        "sources": [_GBA, _APD, _MEDIAWIJS, _CSEM],
        "nl": {
            "title": "Je kind wil een account: wat betekent 'vanaf 13 jaar'?",
            "summary": "In België beslist een kind vanaf 13 jaar zelf over veel apps die zijn gegevens gebruiken. Daaronder moet jij toestemming geven.",
            "body": """Je dochter van elf wil een account op een sociaal netwerk. Al haar vriendinnen hebben er een. De app vraagt haar geboortedatum. Ze vraagt: "Mag ik gewoon 2000 invullen?"

## Wat gebeurt er?

Veel apps gebruiken gegevens van hun gebruikers. Vaak vragen ze daarvoor toestemming. In België mag een kind die toestemming vanaf 13 jaar zelf geven. Dat staat in de wet van 30 juli 2018 (artikel 7). Is je kind jonger dan 13? Dan moet jij als ouder toestemming geven.

Veel sociale netwerken zijn ook pas vanaf 13 jaar. Kinderen liegen soms over hun leeftijd. Dan zien ze soms dingen die niet bij hun leeftijd passen. En de extra bescherming voor jonge gebruikers werkt dan niet.

## Wat kan je doen?

- Praat eerst samen. Waarom wil je kind die app? Om met vriendinnen te praten? Zijn er andere manieren?
- Vul de echte leeftijd in. Leg uit waarom dat belangrijk is.
- Zet het account samen op privé. Kijk wie berichten mag sturen.
- Bekijk samen welke gegevens de app vraagt. Zet locatie, contacten en microfoon uit als het niet nodig is.
- Vanaf 13 jaar beslist je kind meer zelf. Blijf toch praten en af en toe samen kijken.

## Een kans

Sociale media kunnen leuk en leerrijk zijn. Je kind blijft zo in contact met vrienden en familie. En het leert hoe het online zichzelf kan zijn. Als jij erbij betrokken bent, leert het dat veiliger.

## Hulp nodig?

Vragen over je rechten en die van je kind? De Gegevensbeschermingsautoriteit legt het uit. Mediawijs helpt je om samen goede afspraken te maken.""",
            "talk_prompts": [
                "Waarom wil je deze app graag?",
                "Wie mag jouw berichten en foto's zien?",
                "Welke afspraken willen we samen maken?",
            ],
        },
        "fr": {
            "title": "Votre enfant veut un compte : que veut dire « à partir de 13 ans » ?",
            "summary": "En Belgique, dès 13 ans, un enfant décide lui-même pour beaucoup d'applis qui utilisent ses données. Avant, c'est vous qui donnez l'accord.",
            "body": """Votre fille de onze ans veut un compte sur un réseau social. Toutes ses copines en ont un. L'appli demande sa date de naissance. Elle dit : « Je peux juste mettre 2000 ? »

## Que se passe-t-il ?

Beaucoup d'applis utilisent les données de leurs utilisateurs. Souvent, elles demandent pour cela un accord. En Belgique, un enfant peut donner cet accord lui-même dès 13 ans. C'est dans la loi du 30 juillet 2018 (article 7). Votre enfant a moins de 13 ans ? Alors c'est vous, le parent, qui donnez votre accord.

Beaucoup de réseaux sociaux sont aussi à partir de 13 ans. Les enfants mentent parfois sur leur âge. Ils voient alors parfois des choses qui ne sont pas de leur âge. Et la protection en plus pour les jeunes ne marche plus.

## Que pouvez-vous faire ?

- Parlez d'abord ensemble. Pourquoi veut-elle cette appli ? Pour parler avec ses copines ? Y a-t-il d'autres moyens ?
- Mettez le vrai âge. Expliquez pourquoi c'est important.
- Mettez le compte en privé ensemble. Regardez qui peut envoyer des messages.
- Regardez ensemble quelles données l'appli demande. Coupez la localisation, les contacts et le micro si ce n'est pas utile.
- Dès 13 ans, votre enfant décide plus lui-même. Continuez quand même à parler et à regarder ensemble de temps en temps.

## Une chance

Les réseaux sociaux peuvent être chouettes et utiles. Votre enfant garde le contact avec ses amis et sa famille. Il apprend aussi à être lui-même en ligne. Si vous êtes là, il l'apprend plus sûrement.

## Besoin d'aide ?

Des questions sur vos droits et ceux de votre enfant ? L'Autorité de protection des données les explique. Le CSEM vous aide à fixer de bonnes règles ensemble.""",
            "talk_prompts": [
                "Pourquoi veux-tu cette appli ?",
                "Qui peut voir tes messages et tes photos ?",
                "Quelles règles on se fixe ensemble ?",
            ],
        },
    },
    {
        "slug": "sterke-wachtwoorden",
        "themes": ["privacy", "gaming"],
        "age_groups": ["10-12", "13-15"],
        "module": 3,
        "sources": [_SAFEONWEB, _MEDIAWIJS, _CSEM],
        "nl": {
            "title": "Sterke wachtwoorden: zo beschermt je kind zijn accounts",
            "summary": "Een zwak of gedeeld wachtwoord maakt het makkelijk om een account over te nemen. Met een wachtzin en een extra code is je kind beter beschermd.",
            "body": """Je zoon van twaalf gebruikt overal hetzelfde wachtwoord: "voetbal123". Hij gaf het ook aan een vriend. Die logde in op zijn game-account. Alle items van je zoon zijn weg.

## Wat gebeurt er?

Een wachtwoord is de sleutel van een account. Is het kort of makkelijk te raden? Dan kan iemand anders binnen. Gebruik je overal hetzelfde? Dan zijn alle accounts in gevaar als er één lekt.

Kinderen delen wachtwoorden soms uit vriendschap. Dat is lief bedoeld. Maar vriendschappen veranderen.

## Wat kan je doen?

- Maak een wachtzin. Dat is een lange zin die je makkelijk onthoudt. Bijvoorbeeld: "Mijn kat eet graag vis op vrijdag!"
- Gebruik een ander wachtwoord voor elk belangrijk account. Zeker voor mail en sociale media.
- Zet tweestapsverificatie aan. Dan heb je naast je wachtwoord nog een code nodig, bijvoorbeeld via sms of een app.
- Spreek af: een wachtwoord deel je met niemand. Alleen met je ouders.
- Gebruik een wachtwoordbeheerder. Of schrijf wachtwoorden op in een boekje dat thuis veilig ligt.

## Een kans

Doe het samen met je kind. Vaak weten kinderen goed hoe hun apps werken. Jij weet waarom veiligheid belangrijk is. Samen zijn jullie een sterk team. Misschien maak je ook meteen je eigen wachtwoorden sterker.

## Hulp nodig?

Is een account gehackt? Verander meteen het wachtwoord, ook op andere accounts met hetzelfde wachtwoord. Zet tweestapsverificatie aan. Neem contact op met de hulpdienst van de app of het spel. Waarschuw vrienden voor vreemde berichten. Safeonweb geeft meer uitleg.""",
            "talk_prompts": [
                "Welke wachtzin zou jij makkelijk onthouden?",
                "Heb je je wachtwoord al eens aan iemand gegeven?",
                "Wat doen we als iemand in je account zit?",
            ],
        },
        "fr": {
            "title": "Des mots de passe solides pour protéger les comptes de votre enfant",
            "summary": "Un mot de passe faible ou partagé rend un compte facile à voler. Avec une phrase de passe et un code en plus, votre enfant est mieux protégé.",
            "body": """Votre fils de douze ans a le même mot de passe partout : « foot123 ». Il l'a aussi donné à un copain. Ce copain est entré dans son compte de jeu. Tous les objets de votre fils ont disparu.

## Que se passe-t-il ?

Un mot de passe est la clé d'un compte. Il est court ou facile à deviner ? Alors quelqu'un d'autre peut entrer. Vous utilisez le même partout ? Si l'un d'eux est volé, tous les comptes sont en danger.

Les enfants partagent parfois leur mot de passe par amitié. C'est gentil. Mais les amitiés changent.

## Que pouvez-vous faire ?

- Créez une phrase de passe. C'est une longue phrase facile à retenir. Par exemple : « Mon chat mange du poisson le vendredi ! »
- Prenez un autre mot de passe pour chaque compte important. Surtout pour le mail et les réseaux sociaux.
- Activez la vérification en deux étapes. Il faut alors un code en plus du mot de passe, par exemple par SMS ou dans une appli.
- Mettez-vous d'accord : on ne donne son mot de passe à personne. Seulement aux parents.
- Utilisez un gestionnaire de mots de passe. Ou notez-les dans un carnet bien rangé à la maison.

## Une chance

Faites-le avec votre enfant. Souvent, les enfants savent bien comment marchent leurs applis. Vous savez pourquoi la sécurité compte. Ensemble, vous faites une bonne équipe. Vous pouvez aussi en profiter pour changer vos propres mots de passe.

## Besoin d'aide ?

Un compte a été piraté ? Changez vite le mot de passe. Aussi sur les autres comptes qui ont le même. Activez la vérification en deux étapes. Contactez le service d'aide de l'appli ou du jeu. Prévenez les amis s'ils reçoivent des messages bizarres. Safeonweb donne plus d'infos.""",
            "talk_prompts": [
                "Quelle phrase de passe tu retiendrais facilement ?",
                "Tu as déjà donné ton mot de passe à quelqu'un ?",
                "Que fait-on si quelqu'un entre dans ton compte ?",
            ],
        },
    },
    {
        "slug": "valse-berichten-phishing",
        "themes": ["privacy"],
        "age_groups": ["13-15", "16-18"],
        "module": 3,
        "sources": [_SAFEONWEB, _CARD_STOP, _POLICE],
        "nl": {
            "title": "Valse berichten (phishing): samen leren herkennen",
            "summary": "Oplichters sturen valse sms'jes en berichten om codes of geld te stelen. Zo herkennen jij en je tiener ze, en zo reageer je.",
            "body": """Je dochter van zestien krijgt een sms: "Je pakje wacht op je. Betaal 1,99 euro via deze link." Ze wacht inderdaad op een pakje. Ze klikt bijna.

## Wat gebeurt er?

Dit heet phishing. Oplichters sturen valse berichten. Ze doen zich voor als een bank, een koerier, de overheid of een vriend. Ze willen je codes, je gegevens of je geld.

Je herkent phishing vaak aan:

- Haast of angst: "Vandaag nog!" of "Je account wordt geblokkeerd."
- Een vreemde link of een raar afzenderadres.
- Een vraag naar codes, wachtwoorden of bankgegevens.
- Een bericht dat je niet verwachtte.

## Wat kan je doen?

- Klik niet op de link. Open zelf de officiële app of website om te controleren.
- Geef nooit codes of wachtwoorden door via een bericht of telefoon.
- Stuur verdachte berichten door naar suspicious@safeonweb.be. Wis ze daarna.
- Twijfel je over een bericht van een vriend? Bel die persoon gewoon op.

## Een kans

Jongeren leren dit vaak snel. Ze kunnen ook anderen helpen. Vraag je tiener om samen met opa of oma te oefenen. Zo help je elkaar.

## Hulp nodig?

Heb je toch op een link geklikt en codes gegeven? Handel meteen. Bel je bank. Of blokkeer je kaart via Card Stop op 078 170 170. Verander je wachtwoorden. Ben je geld kwijt? Doe aangifte bij de politie. Op safeonweb.be vind je meer uitleg.""",
            "talk_prompts": [
                "Heb jij al eens een vreemd bericht gekregen? Wat stond erin?",
                "Hoe zie je dat een bericht vals is?",
                "Wil je samen met oma oefenen om valse berichten te herkennen?",
            ],
        },
        "fr": {
            "title": "Faux messages (phishing) : apprendre à les repérer ensemble",
            "summary": "Des escrocs envoient de faux SMS et messages pour voler des codes ou de l'argent. Voici comment vous et votre ado pouvez les repérer et réagir.",
            "body": """Votre fille de seize ans reçoit un SMS : « Votre colis vous attend. Payez 1,99 euro via ce lien. » Elle attend justement un colis. Elle clique presque.

## Que se passe-t-il ?

C'est du phishing, ou hameçonnage. Des escrocs envoient de faux messages. Ils se font passer pour une banque, un livreur, l'État ou un ami. Ils veulent vos codes, vos données ou votre argent.

On reconnaît souvent le phishing à :

- L'urgence ou la peur : « Aujourd'hui ! » ou « Votre compte sera bloqué. »
- Un lien étrange ou une adresse bizarre.
- Une demande de codes, de mots de passe ou de données bancaires.
- Un message que vous n'attendiez pas.

## Que pouvez-vous faire ?

- Ne cliquez pas sur le lien. Ouvrez vous-même l'appli ou le site officiel pour vérifier.
- Ne donnez jamais de codes ou de mots de passe par message ou au téléphone.
- Envoyez les messages suspects à suspicious@safeonweb.be. Puis effacez-les.
- Un doute sur le message d'un ami ? Appelez simplement cette personne.

## Une chance

Les jeunes apprennent souvent vite. Ils peuvent aussi aider les autres. Demandez à votre ado de s'entraîner avec papy ou mamie. Vous vous aidez les uns les autres.

## Besoin d'aide ?

Vous avez cliqué et donné des codes ? Agissez tout de suite. Appelez votre banque. Ou bloquez votre carte via Card Stop au 078 170 170. Changez vos mots de passe. Vous avez perdu de l'argent ? Portez plainte à la police. Sur safeonweb.be, vous trouvez plus d'infos.""",
            "talk_prompts": [
                "Tu as déjà reçu un message bizarre ? Qu'est-ce qu'il disait ?",
                "Comment vois-tu qu'un message est faux ?",
                "Tu veux apprendre à mamie à repérer les faux messages ?",
            ],
        },
    },
    {
        "slug": "locatie-delen-met-vrienden-en-ouders",
        "themes": ["privacy", "social-media"],
        "age_groups": ["13-15", "16-18"],
        "module": 3,
        "sources": [_MEDIAWIJS, _CSEM, _AWEL, _ECOUTE, _POLICE],
        "nl": {
            "title": "Locatie delen: handig, maar met wie?",
            "summary": "Apps tonen soms live waar je tiener is. Dat is handig, maar niet altijd veilig. Zo maak je samen goede keuzes.",
            "body": """Je zoon van veertien toont je een kaart in een app. Je ziet al zijn vrienden staan. Ook waar ze wonen. Je vraagt je af: kunnen anderen dan ook zien waar hij is? En moet jij zijn locatie volgen?

## Wat gebeurt er?

Veel apps kunnen je locatie delen. Soms live, soms bij een foto of bericht. Dat heeft voordelen. Vrienden spreken makkelijk af. Ouders weten of hun kind veilig thuis is.

Maar er zijn ook risico's. Soms ziet een grote groep waar je woont of naar school gaat. Ook mensen die je niet goed kent. Een ex-vriend kan je blijven volgen.

Ouders die hun kind altijd volgen, kunnen ook vertrouwen kapotmaken. Zeker als het stiekem gebeurt.

## Wat kan je doen?

- Kijk samen in de instellingen van elke app. Wie kan de locatie zien? Kies voor "alleen ik" of enkel goede vrienden.
- Zet locatie uit voor de camera. Dan staat je plaats niet in je foto's.
- Geef apps alleen toegang tot je locatie als het echt nodig is. Bijvoorbeeld tijdens het gebruik.
- Wil je een app om je kind te volgen? Bespreek het open. Nooit stiekem. Spreek af wanneer en waarom.
- Kijk elk jaar opnieuw. Een tiener van zestien heeft meer vrijheid nodig dan een kind van twaalf.

## Een kans

Goede afspraken geven rust. Aan jou en aan je kind. Je tiener leert zelf kiezen wat het deelt. Dat is een vaardigheid voor het leven.

## Hulp nodig?

Voelt je kind zich gevolgd of bedreigd? Maak schermafbeeldingen en blokkeer de persoon. Praat met de politie. Je kind kan ook praten met Awel op 102.""",
            "talk_prompts": [
                "Wie kan zien waar jij nu bent?",
                "Wanneer vind jij het handig dat ik weet waar je bent?",
                "Welke afspraak over locatie voelt eerlijk voor ons allebei?",
            ],
        },
        "fr": {
            "title": "Partager sa localisation : pratique, mais avec qui ?",
            "summary": "Certaines applis montrent en direct où est votre ado. C'est pratique, mais pas toujours sûr. Voici comment faire de bons choix ensemble.",
            "body": """Votre fils de quatorze ans vous montre une carte dans une appli. Vous voyez tous ses amis. Et aussi où ils habitent. Vous vous demandez : d'autres peuvent-ils voir où il est ? Et faut-il suivre sa position vous aussi ?

## Que se passe-t-il ?

Beaucoup d'applis peuvent partager votre position. Parfois en direct, parfois avec une photo ou un message. Il y a des avantages. Les amis se retrouvent facilement. Les parents savent si leur enfant est bien rentré.

Mais il y a aussi des risques. Parfois, un grand groupe voit où vous habitez ou où est votre école. Aussi des gens que vous connaissez mal. Un ancien ami peut continuer à vous suivre.

Les parents qui suivent toujours leur enfant peuvent aussi abîmer la confiance. Surtout si c'est en cachette.

## Que pouvez-vous faire ?

- Regardez ensemble les réglages de chaque appli. Qui voit la position ? Choisissez « moi seul » ou seulement les vrais amis.
- Coupez la localisation pour l'appareil photo. Le lieu ne sera plus dans les photos.
- Donnez l'accès à la position seulement si c'est vraiment utile. Par exemple pendant l'usage de l'appli.
- Vous voulez une appli pour suivre votre enfant ? Parlez-en ouvertement. Jamais en cachette. Décidez ensemble quand et pourquoi.
- Revoyez cela chaque année. Un ado de seize ans a besoin de plus de liberté qu'un enfant de douze ans.

## Une chance

De bonnes règles rassurent. Vous et votre enfant. Votre ado apprend à choisir ce qu'il partage. C'est utile toute la vie.

## Besoin d'aide ?

Votre enfant se sent suivi ou menacé ? Faites des captures d'écran et bloquez la personne. Parlez à la police. Votre enfant peut aussi parler à Écoute-Enfants au 103.""",
            "talk_prompts": [
                "Qui peut voir où tu es maintenant ?",
                "Quand trouves-tu pratique que je sache où tu es ?",
                "Quelle règle sur la localisation est juste pour nous deux ?",
            ],
        },
    },
]
