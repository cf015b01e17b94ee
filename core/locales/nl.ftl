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
summary-case = Casus: { $label }
summary-created = Aangemaakt: { $at }
summary-updated = Laatst gewijzigd: { $at }
summary-signals = Waargenomen signalen ({ $count }):
summary-no-signals = Geen signalen aangevinkt.
summary-signal-line = - { $at }  { $signal }
summary-remark-line =     Opmerking: { $remark }
summary-steps = Meldcode:
summary-step-line = { $label } { $number }. { $title }: { $status } ({ $at })
summary-step-line-untouched = { $label } { $number }. { $title }: { $status }
summary-consulted-line =     Geraadpleegd: { $experts }
summary-afweging = Afwegingskader (antwoorden van de professional):
summary-no-answers = Nog geen vragen beantwoord.
summary-answer-line = { $number }. { $topic }: { $answer } ({ $at })
summary-outcome-line =     Volgens de meldcode: { $outcome }
summary-content-version = Signalenkaart-inhoud versie { $version }. De app adviseert niet en beslist niets; het oordeel is van de professional.
