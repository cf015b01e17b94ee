## Counts

signal-count = { $count ->
    [one] 1 signaal
   *[other] { $count } signalen
}

## Meldcode steps

step-status-not-started = Niet begonnen
step-status-in-progress = Bezig
step-status-done = Afgerond
answer-yes = Ja
answer-no = Nee

## Case summary (plain text for the organisation's dossier)

summary-title = Signalenkaart criminele uitbuiting — samenvatting
summary-title-discreet = Werkkaart — samenvatting
summary-case = Casus: { $label }
summary-created = Aangemaakt: { $at }
summary-updated = Laatst gewijzigd: { $at }
summary-signals = Waargenomen signalen, als feiten ({ $count }):
summary-no-signals = Geen signalen aangevinkt.
summary-signal-line = { $number }. { $signal }
summary-remark-line = Opmerking: { $remark }
summary-steps = Stappen van de meldcode:
summary-step-line = { $label } { $number }. { $title }: { $status } ({ $at })
summary-step-line-untouched = { $label } { $number }. { $title }: { $status }
summary-consulted-line = { $step }, geraadpleegd: { $expert } ({ $at })
summary-afweging = Afwegingskader (antwoorden van de professional):
summary-no-answers = Nog geen vragen beantwoord.
summary-answer-line = Afweging { $number }, { $topic }: { $answer } ({ $at })
summary-outcome-line = Volgens de meldcode: { $outcome }
summary-content-version = Signalenkaart-inhoud versie { $version }. De app adviseert niet en beslist niets; het oordeel is van de professional.

## App chrome

app-title = Signalenkaart
discreet-app-title = Werkkaart
action-back = Terug
action-cancel = Annuleren
action-delete = Verwijderen
action-dismiss = Sluiten
action-home = Naar het begin
action-lock = Vergrendelen
action-quick-exit = Snel weg
action-share = Delen
action-wipe = Alles wissen
action-purge = Nu wissen
action-keep = Bewaren
a11y-checked = aangevinkt
a11y-unchecked = niet aangevinkt
a11y-on = aan
a11y-off = uit
language-nl = Nederlands
language-en = English
days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
source-line = Bron: { $source }, gecontroleerd op { $date }
source-card = Van de kaart (overgenomen op { $date })
source-checked = { $source }, gecontroleerd op { $date }
fact-sources = { $topic }: { $sources }
fact-app-note = Opmerking van deze app, over hoe een telefoon werkt: { $sources }
source-discreet = Bron: verborgen in discrete modus

## Calls

call-coordinator = Bel zorgcoördinator
call-coordinator-discreet = Bel coördinator
call-accessibility = { $label }, { $number }
contact-no-number = Geen telefoonnummer bekend.
contacts-title = Contacten
contact-own-note = Uw eigen regionale zorgcoördinator, door u ingesteld.
contact-own-set-on = Ingesteld op { $date }

## Discreet mode: neutral headings

discreet-signals = Signalen
discreet-conversation = Het gesprek
discreet-meldcode = Stappen
discreet-coordinator = Coördinator
discreet-text-hidden = Tekst verborgen
show-text = Tekst tonen
show-text-accessibility = Tekst tonen die de discrete modus verbergt

## Home

home-afweging = Afwegingskader
home-contacts = Contacten en telefoonnummers
home-cases = Mijn casussen
home-cases-detail = Versleuteld op deze telefoon, achter uw pincode
home-search = Zoeken in notities
home-settings = Instellingen
home-about = Over deze kaart
home-intro = Inleiding lezen
home-intro-accessibility = De inleiding van de kaart lezen

## Signals

signals-hint-quick = Snelle lijst, niet opgeslagen: Snel weg wist hem. Bewaar de vinkjes in een casus als u ze wilt houden.
signals-hint-quick-kept = Snelle lijst: bij vergrendelen of Snel weg gaat hij versleuteld mee en komt hij terug na uw pincode. Bewaar hem in een casus om hem te houden.
signals-hint-case = Vinkjes worden direct versleuteld in deze casus opgeslagen, met datum en tijd.
signals-save = Bewaren in een casus
signals-clear = Lijst leegmaken
signal-remark = Details
signal-remark-a11y = Details bij: { $signal }
remark-title = Waarneming
remark-field = Opmerking
remark-placeholder = Wat zag of hoorde u precies?
remark-advice = Kort en feitelijk; laat het veld leeg om de opmerking te wissen. Langere tekst hoort in een notitie.

