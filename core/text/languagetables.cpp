// The word lists of every language the text pipeline reads: one table per language, nothing
// about a language anywhere else. Stop words follow the Snowball project's lists, without the
// words that carry meaning for an NPS answer (negators, intensifiers, "but"), which have their
// own lists, and with the light verbs (go, come, take, give, keep…), which say nothing of a
// topic: "went the extra mile" is about the extra mile, "the price went up" about the price,
// and "went" alone is no theme. The sentiment lexicon is small and hand-made for survey answers:
// service, price, delivery, support, product; "word:2" weighs double, "word:0" is neutral but can
// be "too much" ("te lang", "too long"). The concepts name the same topics in each language,
// under one English key.

#include "text/language.h"

namespace {

const LanguageProfile Dutch{
    Language::Dutch,
    "nl",
    "dutch",
    // stop words
    "de en van ik te dat die in een hij het zijn is was op aan met als voor had er om hem dan "
    "zou of wat mijn m'n men dit door over ze zich bij ook tot je jij jou jouw mij uit der daar "
    "haar naar heb hebt hoe heeft hebben deze u want nog zal me zij nu ge omdat iets worden toch "
    "al waren meer doen toen moet moest ben bent kan kon kun kunt hun dus alles onder ja eens hier "
    "wie werd altijd doch wordt wezen kunnen ons onze zelf tegen na reeds wil wilde uw iemand "
    "geweest andere ander we wij jullie 't 'n elke ieder alle wel even weer steeds gewoon "
    "waar waarom wanneer welke welk zo'n zou zouden mag mocht mogen moeten willen gaan gaat ging "
    "word waarbij daarom daarna daarbij daardoor hierdoor ok oke nou hè hé alles iets "
    "niks wat dingen ding manier maken maakt gemaakt vind vindt vinden eigenlijk zeker "
    "mogelijk keer keren twee drie vier vijf zes zeven acht negen tien honderd dag dagen "
    "week weken maand maanden jaar jaren uur uren minuut minuten kwartier seconde gisteren "
    "vandaag morgen vorige afgelopen maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag januari februari maart april mei juni juli augustus september oktober november "
    "december zomer winter opnieuw alweer vaak soms telkens meestal nog eerst eerste "
    "gegaan gingen komen komt kwam kwamen gekomen nemen neemt nam namen genomen geven geeft "
    "gaf gaven gegeven houden houdt hield hielden gehouden zoals",
    // negators
    "niet geen nooit niets zonder nergens niemand",
    // intensifiers
    "erg zeer heel echt super enorm ontzettend hartstikke behoorlijk flink bijzonder "
    "uiterst extreem totaal volledig helemaal werkelijk veel",
    // excess
    "te",
    // contrasts
    "maar echter alleen",
    // positive
    "goed:1 goede:1 prima:1 fijn:1 fijne:1 top:2 uitstekend:2 uitstekende:2 geweldig:2 "
    "geweldige:2 perfect:2 perfecte:2 super:1 tevreden:1 blij:1 snel:1 snelle:1 vlot:1 vlotte:1 "
    "vriendelijk:1 vriendelijke:1 behulpzaam:1 behulpzame:1 duidelijk:1 duidelijke:1 "
    "handig:1 handige:1 makkelijk:1 makkelijke:1 gemakkelijk:1 eenvoudig:1 eenvoudige:1 "
    "betrouwbaar:1 betrouwbare:1 eerlijk:1 eerlijke:1 correct:1 correcte:1 netjes:1 "
    "professioneel:1 professionele:1 aanrader:2 aanbevelen:1 aanraden:1 topservice:2 "
    "klantvriendelijk:1 klantvriendelijke:1 goedkoop:1 goedkope:1 voordelig:1 voordelige:1 "
    "mooi:1 mooie:1 leuk:1 leuke:1 lekker:1 heerlijk:2 bedankt:1 dank:1 dankjewel:1 "
    "opgelost:1 geholpen:1 meedenken:1 attent:1 vakkundig:1 vakkundige:1 "
    "overzichtelijk:1 overzichtelijke:1 stabiel:1 stabiele:1 fantastisch:2 fantastische:2 "
    "uitmuntend:2 voortreffelijk:2 beste:2 heldere:1 helder:1 soepel:1 soepele:1 "
    "gezellig:1 cadeautje:1 verrassing:1 waardering:1 lang:0 lange:0 hoog:0 hoge:0 "
    "veel:0 duur:-1 laat:0 klein:0 kleine:0 moeilijk:-1 ingewikkeld:-1",
    // negative
    "slecht:-1 slechte:-1 waardeloos:-2 waardeloze:-2 verschrikkelijk:-2 vreselijk:-2 "
    "belachelijk:-2 teleurgesteld:-1 teleurstellend:-1 teleurstellende:-1 teleurstelling:-1 "
    "onvriendelijk:-1 onvriendelijke:-1 onbeleefd:-1 traag:-1 trage:-1 langzaam:-1 "
    "duur:-1 dure:-1 prijzig:-1 prijzige:-1 onduidelijk:-1 onduidelijke:-1 fout:-1 fouten:-1 "
    "foutief:-1 foute:-1 probleem:-1 problemen:-1 klacht:-1 klachten:-1 storing:-1 storingen:-1 "
    "kapot:-1 crasht:-1 crash:-1 vastlopen:-1 loopt:0 gestegen:-1 verhoogd:-1 stijging:-1 "
    "ontevreden:-1 boos:-1 frustrerend:-1 gefrustreerd:-1 ergerlijk:-1 irritant:-1 "
    "rommelig:-1 ingewikkeld:-1 ingewikkelde:-1 moeilijk:-1 lastig:-1 omslachtig:-1 "
    "wacht:-1 wachten:-1 wachttijd:-1 wachttijden:-1 gewacht:-1 overstappen:-1 opzeggen:-1 "
    "opgezegd:-1 helaas:-1 jammer:-1 matig:-1 matige:-1 onbetrouwbaar:-1 "
    "onbetrouwbare:-1 oplichting:-2 schandalig:-2 drama:-2 ramp:-2 rampzalig:-2 "
    "onbereikbaar:-1 onvoldoende:-1 klopte:1 klopt:1 werkt:1 gedoe:-1 verkeerd:-1 verkeerde:-1 "
    "vergeten:-1 kwijt:-1 beschadigd:-1 onacceptabel:-2 onbegrijpelijk:-1 chaos:-1 "
    "chaotisch:-1 incompetent:-2 lui:-1 arrogant:-1 ongeduldig:-1 laat:0",
    // concepts
    "delivery: levering leveringen bezorging bezorgd bezorgen geleverd leveren zending; "
    "billing: factuur facturen rekening rekeningen jaarafrekening afrekening facturatie; "
    "price: prijs prijzen tarief tarieven kosten; "
    "waiting: wachten wachttijd wachttijden gewacht wachtrij; "
    "staff: medewerker medewerkers medewerkster personeel; "
    "support: klantenservice klantendienst helpdesk; "
    "app: app apps; "
    "website: website webpagina; "
    "outage: storing storingen; "
    "complaint: klacht klachten; "
    "subscription: abonnement abonnementen contract; "
    "refund: terugbetaling terugstorting; "
    "quality: kwaliteit",
    true,
};

const LanguageProfile English{
    Language::English,
    "en",
    "english",
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves what which "
    "who whom this that these those am is are was were be been being have has had having do "
    "does did doing would should could ought i'm you're he's she's it's we're they're i've "
    "you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll "
    "they'll let's that's who's what's here's there's when's where's why's how's a an the and "
    "if or because as until while of at by for with about against between into through during "
    "before after above below to from up down in out on off over under again further then once "
    "here there when where why how all any both each few more most other some such only own "
    "same so than can will just now also get got gets getting one us etc i've lot lots "
    "thing things way ways much many even still ever always yet may might must shall "
    "every everything anything something nothing someone anyone everyone else make makes "
    "made making need needs want wants wanted feel feels felt kind sort stuff able "
    "go goes going went gone come comes came coming take takes took taken give gives gave "
    "given keep keeps kept put puts seem seems seemed "
    "well also overall though etc lot bit time times two three four five six seven eight nine ten "
    "hundred twice once day days week weeks month months year years hour hours minute "
    "minutes yesterday today tomorrow last monday tuesday wednesday thursday friday "
    "saturday sunday january february march april june july august september october "
    "november december summer winter often sometimes usually constantly first ages while "
    "almost",
    "not no never nothing without nobody none neither nor don't doesn't didn't isn't aren't "
    "wasn't weren't won't wouldn't can't cannot couldn't shouldn't haven't hasn't hadn't "
    "ain't dont doesnt didnt isnt wasnt cant wont",
    "very really extremely super so incredibly highly totally absolutely quite truly "
    "completely especially particularly exceptionally",
    "too",
    "but however although though except",
    "good:1 great:2 excellent:2 amazing:2 awesome:2 fantastic:2 perfect:2 wonderful:2 "
    "outstanding:2 superb:2 brilliant:2 best:2 better:1 nice:1 fine:1 happy:1 pleased:1 "
    "satisfied:1 love:2 loved:2 loves:2 like:1 liked:1 enjoy:1 enjoyed:1 fast:1 quick:1 "
    "quickly:1 prompt:1 speedy:1 friendly:1 helpful:1 polite:1 courteous:1 "
    "knowledgeable:1 professional:1 clear:1 easy:1 easily:1 simple:1 convenient:1 intuitive:1 "
    "reliable:1 fair:1 reasonable:1 affordable:1 cheap:1 recommend:1 recommended:1 thank:1 "
    "thanks:1 solved:1 resolved:1 fixed:1 smooth:1 seamless:1 efficient:1 flexible:1 "
    "powerful:1 useful:1 free:1 welcoming:1 supportive:1 engaging:1 informative:1 fun:1 "
    "interesting:1 impressive:1 clean:1 stable:1 beautiful:1 elegant:1 consistent:1 "
    "accurate:1 responsive:1 attentive:1 patient:1 enthusiastic:1 valuable:1 worth:1 "
    "excited:1 glad:1 surprise:1 works:1 worked:1 work:1 answered:1 replied:1 responded:1 "
    "notice:1 long:0 high:0 many:0 much:0 late:-1 "
    "expensive:-1 small:0 hard:-1 complicated:-1",
    "bad:-1 poor:-1 terrible:-2 awful:-2 horrible:-2 worst:-2 worse:-1 disappointing:-1 "
    "disappointed:-1 rude:-1 unfriendly:-1 unhelpful:-1 slow:-1 slowly:-1 late:-1 delayed:-1 "
    "delay:-1 delays:-1 expensive:-1 pricey:-1 overpriced:-1 costly:-1 confusing:-1 "
    "confused:-1 unclear:-1 difficult:-1 hard:-1 complicated:-1 frustrating:-1 frustrated:-1 "
    "annoying:-1 annoyed:-1 angry:-1 upset:-1 unhappy:-1 problem:-1 problems:-1 issue:-1 "
    "issues:-1 error:-1 errors:-1 bug:-1 bugs:-1 buggy:-1 broken:-1 crash:-1 crashes:-1 "
    "crashed:-1 fail:-1 fails:-1 failed:-1 failure:-1 outage:-1 outages:-1 wrong:-1 "
    "mistake:-1 mistakes:-1 complaint:-1 complaints:-1 waited:-1 waiting:-1 wait:-1 "
    "hate:-2 hated:-2 dislike:-1 useless:-2 unreliable:-1 inconsistent:-1 messy:-1 "
    "clunky:-1 cumbersome:-1 steep:-1 painful:-1 ugly:-1 lacking:-1 lack:-1 missing:-1 "
    "cancel:-1 cancelled:-1 switch:0 unacceptable:-2 ridiculous:-2 scam:-2 lost:-1 "
    "damaged:-1 charged:0 overcharged:-1 unfortunately:-1 boring:-1 tedious:-1 "
    "obscure:-1 cryptic:-1 weird:-1 quirky:-1 verbose:-1 tedious:-1 limited:-1 "
    "incompetent:-2 ignored:-1 nobody:-1",
    // concepts
    "delivery: delivery deliveries delivered shipping shipment; "
    "billing: invoice invoices invoiced billing bill bills; "
    "price: price prices pricing cost costs; "
    "waiting: wait waiting waited; "
    "staff: staff agent agents employee employees representative; "
    "support: support helpdesk; "
    "app: app apps; "
    "website: website; "
    "outage: outage outages; "
    "complaint: complaint complaints; "
    "subscription: subscription subscriptions contract; "
    "refund: refund refunds refunded; "
    "quality: quality",
};

const LanguageProfile German{
    Language::German,
    "de",
    "german",
    "alle allem allen aller alles als also am an ander andere anderem anderen anderer "
    "anderes anderm andern anders auch auf aus bei bin bis bist da damit dann der den des dem "
    "die das dass daß derselbe derselben denselben desselben demselben dieselbe dieselben dies "
    "diese dieselbe diesem diesen dieser dieses doch dort du durch ein eine einem einen einer "
    "eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure "
    "eurem euren eurer eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter "
    "ich mich mir ihr ihre ihrem ihren ihrer ihres euch im in indem ins ist jede jedem jeden "
    "jeder jedes jene jenem jenen jener jenes jetzt kann kannst können könnte machen man "
    "manche manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss "
    "musste nach noch nun nur ob oder sein seine seinem seinen seiner seines selbst sich sie "
    "ihnen sind solche solchem solchen solcher solches soll sollte sondern sonst über um und "
    "uns unsere unserem unseren unser unseres unter viel vom von vor während war waren warst "
    "was weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder "
    "will wir wird wirst wo wollen wollte würde würden zum zur zwar zwischen immer schon mal "
    "wurde wurden gibt gab etwas nichts mehr sache sachen dinge machen macht gemacht "
    "gehen geht ging gegangen kommen kommt kam gekommen nehmen nimmt nahm genommen "
    "finde finden gerne zwei drei vier fünf sechs sieben acht neun zehn zweimal dreimal "
    "tag tage tagen woche wochen monat monate monaten jahr jahre jahren stunde stunden "
    "minute minuten gestern heute morgen letzte letzten montag dienstag mittwoch donnerstag "
    "freitag samstag sonntag januar februar märz april mai juni juli august september "
    "oktober november dezember sommer winter oft manchmal ständig erneut erst erste ersten "
    "mal seit",
    "nicht kein keine keinen keinem keiner nie niemals nichts ohne niemand",
    "sehr echt wirklich total extrem äußerst besonders richtig ganz so super",
    "zu",
    "aber jedoch allerdings",
    "gut:1 gute:1 guter:1 gutes:1 super:1 toll:2 tolle:2 prima:1 perfekt:2 ausgezeichnet:2 "
    "hervorragend:2 großartig:2 klasse:2 zufrieden:1 freundlich:1 freundliche:1 "
    "hilfsbereit:1 schnell:1 schnelle:1 einfach:1 unkompliziert:1 zuverlässig:1 klar:1 "
    "fair:1 günstig:1 empfehlen:1 empfehlenswert:2 danke:1 gelöst:1 kompetent:1 "
    "kompetente:1 angenehm:1 pünktlich:1 lang:0 lange:0 hoch:0 teuer:-1 spät:0",
    "schlecht:-1 schlechte:-1 schlechter:-1 furchtbar:-2 schrecklich:-2 katastrophal:-2 "
    "enttäuscht:-1 enttäuschend:-1 unfreundlich:-1 langsam:-1 teuer:-1 teure:-1 "
    "kompliziert:-1 problem:-1 probleme:-1 fehler:-1 kaputt:-1 defekt:-1 beschwerde:-1 "
    "ärgerlich:-1 unzufrieden:-1 warten:-1 wartezeit:-1 gewartet:-1 verspätet:-1 "
    "verspätung:-1 spät:-1 falsch:-1 falsche:-1 abstürzt:-1 absturz:-1 störung:-1 "
    "unverschämt:-2 unmöglich:-2 leider:-1 kündigen:-1 gekündigt:-1 unklar:-1 "
    "unzuverlässig:-1 mangelhaft:-1 chaos:-1 inkompetent:-2",
    // concepts
    "delivery: lieferung lieferungen geliefert liefern zustellung versand; "
    "billing: rechnung rechnungen abrechnung jahresrechnung; "
    "price: preis preise tarif tarife kosten; "
    "waiting: warten wartezeit warteschleife gewartet; "
    "staff: mitarbeiter mitarbeiterin mitarbeiterinnen personal; "
    "support: kundenservice kundendienst support hotline; "
    "app: app apps; "
    "website: webseite website; "
    "outage: störung störungen ausfall; "
    "complaint: beschwerde beschwerden reklamation; "
    "subscription: abo abonnement vertrag; "
    "refund: erstattung rückerstattung; "
    "quality: qualität",
    true,
};

const LanguageProfile French{
    Language::French,
    "fr",
    "french",
    "au aux avec ce ces dans de des du elle en et eux il ils je la le les leur lui ma me même "
    "mes moi mon ne nos notre nous on ou par pour qu que qui sa se ses son sur ta te tes toi "
    "ton tu un une vos votre vous c d j l à m n s t y été étée étées étés étant suis es est "
    "sommes êtes sont serai seras sera serons serez seront serais serait serions seriez "
    "seraient étais était étions étiez étaient fus fut ai as avons avez ont aurai aura avais "
    "avait avions aviez avaient eu eue cette cet ceci cela ça fait faire tout tous toute "
    "toutes plus moins aussi comme alors donc car si quand où leurs celui celle ceux "
    "avoir être peu encore déjà ici là c'est j'ai il y chose choses quelque fois deux "
    "trois quatre cinq jour jours semaine semaines mois an ans année heure heures minutes "
    "hier aujourd'hui demain lundi mardi mercredi jeudi vendredi samedi dimanche "
    "aller va vont allé allée allés venir vient viennent venu venue prendre prend pris",
    "pas jamais rien aucun aucune sans personne ni",
    "très vraiment extrêmement super tellement si assez totalement vachement",
    "trop",
    "mais cependant pourtant",
    "bon:1 bonne:1 bien:1 excellent:2 excellente:2 super:1 parfait:2 parfaite:2 génial:2 "
    "formidable:2 satisfait:1 satisfaite:1 content:1 contente:1 rapide:1 rapidement:1 "
    "aimable:1 sympathique:1 sympa:1 agréable:1 efficace:1 simple:1 facile:1 clair:1 "
    "claire:1 fiable:1 recommande:1 recommander:1 merci:1 résolu:1 professionnel:1 "
    "compétent:1 ponctuel:1 long:0 longue:0 cher:-1 élevé:0 tard:0",
    "mauvais:-1 mauvaise:-1 nul:-2 nulle:-2 horrible:-2 terrible:-2 déçu:-1 déçue:-1 "
    "décevant:-1 lent:-1 lente:-1 cher:-1 chère:-1 compliqué:-1 problème:-1 problèmes:-1 "
    "erreur:-1 erreurs:-1 panne:-1 cassé:-1 plainte:-1 attente:-1 attendu:-1 retard:-1 "
    "tard:-1 désagréable:-1 impoli:-1 insatisfait:-1 inacceptable:-2 malheureusement:-1 "
    "résilier:-1 incompétent:-2",
    // concepts
    "delivery: livraison livraisons livré; "
    "billing: facture factures facturation; "
    "price: prix tarif tarifs; "
    "waiting: attente attendre; "
    "staff: personnel conseiller conseillère employé; "
    "app: application appli; "
    "website: site; "
    "outage: panne pannes; "
    "complaint: plainte réclamation; "
    "subscription: abonnement contrat; "
    "refund: remboursement; "
    "quality: qualité",
};

const LanguageProfile Spanish{
    Language::Spanish,
    "es",
    "spanish",
    "de la que el en y a los del se las por un para con una su al lo como más sus le ya o "
    "este sí porque esta entre cuando sobre también me hasta hay donde quien desde todo nos "
    "durante todos uno les contra otros ese eso ante ellos e esto mí antes algunos qué unos yo "
    "otro otras otra él tanto esa estos quienes muchos cual poco ella estar estas algunas algo "
    "nosotros mi mis tú te ti tu tus ellas nosotras os es son fue era estaba está están ha han "
    "he hemos había tengo tiene tienen ser ese esa estoy estuvo fueron sido cosa cosas hacer "
    "hace vez veces dos tres cuatro cinco día días semana semanas mes meses año años hora "
    "horas minutos ayer hoy mañana lunes martes miércoles jueves viernes sábado domingo "
    "ir va van iba venir viene vienen vino venido tomar toma tomó",
    "no nunca jamás nada sin ningún ninguna ninguno nadie ni tampoco",
    "muy realmente extremadamente súper super bastante totalmente mucho muchísimo tan",
    "demasiado demasiada",
    "pero aunque",
    "bueno:1 buena:1 bien:1 excelente:2 genial:2 perfecto:2 perfecta:2 estupendo:2 "
    "fantástico:2 satisfecho:1 satisfecha:1 contento:1 contenta:1 rápido:1 rápida:1 "
    "rápidamente:1 amable:1 simpático:1 agradable:1 eficiente:1 fácil:1 sencillo:1 claro:1 "
    "fiable:1 recomiendo:1 recomendar:1 gracias:1 resuelto:1 profesional:1 puntual:1 "
    "largo:0 larga:0 alto:0 caro:-1 tarde:0",
    "malo:-1 mala:-1 mal:-1 terrible:-2 horrible:-2 pésimo:-2 pésima:-2 decepcionado:-1 "
    "decepcionante:-1 lento:-1 lenta:-1 caro:-1 cara:-1 complicado:-1 problema:-1 "
    "problemas:-1 error:-1 errores:-1 avería:-1 roto:-1 queja:-1 esperar:-1 espera:-1 "
    "retraso:-1 tarde:-1 grosero:-1 insatisfecho:-1 inaceptable:-2 desafortunadamente:-1 "
    "lamentablemente:-1 cancelar:-1 incompetente:-2",
    // concepts
    "delivery: entrega envío; "
    "billing: factura facturas facturación; "
    "price: precio precios tarifa; "
    "waiting: espera esperar; "
    "staff: personal empleado agente; "
    "app: aplicación app; "
    "website: web; "
    "outage: avería averías; "
    "complaint: queja reclamación; "
    "subscription: suscripción contrato; "
    "refund: reembolso; "
    "quality: calidad",
};

} // namespace

namespace Languages {

const QList<LanguageProfile> &profiles()
{
    static const QList<LanguageProfile> all{Dutch, English, German, French, Spanish};
    return all;
}

} // namespace Languages
