// The words of each role, one table per language. Terms are written as a reader sees them
// (accents and case are dropped when the index is built); their markers say how they match:
//   "recommend"  starts a word     "*empfehl"  anywhere inside a word (compounds)
//   "nps."       a whole word      "=id"       the whole header    "$other"  the last word
// Add a language by adding a table and listing it in tables() at the end of this file.

#include "import/vocabulary.h"

namespace Vocabulary {

namespace {

using C = Concept;

const Table English{
    "en",
    {
        {C::Recommend,
         u"recommend|net promoter|nps.|promoter score|refer a friend|refer us|refer our|"
         u"refer this|tell a friend"},
        {C::Likely, u"how likely|likely|likelihood|probability"},
        {C::ScoreWord, u"score|rating|rate.|grade."},
        {C::SubmittedAt, u"submit|complet|recorded|timestamp|time stamp"},
        {C::EndDate, u"end date|end time|created|answered|response date|datestamp|=end"},
        {C::DateWord, u"date|datetime|time.|day."},
        {C::StartDate, u"start|begin"},
        {C::RespondentId,
         u"=#|=id|=uuid|=guid|=token|=respondent|=respondent id|=respondent number|"
         u"=response id|=response number|=record id|=unique id|=submission id|=participant id|"
         u"=participant|=customer id|=customer number|=user id|=case id|=interview id|=serial"},
        {C::OpenAnswer,
         u"reason|why|comment|explain|feedback|verbatim|remark|suggest|motivat|open answer|"
         u"like best|like most|like least|dislike|improve|anything else|tell us|describe|"
         u"what could|please share|thoughts|elaborate|additional|other comments"},
        {C::Why, u"why|reason|main reason|explain your|tell us why"},
        {C::Csat, u"csat.|satisf"},
        {C::Ces, u"ces.|effort|ease of|customer effort"},
        {C::NpsGroup,
         u"nps group|nps category|nps segment|nps type|nps class|promoter type|loyalty group|"
         u"nps nps group"},
        {C::Personal,
         u"email|e mail|mail.|ip address|ipaddr|ip.|=name|your name|first name|last name|"
         u"full name|surname|phone number|=phone|telephone number|=telephone|mobile number|"
         u"=mobile|latitude|longitude|postcode|post code|zip code|zipcode|=zip|=address|"
         u"home address|postal address|street address|your address|mailing address|recipient|"
         u"contact details|date of birth|birth date|social security"},
        {C::Metadata,
         u"=status|=progress|duration|=finished|distribution channel|user language|"
         u"external reference|external data reference|collector id|network id|response type|"
         u"=ending|=tags|=lastpage|=startlanguage|=seed|=refurl|interviewtime|custom data|"
         u"=score 5|=total points|quiz feedback|=ip|=browser|=user agent|=device"},
        {C::MultiSelect,
         u"check all|select all|all that apply|choose all|tick all|mark all|multiple answers|"
         u"multiple responses|more than one|one or more|select up to|choose up to|pick up to|"
         u"pick top|select any|check any"},
        {C::OtherSpecify, u"please specify|specify|=other|$other|$others|other please"},
        {C::AttentionCheck,
         u"not a robot|robot|attention check|captcha|bot check|show you are reading|"
         u"paying attention|please select strongly|select strongly agree|select strongly disagree"},
        {C::BirthYear, u"year were you born|year of birth|birth year|born in|year born"},
        {C::SegmentWord,
         u"country.|countries.|region.|regions.|state.|province.|city.|plan.|plans.|"
         u"subscription.|channel.|channels.|industry.|industries.|sector.|segment.|"
         u"department.|team.|role.|product.|products.|product line|touchpoint|customer type|"
         u"type of customer|store.|stores.|branch.|language.|languages.|age.|age group|"
         u"gender.|company size|size.|tier.|category.|function.|job role|job level|location.|"
         u"market.|division.|brand.|device.|platform.|membership.|contract."},
        {C::KeySegment,
         u"country.|countries.|region.|regions.|plan.|plans.|subscription.|channel.|channels.|"
         u"industry.|industries.|sector.|customer type|type of customer|product.|products.|product "
         u"line|touchpoint|market.|site.|location.|branch.|store."},
        {C::AgreeScale,
         u"=often|=always|=never|=sometimes|=rarely|=seldom|all of the time|most of the time|"
         u"some of the time|none of the time|just right|about right|too fast|too slow|"
         u"slightly fast|slightly slow|too much|too little|balanced.|all of it|most of it|"
         u"some of it|half of it|none of it|"
         u"strongly agree|agree.|disagree.|strongly disagree|somewhat agree|somewhat "
         u"disagree|slightly agree|slightly disagree|neither agree nor disagree|neither agree or "
         u"disagree|=neutral|extremely able|very able|moderately able|slightly able|not at all "
         u"able|more motivated|less motivated|no change in motivation|knowledge of topic"},
        {C::ScaleOneToTen, u"1 to 10.|1 10.|1 and 10.|one to ten"},
        {C::HighEnd,
         u"extremely likely|very likely|extremely|absolutely|definitely|strongly agree|"
         u"excellent|most likely|certainly"},
        {C::LowEnd,
         u"not at all|not likely|extremely unlikely|very unlikely|strongly disagree|never|"
         u"least likely|not likely at all"},
        {C::Promoter, u"promoter.|promoters."},
        {C::Passive, u"passive.|passives.|neutral.|neutrals."},
        {C::Detractor, u"detractor.|detractors."},
        {C::Praise,
         u"like best|like most|liked best|liked most|like about|liked about|enjoy|"
         u"best thing|favourite|favorite|do well|doing well|did well|went well|works well|"
         u"strength|positive"},
        {C::Criticism,
         u"like least|liked least|dislike|not like|not enjoy|don t like|do not like|"
         u"didn t like|did not like|least|improve|better|worst|frustrat|problem|negative|"
         u"wrong|missing|disappoint|weak"},
    }};

const Table Dutch{
    "nl",
    {
        {C::Recommend, u"*aanbevel|*aanbeveel|aanraden|*aanraad|doorverwijz"},
        {C::Likely, u"waarschijnlijk|hoe groot is de kans|kans dat|kans."},
        {C::ScoreWord, u"cijfer|beoordel|waardering|rapportcijfer"},
        {C::SubmittedAt, u"tijdstempel|ingevuld|verzonden|ingediend|afgerond|voltooi|*voltooi"},
        {C::EndDate, u"einddatum|eindtijd|einde|aangemaakt|beantwoord"},
        {C::DateWord, u"datum|tijd.|tijdstip|dag."},
        {C::StartDate, u"begin|start|aanvang"},
        {C::RespondentId,
         u"=respondentnummer|=respondent nummer|=respondent|=klantnummer|=klant id|"
         u"=klantnr|=deelnemer|=deelnemersnummer|=antwoord id|=volgnummer|=relatienummer"},
        {C::OpenAnswer,
         u"toelicht|reden|opmerking|waarom|wat vind|wat kan|*verbeter|suggestie|iets anders|"
         u"vertel|omschrijf|beschrijf|aanvull|tips.|motivatie|commentaar|verklaring|uitleg"},
        {C::Why, u"waarom|reden|toelicht|motivatie"},
        {C::Csat, u"*tevreden"},
        {C::Ces, u"moeite|gemak|inspanning"},
        {C::NpsGroup, u"nps groep|nps categorie|nps type|promotor type"},
        {C::Personal,
         u"=naam|uw naam|je naam|jouw naam|voornaam|achternaam|volledige naam|=telefoon|"
         u"telefoonnummer|mobiel nummer|=postcode|=adres|uw adres|je adres|woonadres|straat|"
         u"huisnummer|*mailadres|geboortedatum|ontvanger"},
        {C::Metadata, u"=voortgang|=duur|=voltooid|distributiekanaal|antwoordtype"},
        {C::MultiSelect,
         u"meerdere antwoorden|meer antwoorden mogelijk|alles wat van toepassing|"
         u"wat van toepassing is|meerdere keuzes|kruis aan wat|meerdere mogelijk"},
        {C::OtherSpecify, u"namelijk|specificeer|=anders|$anders|$overig|$overige"},
        {C::AttentionCheck, u"geen robot|robot|controlevraag"},
        {C::BirthYear, u"geboortejaar|in welk jaar bent u geboren|geboren."},
        {C::SegmentWord,
         u"klanttype|type klant|land.|regio.|provincie|stad.|plaats.|abonnement|kanaal|"
         u"branche|sector|afdeling|team.|rol.|product.|producten.|productlijn|contactmoment|"
         u"winkel|vestiging|taal.|leeftijd|geslacht|grootte|categorie|functie|segment|merk.|"
         u"apparaat|lidmaatschap|contract."},
        {C::KeySegment,
         u"land.|regio.|provincie|abonnement|kanaal|branche|sector|klanttype|type "
         u"klant|product.|producten.|productlijn|contactmoment|vestiging|winkel|locatie"},
        {C::AgreeScale,
         u"=nooit|=zelden|=soms|=vaak|=altijd|precies goed|te snel|te langzaam|te veel|"
         u"te weinig|"
         u"helemaal eens|helemaal oneens|zeer eens|zeer oneens|=eens|=oneens|enigszins "
         u"eens|enigszins oneens|niet eens niet oneens|neutraal.|mee eens|mee oneens"},
        {C::ScaleOneToTen, u"1 tot 10.|1 en 10.|1 t m 10."},
        {C::HighEnd,
         u"zeer waarschijnlijk|heel waarschijnlijk|extreem waarschijnlijk|helemaal mee eens|"
         u"zeker wel|absoluut"},
        {C::LowEnd,
         u"helemaal niet|zeer onwaarschijnlijk|totaal niet|helemaal oneens|zeker niet|"
         u"heel onwaarschijnlijk"},
        {C::Promoter, u"promotor.|promotors.|promotoren.|promoter.|promoters."},
        {C::Passive, u"passief.|passieven.|passief tevreden|passief tevredenen|neutraal."},
        {C::Detractor, u"criticaster.|criticasters.|detractor.|detractors."},
        {C::Praise,
         u"vind je goed|vond je goed|vindt u goed|vond u goed|beste aan|het beste|leukst|"
         u"tevreden over|sterke punt|sterk punt|positief|ging goed|gaat goed|waardeer"},
        {C::Criticism,
         u"minder goed|niet goed|niet leuk|kan beter|beter kan|beter kunnen|*verbeter|slechtst|"
         u"minst|negatief|probleem|mis je|mist u|jammer|ontevreden|zwak|ergernis|stoort"},
    }};

const Table German{
    "de",
    {
        {C::Recommend, u"*empfehl"},
        {C::Likely, u"wahrscheinlich|wie wahrscheinlich|wahrscheinlichkeit"},
        {C::ScoreWord, u"*bewert|punktzahl|note.|*punkte"},
        {C::SubmittedAt,
         u"zeitstempel|eingereicht|abgeschickt|abgesendet|gesendet|abgeschlossen|"
         u"aufgezeichnet"},
        {C::EndDate, u"enddatum|endzeit|=ende|erstellt|beantwortet"},
        {C::DateWord, u"datum|zeit.|uhrzeit|zeitpunkt|tag."},
        {C::StartDate, u"anfang|beginn|startdatum|startzeit"},
        {C::RespondentId,
         u"=antwort id|=teilnehmer id|=teilnehmernummer|=teilnehmer|=befragten id|"
         u"=kundennummer|=kunden id|=laufende nummer|=fallnummer"},
        {C::OpenAnswer,
         u"warum|grund|grunde|*begrund|kommentar|anmerkung|bemerkung|*verbesser|vorschlag|"
         u"was gefallt|sonst noch|erlauter|erklar|mitteilen|hinweis|anregung|wunsch|"
         u"was konnen wir"},
        {C::Why, u"warum|grund|*begrund|weshalb|wieso"},
        {C::Csat, u"*zufried"},
        {C::Ces, u"*aufwand|muhe|einfach war|leicht war"},
        {C::NpsGroup, u"nps gruppe|nps kategorie|nps typ"},
        {C::Personal,
         u"=name|ihr name|dein name|vorname|nachname|familienname|=telefon|telefonnummer|"
         u"handynummer|=adresse|ihre adresse|anschrift|strasse|=plz|postleitzahl|"
         u"breitengrad|langengrad|geburtsdatum|empfanger|*mailadresse"},
        {C::Metadata,
         u"antworttyp|=fortschritt|=dauer|dauer in sekunden|=beendet|=fertig|vertriebskanal|"
         u"benutzersprache|externe referenz|externe datenreferenz"},
        {C::MultiSelect,
         u"mehrere antworten|mehrfachnennung|mehrfachauswahl|mehrfachantwort|alle zutreffenden|"
         u"alles zutreffende|zutreffendes ankreuzen|mehrere auswahl"},
        {C::OtherSpecify, u"bitte angeben|bitte nennen|$sonstiges|$sonstige|$andere|=andere"},
        {C::AttentionCheck, u"kein roboter|roboter|aufmerksamkeit"},
        {C::BirthYear, u"geburtsjahr|jahrgang|in welchem jahr sind sie geboren|geboren"},
        {C::SegmentWord,
         u"kundentyp|kundenart|land.|region|bundesland|stadt|ort.|tarif|abo.|kanal|branche|"
         u"sektor|abteilung|team.|rolle|*produkt|kontaktpunkt|filiale|geschaft|sprache|alter.|"
         u"altersgruppe|geschlecht|grosse|kategorie|funktion|segment|marke.|gerat|mitgliedschaft|"
         u"vertrag"},
        {C::KeySegment,
         u"land.|region|bundesland|tarif|kanal|branche|kundentyp|kundenart|produkt|touchpoint|"
         u"standort|filiale"},
        {C::AgreeScale,
         u"stimme voll zu|stimme zu|stimme eher zu|stimme nicht zu|stimme eher nicht zu|stimme gar "
         u"nicht zu|stimme uberhaupt nicht zu|teils teils|=neutral"},
        {C::ScaleOneToTen, u"1 bis 10.|1 und 10."},
        {C::HighEnd,
         u"sehr wahrscheinlich|ausserst wahrscheinlich|aeusserst wahrscheinlich|auf jeden fall|"
         u"stimme voll zu|stimme voll und ganz zu|aeusserst|ausserst"},
        {C::LowEnd,
         u"uberhaupt nicht|gar nicht|sehr unwahrscheinlich|auf keinen fall|stimme gar nicht zu|"
         u"stimme uberhaupt nicht zu|ausserst unwahrscheinlich"},
        {C::Promoter, u"promotor.|promotoren.|promoter.|befurworter.|forderer."},
        {C::Passive, u"passiv.|passive.|passiver.|neutral.|neutrale."},
        {C::Detractor, u"kritiker.|detraktor.|detraktoren.|detractor.|detractors."},
        {C::Praise,
         u"am besten|besonders gut|gut gefallen|gefallen hat|was gefallt|gefallt ihnen|"
         u"gefallt dir|positiv|starke|starken|lob"},
        {C::Criticism,
         u"nicht gefallt|gefallt ihnen nicht|gefallt dir nicht|nicht gefallen|*verbesser|"
         u"besser|am wenigsten|schlecht|negativ|problem|*stor|vermiss|fehlt|argert"},
    }};

const Table French{
    "fr",
    {
        {C::Recommend, u"recommand|conseiller"},
        {C::Likely, u"probabilit|probable|quelle est la probabilite"},
        {C::ScoreWord, u"note.|notation|evaluation|evaluer"},
        {C::SubmittedAt, u"horodat|soumis|envoye|soumission|complete|termine le"},
        {C::EndDate, u"date de fin|heure de fin|=fin|cree le|repondu le"},
        {C::DateWord, u"date|heure|jour."},
        {C::StartDate, u"debut|date de debut|heure de debut"},
        {C::RespondentId,
         u"=id de reponse|=identifiant|=id repondant|=identifiant du repondant|"
         u"=numero de client|=id client|=numero du repondant|=id participant"},
        {C::OpenAnswer,
         u"pourquoi|raison|commentaire|remarque|suggestion|amelior|qu aimez|qu est ce que|"
         u"expliqu|autre chose|dites nous|avis.|precisions|observations"},
        {C::Why, u"pourquoi|raison|expliquez"},
        {C::Csat, u"satisf|content"},
        {C::Ces, u"effort|facilite"},
        {C::NpsGroup, u"groupe nps|categorie nps|type nps"},
        {C::Personal,
         u"=nom|votre nom|nom de famille|nom complet|prenom|=telephone|numero de telephone|"
         u"numero de portable|courriel|=adresse|votre adresse|adresse postale|code postal|"
         u"date de naissance|destinataire"},
        {C::Metadata,
         u"=progression|=duree|duree en secondes|=termine|canal de distribution|"
         u"langue de l utilisateur|type de reponse|reference externe"},
        {C::MultiSelect,
         u"plusieurs reponses|cochez toutes|toutes les reponses|selectionnez toutes|"
         u"plusieurs choix|cochez tout|choix multiples possibles"},
        {C::OtherSpecify, u"preciser|precisez|veuillez preciser|=autre|$autre|$autres"},
        {C::AttentionCheck, u"pas un robot|robot.|robots."},
        {C::BirthYear, u"annee de naissance|quelle annee etes vous ne|ne en|nee en"},
        {C::SegmentWord,
         u"type de client|pays|region|province|ville|forfait|abonnement|canal|secteur|"
         u"industrie|departement|service.|equipe|role|produit|point de contact|magasin|"
         u"agence|langue|age.|tranche d age|genre|sexe|taille|categorie|fonction|segment|"
         u"appareil|contrat"},
        {C::KeySegment,
         u"pays|region|province|forfait|abonnement|canal|secteur|type de client|produit|point de "
         u"contact|magasin|agence"},
        {C::AgreeScale,
         u"tout a fait d accord|plutot d accord|d accord|pas d accord|plutot pas d accord|pas du "
         u"tout d accord|ni d accord ni pas d accord|=neutre"},
        {C::ScaleOneToTen, u"1 a 10.|1 et 10."},
        {C::HighEnd,
         u"tres probable|extremement probable|certainement|tout a fait|tout a fait d accord|"
         u"absolument"},
        {C::LowEnd,
         u"pas du tout|tres improbable|pas probable|pas du tout probable|"
         u"pas du tout d accord|jamais"},
        {C::Promoter, u"promoteur.|promoteurs.|promoteurs|ambassadeur.|ambassadeurs."},
        {C::Passive, u"passif.|passifs.|neutre.|neutres."},
        {C::Detractor, u"detracteur.|detracteurs.|detractor.|detractors."},
        {C::Praise,
         u"qu aimez vous|qu avez vous aime|aimez le plus|aime le plus|apprecie|point fort|"
         u"points forts|positif"},
        {C::Criticism,
         u"moins|n aimez pas|n avez pas aime|amelior|mieux|negatif|probleme|deplu|regrett|"
         u"manque|decu"},
    }};

const Table Spanish{
    "es",
    {
        {C::Recommend, u"recomend|recomiend"},
        {C::Likely, u"probable|probabilidad|que tan probable|como de probable"},
        {C::ScoreWord, u"puntu|calific|valoracion|nota.|evaluacion"},
        {C::SubmittedAt, u"marca temporal|enviad|completad|fecha de envio|registrad"},
        {C::EndDate, u"fecha de fin|fecha final|hora de fin|fecha de respuesta|creado|=fin"},
        {C::DateWord, u"fecha|hora.|dia."},
        {C::StartDate, u"inicio|comienzo|fecha de inicio"},
        {C::RespondentId,
         u"=id de respuesta|=id respuesta|=id del encuestado|=id encuestado|"
         u"=numero de cliente|=id cliente|=id participante|=identificador"},
        {C::OpenAnswer,
         u"por que|porque|razon|motivo|comentario|sugerencia|mejorar|lo que mas te gusta|"
         u"lo que menos te gusta|lo que mas le gusta|lo que menos le gusta|que es lo que|"
         u"explica|algo mas|observacion|opinion|cuentanos|describe"},
        {C::Why, u"por que|porque|razon|motivo"},
        {C::Csat, u"satisf"},
        {C::Ces, u"esfuerzo|facilidad|facil fue"},
        {C::NpsGroup, u"grupo nps|categoria nps|tipo nps|segmento nps"},
        {C::Personal,
         u"=nombre|tu nombre|su nombre|nombre completo|nombre y apellido|nombres y apellidos|"
         u"apellido|=telefono|numero de telefono|telefono de contacto|numero de celular|"
         u"telefono celular|correo|=direccion|tu direccion|su direccion|direccion postal|"
         u"codigo postal|fecha de nacimiento|destinatario"},
        {C::Metadata,
         u"=progreso|=duracion|duracion en segundos|=finalizado|canal de distribucion|"
         u"idioma del usuario|tipo de respuesta|referencia externa"},
        {C::MultiSelect,
         u"selecciona todas|seleccione todas|marca todas|marque todas|marque todo|marca todo|"
         u"varias respuestas|todas las que correspondan|todas las que apliquen|"
         u"todas las opciones que|puedes elegir varias|respuesta multiple"},
        {C::OtherSpecify, u"especifique|especificar|especifica|=otro|$otro|$otros|$otra"},
        {C::AttentionCheck, u"no eres un robot|no es un robot|robot."},
        {C::BirthYear, u"ano de nacimiento|ano naciste|en que ano nacio|naciste"},
        {C::SegmentWord,
         u"tipo de cliente|pais|region|provincia|estado.|ciudad|plan.|suscripcion|canal|"
         u"sector|industria|departamento|area.|equipo|rol.|producto|punto de contacto|tienda|"
         u"sucursal|idioma|edad|genero|sexo|tamano|categoria|funcion|segmento|dispositivo|"
         u"contrato"},
        {C::KeySegment,
         u"pais|region|provincia|plan.|canal|industria|sector|tipo de cliente|producto|punto de "
         u"contacto|tienda|sucursal"},
        {C::AgreeScale,
         u"totalmente de acuerdo|muy de acuerdo|de acuerdo|en desacuerdo|totalmente en "
         u"desacuerdo|muy en desacuerdo|ni de acuerdo ni en desacuerdo|=neutral"},
        {C::ScaleOneToTen, u"1 al 10.|1 a 10.|1 y 10."},
        {C::HighEnd,
         u"muy probable|extremadamente probable|totalmente de acuerdo|definitivamente|"
         u"sin duda|absolutamente"},
        {C::LowEnd,
         u"nada probable|muy improbable|para nada|totalmente en desacuerdo|nada|nunca|"
         u"poco probable"},
        {C::Promoter, u"promotor.|promotores.|promoter.|promoters."},
        {C::Passive, u"pasivo.|pasivos.|neutro.|neutros.|neutral.|neutrales."},
        {C::Detractor, u"detractor.|detractores."},
        {C::Praise,
         u"mas te gusta|mas le gusta|mas te gusto|mas le gusto|te gusta|le gusta|positivo|"
         u"fortaleza|destaca"},
        {C::Criticism,
         u"menos|no te gusta|no le gusta|no te gusto|no le gusto|mejorar|negativo|"
         u"problema|falta|peor"},
    }};

const Table Portuguese{
    "pt",
    {
        {C::Recommend, u"recomend|indicar|indicaria"},
        {C::Likely, u"provavel|probabilidade"},
        {C::ScoreWord, u"pontua|avalia|nota."},
        {C::SubmittedAt, u"carimbo de data|enviad|concluid|registrad"},
        {C::EndDate, u"data de termino|data final|data de fim|hora de fim"},
        {C::DateWord, u"data.|hora.|dia."},
        {C::StartDate, u"inicio|data de inicio"},
        {C::RespondentId,
         u"=id da resposta|=id de resposta|=id do respondente|=id respondente|=id cliente|"
         u"=codigo do cliente|=identificador"},
        {C::OpenAnswer,
         u"por que|porque|motivo|razao|comentario|sugest|melhorar|o que voce mais gosta|"
         u"o que mais gosta|o que menos|o que voce menos|explique|algo mais|observa|opiniao|"
         u"conte nos|descreva"},
        {C::Why, u"por que|porque|motivo|razao"},
        {C::Csat, u"satisf"},
        {C::Ces, u"esforco|facilidade"},
        {C::NpsGroup, u"grupo nps|categoria nps|tipo nps"},
        {C::Personal,
         u"=nome|seu nome|nome completo|sobrenome|=telefone|numero de telefone|"
         u"numero de celular|=endereco|seu endereco|=cep|data de nascimento|destinatario"},
        {C::Metadata, u"=progresso|=duracao|=concluido|canal de distribuicao|tipo de resposta"},
        {C::MultiSelect,
         u"selecione todas|marque todas|varias respostas|todas as que se aplicam|mais de uma|"
         u"multiplas respostas|pode escolher mais"},
        {C::OtherSpecify, u"especifique|especificar|outro qual|=outro|$outro|$outros|$outra"},
        {C::AttentionCheck, u"nao e um robo|robo.|robot."},
        {C::BirthYear, u"ano de nascimento|ano voce nasceu|ano nasceu|nasceu em"},
        {C::SegmentWord,
         u"tipo de cliente|pais|regiao|estado.|cidade|plano|assinatura|canal|setor|industria|"
         u"departamento|area.|equipe|funcao|produto|ponto de contato|loja|filial|idioma|"
         u"idade|genero|sexo|tamanho|categoria|segmento|dispositivo|contrato"},
        {C::KeySegment,
         u"pais|regiao|estado.|plano.|canal|industria|setor|tipo de cliente|produto|ponto de "
         u"contato|loja|filial"},
        {C::AgreeScale,
         u"concordo totalmente|concordo|discordo|discordo totalmente|concordo "
         u"parcialmente|discordo parcialmente|nem concordo nem discordo|=neutro"},
        {C::ScaleOneToTen, u"1 a 10.|1 e 10."},
        {C::HighEnd,
         u"muito provavel|extremamente provavel|concordo totalmente|com certeza|"
         u"definitivamente"},
        {C::LowEnd,
         u"nada provavel|muito improvavel|de jeito nenhum|discordo totalmente|nunca|"
         u"pouco provavel"},
        {C::Promoter, u"promotor.|promotores.|promoter.|promoters."},
        {C::Passive, u"passivo.|passivos.|neutro.|neutros.|neutral."},
        {C::Detractor, u"detrator.|detratores.|detractor.|detractores."},
        {C::Praise, u"mais gosta|mais gostou|gosta|gostou|positivo|ponto forte|pontos fortes"},
        {C::Criticism, u"menos|nao gosta|nao gostou|melhorar|negativo|problema|falta|pior"},
    }};

const Table Italian{
    "it",
    {
        {C::Recommend, u"raccomand|consigli|suggeriresti|suggerirebbe"},
        {C::Likely, u"probabil"},
        {C::ScoreWord, u"punteggio|voto.|valutazione"},
        {C::SubmittedAt, u"informazioni cronologiche|inviat|completat|registrat"},
        {C::EndDate, u"data di fine|data fine|ora di fine"},
        {C::DateWord, u"data.|ora.|giorno"},
        {C::StartDate, u"inizio|data di inizio"},
        {C::RespondentId,
         u"=id risposta|=id della risposta|=id rispondente|=codice cliente|=id cliente|"
         u"=identificativo"},
        {C::OpenAnswer,
         u"perche|motivo|ragione|commento|commenti|suggeriment|miglior|cosa ti piace|"
         u"cosa le piace|cosa non|spiega|qualcos altro|osservazion|opinion|raccontaci"},
        {C::Why, u"perche|motivo|ragione"},
        {C::Csat, u"soddisf"},
        {C::Ces, u"sforzo|facilita"},
        {C::NpsGroup, u"gruppo nps|categoria nps|tipo nps"},
        {C::Personal,
         u"=nome|il tuo nome|tuo nome|nome e cognome|cognome|=telefono|numero di telefono|"
         u"=cellulare|numero di cellulare|=indirizzo|il tuo indirizzo|tuo indirizzo|=cap|"
         u"data di nascita|posta elettronica|destinatario"},
        {C::Metadata, u"=avanzamento|=durata|=completato|canale di distribuzione|tipo di risposta"},
        {C::MultiSelect,
         u"seleziona tutte|selezionare tutte|risposte multiple|piu risposte|tutte quelle che|"
         u"possibili piu risposte"},
        {C::OtherSpecify, u"specificare|specifica|=altro|$altro|$altri"},
        {C::AttentionCheck, u"non sei un robot|robot.|controllo dell attenzione"},
        {C::BirthYear, u"anno di nascita|anno sei nato|nato nel|nata nel"},
        {C::SegmentWord,
         u"tipo di cliente|paese|nazione|regione|provincia|citta|piano.|abbonamento|canale|"
         u"settore|industria|reparto|squadra|ruolo|prodotto|punto di contatto|negozio|"
         u"filiale|lingua|eta.|genere|sesso|dimensione|categoria|funzione|segmento|dispositivo|"
         u"contratto"},
        {C::KeySegment,
         u"paese|nazione|regione|provincia|piano.|canale|settore|industria|tipo di "
         u"cliente|prodotto|punto di contatto|negozio|filiale"},
        {C::AgreeScale,
         u"completamente d accordo|molto d accordo|d accordo|in disaccordo|per niente d "
         u"accordo|completamente in disaccordo|ne d accordo ne in disaccordo|=neutrale"},
        {C::ScaleOneToTen, u"1 a 10.|1 e 10."},
        {C::HighEnd,
         u"molto probabile|estremamente probabile|assolutamente|completamente d accordo|"
         u"sicuramente"},
        {C::LowEnd,
         u"per niente|per nulla|molto improbabile|affatto|per niente d accordo|mai.|"
         u"poco probabile"},
        {C::Promoter, u"promotore.|promotori.|promoter.|promoters."},
        {C::Passive, u"passivo.|passivi.|neutrale.|neutrali.|neutro.|neutri."},
        {C::Detractor, u"detrattore.|detrattori.|detractor.|detractors."},
        {C::Praise,
         u"cosa ti piace|cosa le piace|piace di piu|ti e piaciuto|apprezz|punti di forza|"
         u"punto di forza|positiv"},
        {C::Criticism,
         u"non ti piace|non le piace|non ti e piaciuto|meno|miglior|negativ|problem|manca|"
         u"peggio"},
    }};

} // namespace

const QList<Table> &tables()
{
    static const QList<Table> all{English, Dutch, German, French, Spanish, Portuguese, Italian};
    return all;
}

} // namespace Vocabulary