## Meldcode

step-status-label = Voortgang van stap { $number }
step-changed = Gewijzigd op { $at }
step-consulted = Geraadpleegd
meldcode-afweging = Afwegingskader
steps-done = { $count ->
    [one] 1 stap afgerond
   *[other] { $count } stappen afgerond
}

## Afwegingskader

answer-none = Geen antwoord
answer-count = { $count ->
    [one] 1 vraag beantwoord
   *[other] { $count } vragen beantwoord
}
afweging-answered = Uw antwoord: { $answer } ({ $at })
afweging-question-label = Afweging { $number }
afweging-your-answer = Uw antwoord
afweging-if-yes = Bij ja: { $outcome }
afweging-if-no = Bij nee: { $outcome }
afweging-conclusion = Volgens de meldcode: { $outcome }

## Cases

cases-title = Mijn casussen
cases-empty = Nog geen casussen. Een casus bewaart vinkjes, stappen en notities versleuteld op deze telefoon.
cases-new = Nieuwe casus
cases-pick-for-checklist = Kies de casus voor { $count ->
    [one] 1 signaal
   *[other] { $count } signalen
}, of maak een nieuwe.
case-expires = { $days ->
    [0] Wordt vandaag automatisch gewist
    [one] Wordt over 1 dag automatisch gewist
   *[other] Wordt over { $days } dagen automatisch gewist
}
case-notes = Notities
case-new-note = Nieuwe notitie
case-export = Samenvatting delen
case-rename = Naam wijzigen
case-delete = Casus verwijderen
note-count = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
label-title-new = Nieuwe casus
label-title-rename = Naam van de casus
label-field = Korte naam
label-placeholder = Bijvoorbeeld: gezin B., wijk Noord
label-advice = Gebruik geen volledige naam of adres: een korte aanduiding die u zelf herkent is genoeg.
label-save = Opslaan
note-title-new = Nieuwe notitie
note-title-edit = Notitie
note-field = Tekst van de notitie
note-placeholder = Wat heeft u gezien of gehoord?
note-save = Opslaan
note-delete = Notitie verwijderen
search-title = Zoeken in notities
search-field = Zoeken
search-placeholder = Zoekwoord
search-empty = Niets gevonden.
export-subject = Samenvatting casus { $label }

## Confirmations

confirm-delete-case = Casus { $label } verwijderen?
confirm-delete-case-text = De casus en al zijn notities worden definitief gewist van deze telefoon.
confirm-delete-note = Notitie verwijderen?
confirm-delete-note-text = De notitie wordt definitief gewist van deze telefoon.
confirm-export = Samenvatting van { $label } delen?
confirm-export-text = Gedeeld is de samenvatting gewone tekst: niet meer versleuteld en zonder uw pincode te lezen. Zet hem alleen in het dossier van uw organisatie. Notities gaan alleen mee als u dat hieronder aanzet.
confirm-wipe = Alles wissen?
confirm-wipe-text = Alle casussen, notities en instellingen worden definitief gewist. Daarna is de app zoals na een nieuwe installatie.
confirm-purge = { $count ->
    [one] 1 casus is over zijn bewaartermijn. Nu wissen?
   *[other] { $count } casussen zijn over hun bewaartermijn. Nu wissen?
}
confirm-purge-behind = De klok van de telefoon staat vroeger dan bij het vorige gebruik van de app. Is het nu echt { $now }? Kies dan ‘Nu wissen’. Zo niet, kies ‘Bewaren’ en zet de klok goed: er wordt niets gewist.
confirm-purge-ahead = De klok van de telefoon staat veel later dan bij het vorige gebruik van de app. Is het nu echt { $now }? Kies dan ‘Nu wissen’. Zo niet, kies ‘Bewaren’ en zet de klok goed: er wordt niets gewist.
confirm-purge-set-forward = De klok van de telefoon lijkt vooruitgezet sinds het vorige gebruik van de app: hij is verder gelopen dan de tijd die sindsdien echt verstreken is. Is het nu echt { $now }? Kies dan ‘Nu wissen’. Zo niet, kies ‘Bewaren’ en zet de klok goed: er wordt niets gewist.

## Notices

