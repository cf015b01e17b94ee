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
summary-title-discreet = Work card — summary
summary-case = Case: { $label }
summary-created = Created: { $at }
summary-updated = Last changed: { $at }
summary-signals = Observed signals, as facts ({ $count }):
summary-no-signals = No signals ticked.
summary-signal-line = { $number }. { $signal }
summary-remark-line = Remark: { $remark }
summary-steps = Steps of the reporting code (meldcode):
summary-step-line = { $label } { $number }. { $title }: { $status } ({ $at })
summary-step-line-untouched = { $label } { $number }. { $title }: { $status }
summary-consulted-line = { $step }, consulted: { $expert } ({ $at })
summary-afweging = Assessment framework (the professional's answers):
summary-no-answers = No questions answered yet.
summary-answer-line = Question { $number }, { $topic }: { $answer } ({ $at })
summary-outcome-line = According to the reporting code: { $outcome }
summary-content-version = Signals card content version { $version }. The app gives no advice and decides nothing; the judgement is the professional's.

## App chrome

app-title = Signals card
discreet-app-title = Work card
action-back = Back
action-cancel = Cancel
action-delete = Delete
action-dismiss = Close
action-home = Home
action-lock = Lock
action-quick-exit = Quick exit
action-share = Share
action-wipe = Erase everything
action-purge = Erase now
action-keep = Keep
a11y-checked = ticked
a11y-unchecked = not ticked
a11y-on = on
a11y-off = off
language-nl = Nederlands
language-en = English
days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
source-line = Source: { $source }, checked on { $date }
source-card = From the card (transcribed on { $date })
source-checked = { $source }, checked on { $date }
fact-sources = { $topic }: { $sources }
fact-app-note = A note from this app, on how phones work: { $sources }
source-discreet = Source: hidden in discreet mode

## Calls

call-coordinator = Call care coordinator
call-coordinator-discreet = Call coordinator
call-accessibility = { $label }, { $number }
contact-no-number = No phone number known.
contacts-title = Contacts
contact-own-note = Your own regional care coordinator, set by you.
contact-own-set-on = Set on { $date }

## Discreet mode: neutral headings

discreet-signals = Signals
discreet-conversation = The conversation
discreet-meldcode = Steps
discreet-coordinator = Coordinator
discreet-text-hidden = Text hidden
show-text = Show text
show-text-accessibility = Show the text discreet mode hides

## Home

home-afweging = Assessment framework
home-contacts = Contacts and phone numbers
home-cases = My cases
home-cases-detail = Encrypted on this phone, behind your PIN
home-search = Search notes
home-settings = Settings
home-about = About this card
home-intro = Read the introduction
home-intro-accessibility = Read the card's introduction

## Signals

signals-hint-quick = Quick list, not saved: Quick exit clears it. Save the ticks in a case to keep them.
signals-hint-quick-kept = Quick list: when the app locks or you use Quick exit, it is kept encrypted and comes back after your PIN. Save it in a case to keep it for good.
signals-hint-case = Each tick is saved in this case at once, encrypted, with the date and time.
signals-save = Save in a case
signals-clear = Clear the list
signal-remark = Details
signal-remark-a11y = Details of: { $signal }
remark-title = Observation
remark-field = Remark
remark-placeholder = What exactly did you see or hear?
remark-advice = Short and factual; leave it empty to clear the remark. Longer text belongs in a note.

## Meldcode

step-status-label = Progress of step { $number }
step-changed = Changed on { $at }
step-consulted = Consulted
meldcode-afweging = Assessment framework
steps-done = { $count ->
    [one] 1 step done
   *[other] { $count } steps done
}

## Afwegingskader

answer-none = No answer
answer-count = { $count ->
    [one] 1 question answered
   *[other] { $count } questions answered
}
afweging-answered = Your answer: { $answer } ({ $at })
afweging-question-label = Question { $number }
afweging-your-answer = Your answer
afweging-if-yes = If yes: { $outcome }
afweging-if-no = If no: { $outcome }
afweging-conclusion = According to the reporting code: { $outcome }

## Cases

cases-title = My cases
cases-empty = No cases yet. A case keeps ticks, steps and notes encrypted on this phone.
cases-new = New case
cases-pick-for-checklist = Choose the case for { $count ->
    [one] 1 signal
   *[other] { $count } signals
}, or create a new one.
case-expires = { $days ->
    [0] Erased automatically today
    [one] Erased automatically in 1 day
   *[other] Erased automatically in { $days } days
}
case-notes = Notes
case-new-note = New note
case-export = Share summary
case-rename = Rename
case-delete = Delete case
note-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
label-title-new = New case
label-title-rename = Name of the case
label-field = Short name
label-placeholder = For example: family B., north district
label-advice = Do not use a full name or address: a short label you recognise is enough.
label-save = Save
note-title-new = New note
note-title-edit = Note
note-field = Text of the note
note-placeholder = What did you see or hear?
note-save = Save
note-delete = Delete note
search-title = Search notes
search-field = Search
search-placeholder = Search term
search-empty = Nothing found.
export-subject = Case summary { $label }

## Confirmations

confirm-delete-case = Delete case { $label }?
confirm-delete-case-text = The case and all its notes are erased from this phone for good.
confirm-delete-note = Delete note?
confirm-delete-note-text = The note is erased from this phone for good.
confirm-export = Share the summary of { $label }?
confirm-export-text = Once shared, the summary is plain text: no longer encrypted, and readable without your PIN. Put it only in your organisation's case file. Notes go along only if you turn that on below.
confirm-wipe = Erase everything?
confirm-wipe-text = All cases, notes and settings are erased for good. Afterwards the app is as it was when first installed.
confirm-purge = { $count ->
    [one] 1 case is past its keeping period. Erase it now?
   *[other] { $count } cases are past their keeping period. Erase them now?
}
confirm-purge-behind = The phone's clock is earlier than when the app was last used. Is it really { $now }? Then choose ‘Erase now’. If not, choose ‘Keep’ and set the clock right: nothing is erased.
confirm-purge-ahead = The phone's clock is much later than when the app was last used. Is it really { $now }? Then choose ‘Erase now’. If not, choose ‘Keep’ and set the clock right: nothing is erased.
confirm-purge-set-forward = The phone's clock seems to have been set forward since the app was last used: it has moved on further than the time that has really passed. Is it really { $now }? Then choose ‘Erase now’. If not, choose ‘Keep’ and set the clock right: nothing is erased.

## Notices

notice-checklist-saved = { $count ->
    [one] 1 signal saved in the case.
   *[other] { $count } signals saved in the case.
}
notice-note-saved = Note saved.
notice-note-deleted = Note deleted.
notice-case-deleted = Case deleted.
notice-pin-changed = PIN changed.
notice-wiped = Everything has been erased.
notice-controls-replaced = { $count ->
    [one] One invisible control character was replaced with �.
   *[other] { $count } invisible control characters were replaced with �.
}
notice-coordinator-saved = Your care coordinator has been saved.
notice-coordinator-cleared = The card's number applies again.
notice-purged = { $count ->
    [one] 1 case was past its keeping period and has been erased automatically.
   *[other] { $count } cases were past their keeping period and have been erased automatically.
}
notice-log-set-aside = The app was closed unexpectedly last time and the log of the latest changes did not belong to this vault or could not be used. The vault was opened as it was last saved in full: what was changed after { $since } may be missing. Check your latest cases and notes. An encrypted copy of the log has been kept; cases past their keeping period are not erased automatically this time.
notice-log-set-aside-empty = The app was closed unexpectedly last time and the log of the latest changes did not belong to this vault or could not be used. The vault was opened as it was last saved in full; what was changed after that may be missing. An encrypted copy of the log has been kept.
notice-header-restored = One of the two copies of the vault's security file was damaged or changed. The undamaged copy was used and written again. Nothing was erased and no attempt was counted.
notice-count-unreadable = The phone could not read the number of wrong PINs. The number the app keeps itself, encrypted, stands (it never goes down) and is stored on the phone again at the next PIN.
notice-log-kept = The app was closed unexpectedly last time and the log of the latest changes was damaged. Changes made just before may be missing: check your latest notes. An encrypted copy of the log has been kept; cases past their keeping period are not erased automatically this time.

## Errors (nothing was changed)

error-stale = This screen was out of date; nothing was changed.
error-not-now = That cannot be done now; nothing was changed.
error-case-gone = This case no longer exists.
error-note-gone = This note no longer exists.
error-no-number = No phone number is known for this contact.
error-no-dialer = Calls cannot be made here: there is no app to make calls with. Dial the number yourself: { $number }
error-checklist-empty = Tick some signals first.
error-not-offered = This choice is not offered.
error-storage = Saving failed. Nothing was lost; try again.
error-failed = That did not work. Nothing was lost.
error-locked = Unlock with your PIN first.
error-wiped = Too many wrong PINs: all data has been erased.
error-vault-in-use = The vault is already open in another window of this app. Close that window and try again; nothing was read or changed.
error-key-failed = The phone's key store did not respond. Unlock the phone and try again; nothing was counted or erased.
error-key-gone = The key on this phone that protects your cases and notes is gone or does not fit them (for example after the phone was restored). The data can no longer be opened on this phone; trying again will not help. Nothing was erased. Only ‘Erase everything’ in Settings makes the app usable again.
error-corrupt-header = The vault's security file is damaged or was changed. Nothing was erased and no attempt was counted; every file has been kept as it is. Trying again will not help. Only ‘Erase everything’ in Settings makes a new vault.
error-corrupt-missing = The vault's data file is missing. No empty vault was put in its place and nothing was erased. Trying again will not help. Only ‘Erase everything’ in Settings makes a new vault.
error-corrupt-database = Part of the vault is damaged and cannot be read or written; this change was not saved. What was saved before and can be read is kept. Trying again will not help: write down what you wanted to keep somewhere else that is safe.
error-corrupt-older = The vault's data file was replaced by an older copy: what was saved after it is not in it. Nothing was erased or changed and the files have been kept as they are. Put the latest file back if you have it; otherwise only ‘Erase everything’ in Settings makes a new vault.
error-corrupt-version = This vault was made by a newer version of the app. Update the app; nothing was changed.
error-label-empty = Give the case a short name.
error-label-too-long = Use at most { $max } characters.
error-label-one-line = Use one line.
error-remark-too-long = A remark may have at most { $max } characters; for more, use a note.
error-signal-not-observed = Tick the signal first.
error-note-empty = The note is empty.
error-note-characters = The note contains invisible control characters; remove them and save again.
error-note-too-long = A note may have at most { $max } characters.
error-pin-too-short = The PIN must have at least { $min } digits.
error-pin-too-long = The PIN may have at most { $max } digits.
error-pin-digits = The PIN consists of digits only.
error-pin-weak = This PIN is too easy to guess. Choose another.
error-pin-wrong = { $left ->
    [one] Wrong PIN. 1 attempt left; after that everything is erased.
   *[other] Wrong PIN. { $left } attempts left.
}
error-pin-too-soon = Wait a moment before trying again.
error-pins-differ = The PINs differ. Start again.
error-field-too-long = Too long: this field takes at most { $max } characters.
field-counter = { $used } of { $max } characters
error-input-one-line = This text was not taken over: this field takes one line, without tabs or invisible characters.
error-input-direction = This text was not taken over: it contains characters that reverse the writing direction.
error-phone-empty = Enter a phone number.
error-phone-too-long = This number has too many digits. Check it.
error-phone-characters = A phone number contains only digits, spaces and + - ( ) .
error-phone-not-a-number = This is not a phone number: it has no digits.
error-phone-not-in-plan = This is not a valid phone number: no numbers like it are issued. Check the digits.
error-coordinator-name-empty = Enter the care coordinator's name.
error-coordinator-name-too-long = Use at most { $max } characters, on one line.

## Settings

settings-title = Settings
settings-language = Language
settings-discreet = Discreet mode
settings-discreet-hint = Neutral names for the app, the headings and the contacts. Text that gives away what the app is about, and what you wrote yourself, stays hidden until you tap Show text.
settings-retention = How long a case is kept after its last change; then it is erased automatically
settings-auto-lock = Lock automatically after
settings-max-attempts = Number of wrong PINs after which everything is erased
settings-coordinator = Your region's care coordinator
settings-coordinator-name = Name
settings-coordinator-name-placeholder = For example: Care coordinator Utrecht region
settings-coordinator-number = Phone number
settings-coordinator-number-placeholder = E.g. 0XX XXX XXXX
settings-coordinator-save = Save care coordinator
settings-coordinator-clear = Use the card's number
settings-change-pin = Change PIN
settings-wipe = Erase everything

## PIN

pin-choose = Choose a PIN
pin-choose-instruction = At least 6 digits, hard to guess (not 123456 or 111111).
pin-repeat = Repeat the PIN
pin-repeat-instruction = Enter the same PIN again.
pin-unlock = Unlock
pin-unlock-instruction = Enter your PIN.
pin-change-current = Current PIN
pin-change-new = New PIN
pin-entered = { $count ->
    [0] No digits entered yet
    [one] 1 digit entered
   *[other] { $count } digits entered
}
pin-backspace = ⌫
pin-backspace-a11y = Delete last digit
pin-submit = OK
pin-attempts-left = { $count ->
    [one] 1 attempt left before everything is erased.
   *[other] { $count } attempts left before everything is erased.
}
pin-retry-at = You can try again from { $at }.
locked-out = Everything has been erased
locked-out-text = A wrong PIN was entered too many times. All cases and notes have been erased; the card itself remains available.
neutral-heading = Work card
neutral-text = No open items.
neutral-continue = Continue

## About

about-title = About this card
about-version = Content version { $version }
about-source = Source: { $source }
about-transcribed = Transcribed on { $date }
about-corrections = Typos and the card's spelling
about-correction = ‘{ $original }’ → ‘{ $corrected }’ — { $reason }
about-kept = ‘{ $text }’ — kept as on the card. { $reason }
about-translation = Translation: ‘{ $nl }’ → ‘{ $en }’ — { $note }
about-sources = Sources of what is not on the card
about-disclaimer = This app supports your professional judgement. It counts what you tick and shows what the reporting code says; it gives no score and decides nothing. Nothing is sent anywhere: everything stays on this phone, cases and notes encrypted behind your PIN.

## Drafts and preferences

notice-note-kept-as-notes = Your note was too long for one note and has been saved as { $count } notes.
error-note-not-kept = { $saved ->
    [0] Your note could not be saved when the app locked. What you typed has been lost.
    [one] Only part of your note could be saved when the app locked, as 1 note. The rest of what you typed has been lost.
   *[other] Only part of your note could be saved when the app locked, as { $saved } notes. The rest of what you typed has been lost.
}
error-preferences-unreadable = The preferences could not be read. Discreet mode is on and the language is the phone's; please check your settings.

## Taking back a removal, and work kept over a lock

action-undo = Undo
notice-signal-removed = Signal removed.
notice-checklist-cleared = { $count ->
    [one] List cleared: 1 signal removed.
   *[other] List cleared: { $count } signals removed.
}
notice-restored = Restored as it was.
error-nothing-to-undo = There is nothing left to undo.
notice-work-restored = What you were doing before the app locked is back: the quick list's ticks and what you were typing.
error-work-not-kept = When the app locked, what you were doing could not be kept encrypted. Check the quick list and what you last typed.
pin-wrong = Wrong PIN.
pin-first-use = With this PIN the app encrypts your cases and notes on this phone. If you forget it, they are gone: nobody can get them back. After { $max } wrong attempts everything is erased.
pin-forgotten = Forgot your PIN? Then the cases can no longer be opened. Settings › Erase everything lets you start again; the card itself stays.
case-guidance-heading = Next step according to the meldcode on the card
confirm-export-with-notes = Include notes
confirm-export-with-notes-detail = Off unless you turn it on. Notes are your own; another question follows.
action-next = Next
confirm-export-notes = Share the notes too?
confirm-export-notes-text = All notes of this case go along with the summary as plain text: no longer encrypted, and readable without your PIN. Put them only in your organisation's case file.
action-share-with-notes = Share with notes
summary-notes = { $count ->
    [one] Shared notes (1):
   *[other] Shared notes ({ $count }):
}
summary-note-line = Note of { $at }
confirm-discard = Discard what you typed?
confirm-discard-text = The text in this field is not saved yet. Discard throws it away; Keep typing takes you back to the field.
action-discard = Discard
action-keep-typing = Keep typing

## When the app cannot start (no revealing word: discreet mode may be on)
start-failure-title = The app cannot start
start-failure-storage = The phone's storage is full or cannot be used. Nothing was changed. Free up some space and try again.
start-failure-key-store = The phone's secure key store is not responding. Nothing was changed. Try again, if need be after restarting the phone.
start-failure-internal = Something unexpected went wrong while starting. Nothing was changed. Try again. If it keeps failing, report it with the technical message below.
start-failure-broken-install = The app is not installed correctly. Install an update of the app from the app store. Do not delete the app: that also deletes your cases and notes.
start-failure-retry = Try again
start-failure-detail = Technical message

## issue 21: coordinator
call-contact = Call { $name }, { $number }
call-contact-named = Call { $name }
contact-card-number = { $number } (on the card)
error-phone-too-short = This number is too short: digits are missing.
error-phone-country-code = No country has this country code. Check the digits after + or 00.
notice-coordinator-card = The call buttons call the care coordinator on the card.
coordinator-prompt = Choose which care coordinator you call
coordinator-prompt-discreet = Choose which coordinator you call
coordinator-question-title = Your care coordinator
coordinator-question-title-discreet = Your coordinator
coordinator-question = Which care coordinator do you want to call?
coordinator-question-discreet = Which coordinator do you want to call?
coordinator-question-explanation = The call button at the top and the call buttons with the steps call the one you choose here. Until you choose, they call the number on the card. You can change it later in Settings.
coordinator-question-card = { $name }, { $number } (on the card)
coordinator-question-choose-card = Call the one on the card
coordinator-question-own = Your own care coordinator
coordinator-question-own-discreet = Your own coordinator
coordinator-question-save-own = Save own coordinator
coordinator-question-later = Choose later
settings-coordinator-card-chosen = You call the care coordinator on the card ({ $number }).
settings-coordinator-not-chosen = Not chosen yet: the app calls the number on the card ({ $number }).

## issue 21: discreet mode (what the user wrote stays folded; neutral forms of messages)

afweging-conclusion-discreet = Outcome: { $outcome }
case-guidance-heading-discreet = Next step
about-disclaimer-discreet = This app supports your professional judgement. It counts what you tick and shows the steps; it gives no score and decides nothing. Nothing is sent anywhere: everything stays on this phone, cases and notes encrypted.
discreet-case = Case
discreet-note = Note (text hidden)
discreet-hit = Match (text hidden)
discreet-remark = remark hidden
discreet-advice = advice hidden
confirm-delete-case-discreet = Delete this case?
confirm-export-discreet = Share the summary of this case?

## issue 21: meldcode log and dossier export
summary-seen-line = Observed: { $at }
summary-seen-recorded-line = Observed: { $at } (recorded { $recorded })
summary-consultations = Consultations and advice:
summary-no-consultations = No one consulted yet.
summary-advice-line = { $step }, advice: { $advice }
summary-time-unknown = time not recorded
summary-conclusion = Outcome according to the reporting code: { $outcome }
summary-no-conclusion = Outcome: not reached yet, a question is still open.
summary-step-line-weighed = { $label } { $number }. { $title }: { $status }, going by the answers in the assessment framework
summary-reported-line = Reported to { $expert } ({ $at })
summary-notes-facts = Facts:
summary-notes-circumstances = Circumstances and events:
summary-notes-observations = Observations:
summary-notes-interpretations = Interpretations:
summary-notes-sources = Sources:
summary-notes-unsaid = Kind not given:
export-subject-discreet = Work card — summary
step-reported = Reported
step-consulted-line = Consulted: { $name }, { $at }
step-reported-line = Reported to { $name }, { $at }
step-time-unknown = time not recorded
step-advice-line = Advice: { $advice }
step-weighing-line = { $count ->
    [one] Follows the assessment framework: 1 question answered
   *[other] Follows the assessment framework: { $count } questions answered
}
step-advice-add = Record the advice
step-advice-edit = Change the advice
advice-title = Advice
advice-field = Advice at step { $number }, in one line
advice-placeholder = What was the advice?
advice-advice = One line in your own words, without full names. How the conversation went belongs in a note.
error-advice-too-long = The advice can be at most { $max } characters; the rest belongs in a note.
note-kind-label = Kind of note
note-kind-unsaid = Not given
note-kind-fact = Fact
note-kind-circumstance = Circumstance or event
note-kind-observation = Observation
note-kind-interpretation = Interpretation
note-kind-source = Source
case-next-afweging = Assessment framework
case-acute = Acute danger: call { $emergency } · { $name } { $number }
call-emergency = Emergency number
discreet-report-name = Helpline

## issue 21: when a signal was seen

signal-observed = observed { $seen }
signal-observed-recorded = observed { $seen } (recorded { $recorded })
signal-seen-label = When was it observed?
signal-seen-at-tick = When ticked
signal-seen-earlier-today = Earlier today
signal-seen-yesterday = Yesterday
signal-seen-other-day = Another day
signal-seen-date = Date
signal-seen-date-placeholder = dd/mm/yyyy
signal-seen-time = Time
signal-seen-time-placeholder = hh:mm
signal-detail-save = Save
notice-signal-detail-saved = Observation saved.
error-seen-future = That moment is in the future. Choose one that has passed.
error-seen-after-recorded = That moment is after the tick ({ $at }). Choose an earlier one.
error-seen-date = Not a valid date. Write day/month/year, for example 07/12/2026.
error-seen-time-missing = Enter the time, for example 09:30.
error-seen-time = Not a valid time. Write hours:minutes, for example 09:30.
error-seen-time-skipped = That time does not exist: that night the clocks went forward an hour (summer time).

## issue 21: words (automatic erasure said plainly, sources behind one line, choices spoken)

notice-expiring = { $count ->
    [one] Case { $labels } will be erased automatically within { $days } days, with its notes. Keep it with Keep: any change extends how long a case is kept.
   *[other] These { $count } cases will be erased automatically within { $days } days, with their notes: { $labels }. Keep them with Keep: any change extends how long a case is kept.
}
notice-expiring-discreet = { $count ->
    [one] 1 case will be erased automatically within { $days } days, with its notes; My cases shows which. Keep it with Keep.
   *[other] { $count } cases will be erased automatically within { $days } days, with their notes; My cases shows which. Keep them with Keep.
}
keep-expiring = Keep
keep-expiring-a11y = { $count ->
    [one] Keep the case
   *[other] Keep all { $count } cases
}
notice-cases-kept = { $count ->
    [0] There was no case left to keep.
    [one] Kept. The case will now be erased automatically in { $days } days.
   *[other] Kept. The { $count } cases will now be erased automatically in { $days } days.
}
sources-show = Sources
sources-show-a11y = Show this screen's sources
sources-hide = Hide sources
contact-sources = { $name }: { $sources }
choice-selected = selected
choice-not-selected = not selected
choice-option-a11y = { $option }, { $group }
afweging-answer-group = Your answer to question { $number }: { $question }
afweging-answer-short = question { $number } ({ $topic })
home-afweging-detail = At steps 4 and 5

## Unlocking by fingerprint or face
hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
settings-biometric = Unlock with fingerprint or face
settings-biometric-hint = Saves typing the PIN after a lock; anyone who can force your finger or face gets in too, so after a quick exit, a restart, a wrong PIN and after the chosen hours the app always asks for the PIN.
settings-biometric-hours = Ask for the PIN again after
pin-biometric-on = Turn on fingerprint or face
pin-biometric-on-instruction = Enter your PIN to turn on unlocking with fingerprint or face.
pin-biometric = Unlock with fingerprint or face
pin-needed-quick-exit = After a quick exit only the PIN opens the app.
pin-needed-restart = After the phone restarted only the PIN opens the app.
pin-needed-wrong-pin = After a wrong PIN only the right PIN opens the app.
pin-needed-hours = The PIN was typed more than { $hours } hours ago: only the PIN opens the app.
biometric-prompt-title = Unlock Signalenkaart
biometric-prompt-title-discreet = Unlock
biometric-prompt-subtitle = With your fingerprint or face
biometric-prompt-use-pin = Use PIN
biometric-use-pin = { $reason } Use your PIN.
biometric-cancelled = Cancelled.
biometric-locked-out = Fingerprint or face was not recognised too often.
biometric-invalidated = A fingerprint or face was added to or removed from this phone, so unlocking with fingerprint or face is now off (turn it on again in Settings) and the PIN opens the app.
biometric-no-hardware = This phone has no fingerprint or face recognition.
biometric-none-enrolled = No fingerprint or face is set up on this phone.
biometric-not-strong = The recognition on this phone is not strong enough to open the app.
biometric-hardware-unavailable = The sensor is not available now.
biometric-security-update = The phone first asks for a security update.
biometric-no-screen-lock = The phone has no screen lock.
biometric-failed = The phone could not use fingerprint or face now (error { $code }).
error-biometrics-not-on = Not turned on: { $reason }
notice-biometrics-on = Unlocking with fingerprint or face is on.
notice-biometrics-off = Unlocking with fingerprint or face is off.
