## Counts

signal-count = { $count ->
    [one] 1 signal
   *[other] { $count } signals
}

## Meldcode steps

step-status-not-started = Not started
step-status-in-progress = In progress
step-status-done = Done
answer-yes = Yes
answer-no = No

## Case summary (plain text for the organisation's dossier)

summary-title = Signals card criminal exploitation — summary
summary-case = Case: { $label }
summary-created = Created: { $at }
summary-updated = Last changed: { $at }
summary-signals = Observed signals ({ $count }):
summary-no-signals = No signals ticked.
summary-signal-line = - { $at }  { $signal }
summary-remark-line =     Remark: { $remark }
summary-steps = Reporting code (meldcode):
summary-step-line = { $label } { $number }. { $title }: { $status } ({ $at })
summary-step-line-untouched = { $label } { $number }. { $title }: { $status }
summary-consulted-line =     Consulted: { $experts }
summary-afweging = Assessment framework (the professional's answers):
summary-no-answers = No questions answered yet.
summary-answer-line = { $number }. { $topic }: { $answer } ({ $at })
summary-outcome-line =     According to the reporting code: { $outcome }
summary-content-version = Signals card content version { $version }. The app gives no advice and decides nothing; the judgement is the professional's.