notice-checklist-saved = { $count ->
    [one] 1 signaal bewaard in de casus.
   *[other] { $count } signalen bewaard in de casus.
}
notice-note-saved = Notitie opgeslagen.
notice-note-deleted = Notitie verwijderd.
notice-case-deleted = Casus verwijderd.
notice-pin-changed = Pincode gewijzigd.
notice-wiped = Alles is gewist.
notice-controls-replaced = { $count ->
    [one] Eén onzichtbaar stuurteken is vervangen door �.
   *[other] { $count } onzichtbare stuurtekens zijn vervangen door �.
}
notice-coordinator-saved = Uw zorgcoördinator is opgeslagen.
notice-coordinator-cleared = Het nummer van de kaart geldt weer.
notice-purged = { $count ->
    [one] 1 casus was over zijn bewaartermijn en is automatisch gewist.
   *[other] { $count } casussen waren over hun bewaartermijn en zijn automatisch gewist.
}
notice-log-set-aside = De app werd de vorige keer onverwacht afgesloten en het logboek van de laatste wijzigingen hoorde niet bij deze kluis of was onbruikbaar. De kluis is geopend zoals die het laatst volledig was opgeslagen: wat na { $since } is gewijzigd, kan ontbreken. Kijk uw laatste casussen en notities na. Het logboek is als versleutelde kopie bewaard; casussen over hun bewaartermijn worden deze keer niet automatisch gewist.
notice-log-set-aside-empty = De app werd de vorige keer onverwacht afgesloten en het logboek van de laatste wijzigingen hoorde niet bij deze kluis of was onbruikbaar. De kluis is geopend zoals die het laatst volledig was opgeslagen; wat daarna is gewijzigd, kan ontbreken. Het logboek is als versleutelde kopie bewaard.
notice-header-restored = Een van de twee kopieën van het beveiligingsbestand van de kluis was beschadigd of gewijzigd. De onbeschadigde kopie is gebruikt en opnieuw weggeschreven. Er is niets gewist en geen poging geteld.
notice-count-unreadable = De telefoon kon het aantal verkeerde pincodes niet lezen. Het aantal dat de app zelf versleuteld bijhoudt, geldt (het wordt nooit lager) en wordt bij de volgende pincode opnieuw op de telefoon bewaard.
notice-log-kept = De app werd de vorige keer onverwacht afgesloten en het logboek van de laatste wijzigingen was beschadigd. Wijzigingen van vlak voor het afsluiten kunnen ontbreken: kijk uw laatste notities na. Een versleutelde kopie van het logboek is bewaard; casussen over hun bewaartermijn worden deze keer niet automatisch gewist.

## Errors (nothing was changed)

