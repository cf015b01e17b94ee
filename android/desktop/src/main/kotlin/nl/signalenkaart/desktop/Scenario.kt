package nl.signalenkaart.desktop

import nl.signalenkaart.core.AnswerChoice
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.SeenChoice
import nl.signalenkaart.core.StepChoice
import nl.signalenkaart.core.ViewModel

/** One screen to render, with the file-name stem it is saved under. */
data class Shot(val name: String, val view: ViewModel)

/**
 * Walks a home visit straight through the core (no UI) and keeps the view of every
 * screen on the way, for the screenshots. Events come from the views wherever the view
 * carries them; only typed text, PIN digits and a few case events are made here, as a
 * shell makes them from keystrokes and taps.
 */
class Scenario(private val core: Core, private val clock: FixedClock) {
    private val shots = mutableListOf<Shot>()
    private var view: ViewModel = core.view()

    private fun send(event: Event): ViewModel {
        view = core.dispatch(event).view
        return view
    }

    private fun shot(name: String) {
        shots += Shot(name, view)
    }

    private fun pin(digits: String, submit: Boolean = true) {
        digits.forEach { send(Event.PinDigit(digit = (it - '0').toUByte())) }
        if (submit) send(Event.PinSubmit)
    }

    private inline fun <reified T : Screen> screen(): T =
        view.screen as? T ?: error("expected ${T::class.simpleName}, got ${view.screen::class.simpleName}")

    private fun open(destination: Destination) {
        send(Event.OpenHome)
        send(Event.Open(destination))
    }

    /** Runs the visit; [discreet] turns discreet mode on first. */
    fun run(discreet: Boolean): List<Shot> {
        if (discreet) {
            open(Destination.SETTINGS)
            send(Event.SetDiscreet(enabled = true))
            send(Event.OpenHome)
        }
        shot("home")

        // Asked once from the home screen: whose zorgcoördinator to call. Left for later,
        // so the rest of the visit rings the card's number as the card says.
        send(screen<Screen.Home>().view.coordinatorQuestion!!.event)
        shot("coordinator-question")
        send(screen<Screen.CoordinatorQuestion>().view.later.event)

        open(Destination.SIGNALS)
        screen<Screen.Signals>().view.items.take(3).forEach { send(it.event) }
        shot("signals")
        open(Destination.CONVERSATION); shot("conversation")
        open(Destination.MELDCODE); shot("meldcode")
        open(Destination.AFWEGINGSKADER); shot("afwegingskader")
        open(Destination.CONTACTS); shot("contacts")
        open(Destination.SETTINGS); shot("settings")
        open(Destination.ABOUT); shot("about")

        // Save the ticks: first run, so choose a PIN and repeat it.
        open(Destination.SIGNALS)
        send(screen<Screen.Signals>().view.save!!.event)
        pin("246", submit = false); shot("pin")
        pin("810")
        pin("246810")
        shot("cases-picker")
        send(screen<Screen.Cases>().view.newCase.event)
        send(Event.Edit(FieldId.CASE_LABEL, "gezin B."))
        shot("label")
        send(Event.SubmitLabel)
        val case = screen<Screen.Case>().view
        send(case.newNote.event)
        send(Event.Edit(FieldId.NOTE, "Moeder zegt dat zoon 's nachts pakketjes rondbrengt. Nieuwe schoenen, nieuwe telefoon."))
        shot("note-editor")
        send(Event.SaveNote)
        shot("case-notice")
        send(Event.DismissNotice)

        val caseView = screen<Screen.Case>().view
        send(caseView.sections[0].event); shot("signals-case")
        // A tick's own screen: seen yesterday, recorded today.
        send(screen<Screen.Signals>().view.items.first { it.checked }.secondary!!.event)
        send(Event.ChooseSeen(SeenChoice.YESTERDAY))
        send(Event.Edit(FieldId.SEEN_TIME, "16:30"))
        shot("signal-detail")
        send(Event.SaveSignalDetail)
        send(Event.DismissNotice)
        send(Event.Back)
        send(caseView.sections[1].event)
        val step2 = screen<Screen.Meldcode>().view.steps[1]
        send(step2.experts[0].consulted!!.event)
        send(step2.status!!.options.last().event)
        // The step log: the advice received, in one line of the user's own.
        send(screen<Screen.Meldcode>().view.steps[1].editAdvice!!.event)
        send(Event.Edit(FieldId.ADVICE, "eerst de huisarts bellen"))
        send(Event.SubmitLabel)
        shot("meldcode-case")
        send(Event.Back)
        send(caseView.sections[2].event)
        screen<Screen.Afwegingskader>().view.questions[0].choices!!.options.first().event.let(::send)
        screen<Screen.Afwegingskader>().view.questions[1].choices!!.options.first().event.let(::send)
        shot("afwegingskader-case")
        send(Event.Back)
        shot("case")

        send(caseView.export.event); shot("confirm")
        send(Event.Cancel)
        send(caseView.delete.event); shot("confirm-delete")
        send(Event.Cancel)

        open(Destination.CASES); shot("cases")
        open(Destination.SEARCH)
        send(Event.Edit(FieldId.SEARCH, "pakketjes")); shot("search")
        open(Destination.SETTINGS); shot("settings-unlocked")

        // Fewest attempts, then wrong PINs until the vault erases itself. The clock moves
        // on past each waiting time; the last wrong PIN before that is the locked pad.
        screen<Screen.Settings>().view.maxAttempts!!.options.first().event.let(::send)
        send(Event.LockNow)
        open(Destination.CASES)
        shot("pin-unlock")
        repeat(40) {
            if (view.screen !is Screen.Pin) return@repeat
            clock.advanceMinutes(24 * 60)
            pin("975310")
            if (view.screen is Screen.Pin && shots.none { it.name == "pin-wrong" }) shot("pin-wrong")
        }
        shot("locked-out")

        send(Event.OpenHome)
        send(Event.QuickExit); shot("neutral")
        return shots
    }
}
