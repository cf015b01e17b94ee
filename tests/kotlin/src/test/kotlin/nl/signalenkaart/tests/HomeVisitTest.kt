package nl.signalenkaart.tests

import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kotlin.test.fail
import nl.signalenkaart.core.ChoiceGroup
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.NoticeKind
import nl.signalenkaart.core.Screen
import org.junit.After
import org.junit.Test

/** A home visit through the generated bindings, every tap taken from the view. */
class HomeVisitTest {
    private val shell = Shell()

    @After
    fun tearDown() = shell.close()

    private fun ChoiceGroup?.option(label: String): Event =
        this?.options?.firstOrNull { it.label == label }?.event ?: fail("no option $label in ${this?.label}")

    @Test
    fun homeVisitFromTicksToDial() {
        // The card opens without a PIN, the coordinator's number on every screen.
        val home = shell.view()
        assertEquals("013 549 8430", home.call?.number)
        val signalsRow = home.screenAs<Screen.Home>().view.sections
            .first { it.event == Event.Open(Destination.SIGNALS) }

        // Tick three signals in the quick checklist; a tick never grows its row.
        val signals = shell.send(signalsRow.event).view.screenAs<Screen.Signals>().view
        assertEquals(11, signals.items.size)
        assertNull(signals.caseLabel)
        signals.items.take(3).forEach { assertTrue(shell.send(it.event).effects.isEmpty()) }
        val ticked = shell.view().screenAs<Screen.Signals>().view
        assertEquals("3 signalen", ticked.count)
        assertNull(ticked.items[0].detail)

        // Saving asks for a PIN (choose and repeat), then which case: a new one.
        val padView = shell.send(ticked.save!!.event).view
        padView.screenAs<Screen.Pin>()
        assertEquals("Kies een pincode", padView.title)
        shell.pin(PIN)
        val cases = shell.pin(PIN).screenAs<Screen.Cases>().view
        assertNotNull(cases.pickingForChecklist)
        val label = shell.send(cases.newCase.event).view.screenAs<Screen.Label>().view
        assertTrue(label.field.sensitive)
        shell.send(Event.Edit(FieldId.CASE_LABEL, "gezin B."))
        val caseView = shell.send(label.submit.event).view
        var case = caseView.screenAs<Screen.Case>().view
        assertEquals("gezin B.", caseView.title)
        assertEquals("3 signalen", case.sections[0].detail)

        // One more tick, saved in the case.
        val caseSignals = shell.send(case.sections[0].event).view.screenAs<Screen.Signals>().view
        assertEquals("gezin B.", caseSignals.caseLabel)
        val caseId = (caseSignals.items[5].event as Event.ToggleSignal).caseId!!
        // The quick tick's moment, on the signal's own screen, in the clock's CET.
        val detail = shell.send(caseSignals.items[0].secondary!!.event).view.screenAs<Screen.SignalDetail>().view
        assertEquals("waargenomen 28-11-2026 14:00", detail.recorded)
        shell.send(Event.Back)
        assertEquals("4 signalen", shell.send(caseSignals.items[5].event).view.screenAs<Screen.Signals>().view.count)

        // A note.
        case = shell.send(Event.Back).view.screenAs<Screen.Case>().view
        val editor = shell.send(case.newNote.event).view.screenAs<Screen.NoteEditor>().view
        shell.send(Event.Edit(FieldId.NOTE, "Zoon brengt 's nachts pakketjes rond."))
        val saved = shell.send(editor.save.event).view
        assertEquals(NoticeKind.CONFIRMATION, saved.notice?.kind)
        case = saved.screenAs<Screen.Case>().view
        assertEquals(1, case.notes.size)

        // Meldcode: step 1 done, step 2 in progress with its expert consulted.
        var steps = shell.send(case.sections[1].event).view.screenAs<Screen.Meldcode>().view
        shell.send(steps.steps[0].status.option("Afgerond"))
        shell.send(steps.steps[1].status.option("Bezig"))
        steps = shell.send(steps.steps[1].experts[0].consulted!!.event).view.screenAs<Screen.Meldcode>().view
        assertEquals(listOf("Afgerond"), steps.steps[0].status!!.options.filter { it.selected }.map { it.label })
        assertEquals(listOf("Bezig"), steps.steps[1].status!!.options.filter { it.selected }.map { it.label })
        assertTrue(steps.steps[1].experts[0].consulted!!.checked)

        // Afwegingskader: a suspicion and acute unsafety; the meldcode says report.
        var kader = shell.send(steps.afweging.event).view.screenAs<Screen.Afwegingskader>().view
        assertNull(kader.conclusion)
        kader = shell.send(kader.questions[0].choices.option("Ja")).view.screenAs<Screen.Afwegingskader>().view
        kader = shell.send(kader.questions[1].choices.option("Ja")).view.screenAs<Screen.Afwegingskader>().view
        assertTrue(kader.conclusion!!.contains("Melden bij Veilig Thuis"), kader.conclusion)

        // Export after the confirmation, from the case (back from the afwegingskader
        // and the steps); notes are never exported.
        shell.send(Event.Back)
        shell.send(Event.Back).view.screenAs<Screen.Case>()
        val asked = shell.send(Event.ExportCase(caseId))
        assertTrue(asked.effects.isEmpty())
        val confirm = asked.view.screenAs<Screen.Confirm>().view
        val share = shell.send(confirm.confirm.event).effects.single() as Effect.Share
        assertTrue(share.text.contains("Casus: gezin B."), share.text)
        assertFalse(share.text.contains("pakketjes"))

        // Tap to call.
        val call = shell.view().call!!
        assertEquals(listOf<Effect>(Effect.Dial("tel:+31135498430")), shell.send(call.event).effects)
    }

    @Test
    fun caseDataSurvivesARestartBehindThePin() {
        shell.createVault()
        shell.send(Event.NewCase)
        shell.send(Event.Edit(FieldId.CASE_LABEL, "school Oost"))
        shell.send(Event.SubmitLabel).view.screenAs<Screen.Case>()

        shell.restart()
        shell.goTo(Destination.CASES).view.screenAs<Screen.Pin>()
        val cases = shell.pin(PIN).screenAs<Screen.Cases>().view
        assertEquals(listOf("school Oost"), cases.items.map { it.label })
    }
}