error-stale = Dit scherm was verouderd; er is niets gewijzigd.
error-not-now = Dit kan nu niet; er is niets gewijzigd.
error-case-gone = Deze casus bestaat niet meer.
error-note-gone = Deze notitie bestaat niet meer.
error-no-number = Voor dit contact is geen telefoonnummer bekend.
error-no-dialer = Bellen lukt hier niet: er is geen app om mee te bellen. Bel het nummer zelf: { $number }
error-checklist-empty = Vink eerst signalen aan.
error-not-offered = Deze keuze wordt niet aangeboden.
error-storage = Opslaan lukte niet. Er is niets verloren; probeer het opnieuw.
error-failed = Dat lukte niet. Er is niets verloren.
error-locked = Ontgrendel eerst met uw pincode.
error-wiped = Te vaak een verkeerde pincode: alle gegevens zijn gewist.
error-vault-in-use = De kluis is al geopend in een ander venster van deze app. Sluit dat venster en probeer het daarna opnieuw; er is niets gelezen of gewijzigd.
error-key-failed = De sleutelopslag van de telefoon reageerde niet. Ontgrendel de telefoon en probeer het opnieuw; er is niets geteld of gewist.
error-key-gone = De sleutel op deze telefoon die uw casussen en notities beschermt, is er niet meer of past er niet bij (bijvoorbeeld na het herstellen van de telefoon). De gegevens zijn op deze telefoon niet meer te openen; opnieuw proberen helpt niet. Er is niets gewist. Alleen ‘Alles wissen’ bij Instellingen maakt de app weer bruikbaar.
error-corrupt-header = Het beveiligingsbestand van de kluis is beschadigd of gewijzigd. Er is niets gewist en geen poging geteld; alle bestanden zijn bewaard zoals ze zijn. Opnieuw proberen helpt niet. Alleen ‘Alles wissen’ bij Instellingen maakt een nieuwe kluis.
error-corrupt-missing = Het gegevensbestand van de kluis ontbreekt. Er is geen lege kluis voor in de plaats gezet en er is niets gewist. Opnieuw proberen helpt niet. Alleen ‘Alles wissen’ bij Instellingen maakt een nieuwe kluis.
error-corrupt-database = Een deel van de kluis is beschadigd en kan niet worden gelezen of geschreven; deze wijziging is niet opgeslagen. Wat eerder is opgeslagen en leesbaar is, blijft bewaard. Opnieuw proberen helpt niet: noteer wat u wilde bewaren op een andere veilige plek.
error-corrupt-older = Het gegevensbestand van de kluis is vervangen door een oudere kopie: wat daarna is opgeslagen, staat er niet in. Er is niets gewist of gewijzigd en de bestanden zijn bewaard zoals ze zijn. Zet het laatste bestand terug als u het hebt; anders maakt alleen ‘Alles wissen’ bij Instellingen een nieuwe kluis.
error-corrupt-version = Deze kluis is gemaakt met een nieuwere versie van de app. Werk de app bij; er is niets gewijzigd.
error-label-empty = Geef de casus een korte naam.
error-label-too-long = Gebruik hoogstens { $max } tekens.
error-label-one-line = Gebruik één regel.
error-remark-too-long = Een opmerking mag hoogstens { $max } tekens hebben; gebruik voor meer een notitie.
error-signal-not-observed = Vink het signaal eerst aan.
error-note-empty = De notitie is leeg.
error-note-characters = De notitie bevat onzichtbare stuurtekens; haal ze weg en bewaar opnieuw.
error-note-too-long = Een notitie mag hoogstens { $max } tekens hebben.
error-pin-too-short = De pincode moet minstens { $min } cijfers hebben.
error-pin-too-long = De pincode mag hoogstens { $max } cijfers hebben.
error-pin-digits = De pincode bestaat alleen uit cijfers.
error-pin-weak = Deze pincode is te makkelijk te raden. Kies een andere.
error-pin-wrong = { $left ->
    [one] Verkeerde pincode. Nog 1 poging; daarna wordt alles gewist.
   *[other] Verkeerde pincode. Nog { $left } pogingen.
}
error-pin-too-soon = Wacht even voordat u het opnieuw probeert.
error-pins-differ = De pincodes verschillen. Begin opnieuw.
error-field-too-long = Te lang: hier passen hoogstens { $max } tekens.
field-counter = { $used } van { $max } tekens
error-input-one-line = Deze tekst is niet overgenomen: hier past één regel, zonder tabs of onzichtbare tekens.
error-input-direction = Deze tekst is niet overgenomen: er staan tekens in die de schrijfrichting omdraaien.
error-phone-empty = Vul een telefoonnummer in.
error-phone-too-long = Dit nummer heeft te veel cijfers. Controleer het nummer.
error-phone-characters = Een telefoonnummer bevat alleen cijfers, spaties en + - ( ) .
error-phone-not-a-number = Dit is geen telefoonnummer: er staan geen cijfers in.
error-phone-not-in-plan = Dit is geen geldig telefoonnummer: zulke nummers worden niet uitgegeven. Controleer de cijfers.
error-coordinator-name-empty = Vul de naam van de zorgcoördinator in.
error-coordinator-name-too-long = Gebruik hoogstens { $max } tekens, op één regel.

## Settings

settings-title = Instellingen
settings-language = Taal
settings-discreet = Discrete modus
settings-discreet-hint = Neutrale namen voor de app, de koppen en de contacten. Tekst die verraadt waar de app over gaat, en wat u zelf schreef, blijft verborgen tot u op Tekst tonen tikt.
settings-retention = Hoe lang een casus na de laatste wijziging bewaard blijft; daarna wordt hij automatisch gewist
settings-auto-lock = Automatisch vergrendelen na
settings-max-attempts = Aantal verkeerde pincodes waarna alles wordt gewist
settings-coordinator = Zorgcoördinator van uw regio
settings-coordinator-name = Naam
settings-coordinator-name-placeholder = Bijvoorbeeld: Zorgcoördinator regio Utrecht
settings-coordinator-number = Telefoonnummer
settings-coordinator-number-placeholder = Bijv. 0XX XXX XXXX
settings-coordinator-save = Zorgcoördinator opslaan
settings-coordinator-clear = Nummer van de kaart gebruiken
settings-change-pin = Pincode wijzigen
settings-wipe = Alles wissen

## PIN

pin-choose = Kies een pincode
pin-choose-instruction = Minstens 6 cijfers, niet te raden (geen 123456 of 111111).
pin-repeat = Herhaal de pincode
pin-repeat-instruction = Voer dezelfde pincode nog eens in.
pin-unlock = Ontgrendelen
pin-unlock-instruction = Voer uw pincode in.
pin-change-current = Huidige pincode
pin-change-new = Nieuwe pincode
pin-entered = { $count ->
    [0] Nog geen cijfers ingevoerd
    [one] 1 cijfer ingevoerd
   *[other] { $count } cijfers ingevoerd
}
pin-backspace = ⌫
pin-backspace-a11y = Laatste cijfer wissen
pin-submit = OK
pin-attempts-left = { $count ->
    [one] Nog 1 poging voordat alles wordt gewist.
   *[other] Nog { $count } pogingen voordat alles wordt gewist.
}
pin-retry-at = Opnieuw proberen kan vanaf { $at }.
locked-out = Alles is gewist
locked-out-text = Er is te vaak een verkeerde pincode ingevoerd. Alle casussen en notities zijn gewist; de kaart zelf blijft beschikbaar.
neutral-heading = Werkkaart
neutral-text = Geen openstaande items.
neutral-continue = Verder

## About

about-title = Over deze kaart
about-version = Inhoud versie { $version }
about-source = Bron: { $source }
about-transcribed = Overgenomen op { $date }
about-corrections = Tikfouten en schrijfwijze van de kaart
about-correction = ‘{ $original }’ → ‘{ $corrected }’ — { $reason }
about-kept = ‘{ $text }’ — zoals op de kaart gelaten. { $reason }
about-translation = Vertaling: ‘{ $nl }’ → ‘{ $en }’ — { $note }
about-sources = Bronnen van wat niet op de kaart staat
about-disclaimer = Deze app ondersteunt uw professionele oordeel. Hij telt wat u aanvinkt en toont wat de meldcode zegt; hij geeft geen score en beslist niets. Er wordt niets verstuurd: alles blijft op deze telefoon, casussen en notities versleuteld achter uw pincode.

## Drafts and preferences

notice-note-kept-as-notes = Uw notitie was te lang voor één notitie en is bewaard als { $count } notities.
error-note-not-kept = { $saved ->
    [0] Bij het vergrendelen kon uw notitie niet worden opgeslagen. Wat u typte, is verloren gegaan.
    [one] Bij het vergrendelen kon uw notitie maar voor een deel worden opgeslagen, als 1 notitie. De rest van wat u typte, is verloren gegaan.
   *[other] Bij het vergrendelen kon uw notitie maar voor een deel worden opgeslagen, als { $saved } notities. De rest van wat u typte, is verloren gegaan.
}
error-preferences-unreadable = De voorkeuren konden niet worden gelezen. De discrete modus staat aan en de taal is die van de telefoon; kijk uw instellingen na.

## Taking back a removal, and work kept over a lock

action-undo = Ongedaan maken
notice-signal-removed = Signaal weggehaald.
notice-checklist-cleared = { $count ->
    [one] Lijst leeggemaakt: 1 signaal weggehaald.
   *[other] Lijst leeggemaakt: { $count } signalen weggehaald.
}
notice-restored = Teruggezet zoals het was.
error-nothing-to-undo = Er is niets meer om ongedaan te maken.
notice-work-restored = Waar u mee bezig was voor het vergrendelen, staat er weer: de vinkjes van de snelle lijst en wat u aan het typen was.
error-work-not-kept = Waar u mee bezig was, kon bij het vergrendelen niet versleuteld worden bewaard. Kijk de snelle lijst en uw laatste invoer na.
pin-wrong = Verkeerde pincode.
pin-first-use = Met deze pincode versleutelt de app uw casussen en notities op deze telefoon. Vergeet u hem, dan zijn ze weg: niemand kan ze terughalen. Na { $max } verkeerde pogingen wordt alles gewist.
pin-forgotten = Pincode vergeten? Dan zijn de casussen niet meer te openen. Via Instellingen › Alles wissen begint u opnieuw; de kaart zelf blijft.
case-guidance-heading = Volgende stap volgens de meldcode op de kaart
confirm-export-with-notes = Notities meesturen
confirm-export-with-notes-detail = Uit, tenzij u het aanzet. Notities zijn uw eigen aantekeningen; er volgt nog een vraag.
action-next = Verder
confirm-export-notes = Ook de notities delen?
confirm-export-notes-text = Alle notities van deze casus gaan als gewone tekst mee met de samenvatting: niet meer versleuteld en zonder uw pincode te lezen. Zet ze alleen in het dossier van uw organisatie.
action-share-with-notes = Delen met notities
summary-notes = { $count ->
    [one] Gedeelde notities (1):
   *[other] Gedeelde notities ({ $count }):
}
summary-note-line = Notitie van { $at }
confirm-discard = Wat u typte weggooien?
confirm-discard-text = De tekst in dit veld is nog niet bewaard. Weggooien laat hem verdwijnen; met Verder typen gaat u terug naar het veld.
action-discard = Weggooien
action-keep-typing = Verder typen

## When the app cannot start (no revealing word: discreet mode may be on)
start-failure-title = De app kan niet starten
start-failure-storage = De opslag van de telefoon is vol of niet te gebruiken. Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.
start-failure-key-store = De beveiligde sleutelopslag van de telefoon reageert niet. Er is niets gewijzigd. Probeer het opnieuw, zo nodig na een herstart van de telefoon.
start-failure-internal = Er ging onverwacht iets mis bij het starten. Er is niets gewijzigd. Probeer het opnieuw. Gaat het steeds mis, meld het dan met de technische melding hieronder.
start-failure-broken-install = De app is niet goed geïnstalleerd. Installeer een update van de app via de app-winkel. Verwijder de app niet: dan verdwijnen ook uw casussen en notities.
start-failure-retry = Opnieuw proberen
start-failure-detail = Technische melding

## issue 21: coordinator
call-contact = Bel { $name }, { $number }
call-contact-named = Bel { $name }
contact-card-number = { $number } (op de kaart)
error-phone-too-short = Dit nummer is te kort: er ontbreken cijfers.
error-phone-country-code = Dit landnummer bestaat niet. Controleer de cijfers na + of 00.
notice-coordinator-card = De belknoppen bellen de zorgcoördinator van de kaart.
coordinator-prompt = Kies welke zorgcoördinator u belt
coordinator-prompt-discreet = Kies welke coördinator u belt
coordinator-question-title = Uw zorgcoördinator
coordinator-question-title-discreet = Uw coördinator
coordinator-question = Welke zorgcoördinator wilt u bellen?
coordinator-question-discreet = Welke coördinator wilt u bellen?
coordinator-question-explanation = De belknop bovenaan en de belknoppen bij de stappen bellen wie u hier kiest. Tot u kiest, bellen ze het nummer op de kaart. U kunt het later wijzigen bij Instellingen.
coordinator-question-card = { $name }, { $number } (op de kaart)
coordinator-question-choose-card = Die van de kaart bellen
coordinator-question-own = Uw eigen zorgcoördinator
coordinator-question-own-discreet = Uw eigen coördinator
coordinator-question-save-own = Eigen coördinator opslaan
coordinator-question-later = Later kiezen
settings-coordinator-card-chosen = U belt de zorgcoördinator van de kaart ({ $number }).
settings-coordinator-not-chosen = Nog niet gekozen: de app belt het nummer op de kaart ({ $number }).

## issue 21: discreet mode (what the user wrote stays folded; neutral forms of messages)

afweging-conclusion-discreet = Uitkomst: { $outcome }
case-guidance-heading-discreet = Volgende stap
about-disclaimer-discreet = Deze app ondersteunt uw professionele oordeel. Hij telt wat u aanvinkt en toont de stappen; hij geeft geen score en beslist niets. Er wordt niets verstuurd: alles blijft op deze telefoon, casussen en notities versleuteld.
discreet-case = Casus
discreet-note = Notitie (tekst verborgen)
discreet-hit = Gevonden (tekst verborgen)
discreet-remark = opmerking verborgen
discreet-advice = advies verborgen
confirm-delete-case-discreet = Deze casus verwijderen?
confirm-export-discreet = Samenvatting van deze casus delen?

## issue 21: meldcode log and dossier export
summary-seen-line = Waargenomen: { $at }
summary-seen-recorded-line = Waargenomen: { $at } (vastgelegd { $recorded })
summary-consultations = Overleg en advies:
summary-no-consultations = Nog niemand geraadpleegd.
summary-advice-line = { $step }, advies: { $advice }
summary-time-unknown = tijd niet vastgelegd
summary-conclusion = Uitkomst volgens de meldcode: { $outcome }
summary-no-conclusion = Uitkomst: nog niet bereikt, er staat nog een vraag open.
summary-step-line-weighed = { $label } { $number }. { $title }: { $status }, volgens de antwoorden in het afwegingskader
summary-reported-line = Gemeld bij { $expert } ({ $at })
summary-notes-facts = Feiten:
summary-notes-circumstances = Omstandigheden en gebeurtenissen:
summary-notes-observations = Waarnemingen:
summary-notes-interpretations = Interpretaties:
summary-notes-sources = Bronnen:
summary-notes-unsaid = Soort niet aangegeven:
export-subject-discreet = Werkkaart — samenvatting
step-reported = Gemeld
step-consulted-line = Geraadpleegd: { $name }, { $at }
step-reported-line = Gemeld bij { $name }, { $at }
step-time-unknown = tijd niet vastgelegd
step-advice-line = Advies: { $advice }
step-weighing-line = { $count ->
    [one] Volgt het afwegingskader: 1 vraag beantwoord
   *[other] Volgt het afwegingskader: { $count } vragen beantwoord
}
step-advice-add = Advies vastleggen
step-advice-edit = Advies wijzigen
advice-title = Advies
advice-field = Advies bij stap { $number }, in één regel
advice-placeholder = Wat was het advies?
advice-advice = Eén regel in uw eigen woorden, zonder volledige namen. Het verloop van het gesprek hoort in een notitie.
error-advice-too-long = Het advies mag hoogstens { $max } tekens hebben; de rest hoort in een notitie.
note-kind-label = Soort notitie
note-kind-unsaid = Niet aangegeven
note-kind-fact = Feit
note-kind-circumstance = Omstandigheid of gebeurtenis
note-kind-observation = Waarneming
note-kind-interpretation = Interpretatie
note-kind-source = Bron
case-next-afweging = Afwegingskader
case-acute = Acute onveiligheid: bel { $emergency } · { $name } { $number }
call-emergency = Alarmnummer
discreet-report-name = Hulplijn

## issue 21: when a signal was seen

signal-observed = waargenomen { $seen }
signal-observed-recorded = waargenomen { $seen } (vastgelegd { $recorded })
signal-seen-label = Wanneer waargenomen?
signal-seen-at-tick = Bij het aanvinken
signal-seen-earlier-today = Eerder vandaag
signal-seen-yesterday = Gisteren
signal-seen-other-day = Andere dag
signal-seen-date = Datum
signal-seen-date-placeholder = dd-mm-jjjj
signal-seen-time = Tijd
signal-seen-time-placeholder = uu:mm
signal-detail-save = Opslaan
notice-signal-detail-saved = Waarneming opgeslagen.
error-seen-future = Dat moment ligt in de toekomst. Kies een moment dat al geweest is.
error-seen-after-recorded = Dat moment ligt na het aanvinken ({ $at }). Kies een eerder moment.
error-seen-date = Geen geldige datum. Schrijf dag-maand-jaar, bijvoorbeeld 07-12-2026.
error-seen-time-missing = Vul de tijd in, bijvoorbeeld 09:30.
error-seen-time = Geen geldige tijd. Schrijf uren:minuten, bijvoorbeeld 09:30.
error-seen-time-skipped = Die tijd bestaat niet: in die nacht ging de klok een uur vooruit (zomertijd).

## issue 21: words (automatic erasure said plainly, sources behind one line, choices spoken)

notice-expiring = { $count ->
    [one] Casus { $labels } wordt binnen { $days } dagen automatisch gewist, met zijn notities. Met Bewaren blijft hij: elke wijziging verlengt de bewaartermijn.
   *[other] Deze { $count } casussen worden binnen { $days } dagen automatisch gewist, met hun notities: { $labels }. Met Bewaren blijven ze: elke wijziging verlengt de bewaartermijn.
}
notice-expiring-discreet = { $count ->
    [one] 1 casus wordt binnen { $days } dagen automatisch gewist, met zijn notities; bij Mijn casussen staat welke. Met Bewaren blijft hij.
   *[other] { $count } casussen worden binnen { $days } dagen automatisch gewist, met hun notities; bij Mijn casussen staat welke. Met Bewaren blijven ze.
}
keep-expiring = Bewaren
keep-expiring-a11y = { $count ->
    [one] De casus bewaren
   *[other] Alle { $count } casussen bewaren
}
notice-cases-kept = { $count ->
    [0] Er was geen casus meer om te bewaren.
    [one] Bewaard. De casus wordt nu over { $days } dagen automatisch gewist.
   *[other] Bewaard. De { $count } casussen worden nu over { $days } dagen automatisch gewist.
}
sources-show = Bronnen
sources-show-a11y = Bronnen van dit scherm tonen
sources-hide = Bronnen verbergen
contact-sources = { $name }: { $sources }
choice-selected = gekozen
choice-not-selected = niet gekozen
choice-option-a11y = { $option }, { $group }
afweging-answer-group = Uw antwoord op afweging { $number }: { $question }
afweging-answer-short = afweging { $number } ({ $topic })
home-afweging-detail = Bij stap 4 en 5

## Ontgrendelen met vingerafdruk of gezicht
hours = { $count ->
    [one] 1 uur
   *[other] { $count } uur
}
settings-biometric = Ontgrendelen met vingerafdruk of gezicht
settings-biometric-hint = Bespaart het typen van de pincode na vergrendelen; wie uw vinger of gezicht kan afdwingen komt dan ook binnen, daarom vraagt de app na snel verlaten, een herstart, een foute pincode en na de gekozen uren altijd de pincode.
settings-biometric-hours = Pincode weer vragen na
pin-biometric-on = Vingerafdruk of gezicht aanzetten
pin-biometric-on-instruction = Voer uw pincode in om ontgrendelen met vingerafdruk of gezicht aan te zetten.
pin-biometric = Ontgrendel met vingerafdruk of gezicht
pin-needed-quick-exit = Na snel verlaten opent alleen de pincode de app.
pin-needed-restart = Na een herstart van de telefoon opent alleen de pincode de app.
pin-needed-wrong-pin = Na een foute pincode opent alleen de juiste pincode de app.
pin-needed-hours = De pincode is langer dan { $hours } uur geleden getypt: alleen de pincode opent de app.
biometric-prompt-title = Signalenkaart ontgrendelen
biometric-prompt-title-discreet = Ontgrendelen
biometric-prompt-subtitle = Met uw vingerafdruk of gezicht
biometric-prompt-use-pin = Pincode gebruiken
biometric-use-pin = { $reason } Gebruik uw pincode.
biometric-cancelled = Geannuleerd.
biometric-locked-out = Vingerafdruk of gezicht is te vaak niet herkend.
biometric-invalidated = Er is op deze telefoon een vingerafdruk of gezicht toegevoegd of verwijderd, daarom staat ontgrendelen met vingerafdruk of gezicht nu uit (zet het in Instellingen weer aan) en opent de pincode de app.
biometric-no-hardware = Deze telefoon heeft geen vingerafdruk- of gezichtsherkenning.
biometric-none-enrolled = Er is op deze telefoon geen vingerafdruk of gezicht ingesteld.
biometric-not-strong = De herkenning op deze telefoon is niet sterk genoeg om de app te openen.
biometric-hardware-unavailable = De sensor is nu niet beschikbaar.
biometric-security-update = De telefoon vraagt eerst een beveiligingsupdate.
biometric-no-screen-lock = De telefoon heeft geen schermvergrendeling.
biometric-failed = De telefoon kon vingerafdruk of gezicht nu niet gebruiken (fout { $code }).
error-biometrics-not-on = Niet aangezet: { $reason }
notice-biometrics-on = Ontgrendelen met vingerafdruk of gezicht staat aan.
notice-biometrics-off = Ontgrendelen met vingerafdruk of gezicht staat uit.
