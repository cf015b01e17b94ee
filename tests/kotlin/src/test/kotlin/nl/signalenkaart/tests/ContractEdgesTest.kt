package nl.signalenkaart.tests

import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotNull
import kotlin.test.assertTrue
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.CoreConfig
import nl.signalenkaart.core.CoreException
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.NoticeKind
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.SeenChoice
import nl.signalenkaart.core.StepChoice
import nl.signalenkaart.core.TextField
import nl.signalenkaart.core.ViewModel
import org.junit.Test

/**
 * The contract's edges as a client written from the docs meets them: whatever text a
 * Kotlin string holds, `dispatch` never throws; a closed core says so with the
 * contract's error; an event acts only on the screen that offered it.
 */
class ContractEdgesTest {

    /** Text a phone's input can produce, or a careless shell can send. */
    private val hostile = listOf(
        "ab\uD83D", // half an emoji at the end (an input method cut it)
        "\uDE00x", // a low half alone at the start
        "\uD83D\uD83D", // two high halves
        "x\uDE00\uD83Dy", // halves in the wrong order
        "gezin \uD83D\uDE00 B.", // a whole emoji, kept as it is
        "a\u0000b", // NUL
        "\u202Egezin B.", // a writing-direction override
        "\uFEFF", // a byte-order mark alone
        "r1\r\nr2\rr3", // other systems' line endings
        "💥".repeat(10_000),
        "x".repeat(100_000),
        "",
        " ",
    )

    /** The field's text as shown on a screen that has it. */
    private fun ViewModel.field(id: FieldId): TextField? = when (val s = screen) {
        is Screen.Label -> s.view.field
        is Screen.NoteEditor -> s.view.field
        is Screen.SignalDetail -> listOfNotNull(s.view.date, s.view.time, s.view.remark).firstOrNull { it.id == id }
        is Screen.Search -> s.view.field
        is Screen.Settings -> listOf(s.view.coordinatorName, s.view.coordinatorNumber).firstOrNull { it.id == id }
        else -> null
    }?.takeIf { it.id == id }

    /** Opens the screen that shows [field], by the events the views offer. */
    private fun Shell.openScreenWith(field: FieldId) {
        createVault()
        val caseId = run {
            send(Event.NewCase)
            send(Event.Edit(FieldId.CASE_LABEL, "gezin B."))
            val case = send(Event.SubmitLabel).view.screenAs<Screen.Case>().view
            (case.newNote.event as Event.NewNote).caseId
        }
        when (field) {
            FieldId.CASE_LABEL -> send(view().screenAs<Screen.Case>().view.rename.event)
            FieldId.NOTE -> send(Event.NewNote(caseId))
            FieldId.REMARK, FieldId.SEEN_DATE, FieldId.SEEN_TIME -> {
                send(Event.OpenCaseSignals(caseId))
                val row = view().screenAs<Screen.Signals>().view.items[0]
                send(row.event)
                val ticked = view().screenAs<Screen.Signals>().view.items[0]
                send(assertNotNull(ticked.secondary, "details on every row").event)
                // Another day shows both the day and the time.
                if (field != FieldId.REMARK) send(Event.ChooseSeen(SeenChoice.OTHER_DAY))
            }
            FieldId.ADVICE -> {
                send(Event.OpenCaseSteps(caseId))
                val step2 = view().screenAs<Screen.Meldcode>().view.steps[1]
                send(assertNotNull(step2.editAdvice, "advice is offered at step 2").event)
            }
            FieldId.SEARCH -> {
                send(Event.OpenHome)
                send(Event.Open(Destination.SEARCH))
            }
            FieldId.COORDINATOR_NAME, FieldId.COORDINATOR_NUMBER -> {
                send(Event.OpenHome)
                send(Event.Open(Destination.SETTINGS))
            }
        }
        assertNotNull(view().field(field), "$field on screen: ${view().screen}")
    }

    /** [text] with each lone surrogate as U+FFFD: what the core must receive. */
    private fun wellFormed(text: String): String = buildString {
        var i = 0
        while (i < text.length) {
            val c = text[i]
            if (c.isHighSurrogate() && i + 1 < text.length && text[i + 1].isLowSurrogate()) {
                append(c).append(text[i + 1])
                i += 2
            } else {
                append(if (c.isSurrogate()) '\uFFFD' else c)
                i++
            }
        }
    }

    private fun hasLoneSurrogate(text: String): Boolean = wellFormed(text) != text

    @Test
    fun everyHostileStringInEveryFieldGoesStraightToDispatchAndNoneThrows() {
        for (field in FieldId.entries) {
            Shell().use { shell ->
                shell.openScreenWith(field)
                for (text in hostile) {
                    // Every field, the one shown and the five that are not.
                    for (other in FieldId.entries) {
                        val update = shell.core.dispatch(Event.Edit(other, text))
                        if (update.view.field(other) == null) {
                            assertEquals(NoticeKind.ERROR, update.view.notice?.kind, "$other: refused in words")
                        }
                    }
                    val shown = assertNotNull(shell.view().field(field)).text
                    assertFalse(hasLoneSurrogate(shown), "$field holds a lone surrogate")
                    if (hasLoneSurrogate(text) && !text.any { it.isISOControl() }) {
                        assertEquals(wellFormed(text), shown, "$field: each half became U+FFFD")
                    }
                }
            }
        }
    }

    @Test
    fun aLoneSurrogateInANoteIsKeptAsUFFFDAndTheNoteSaves() {
        Shell().use { shell ->
            shell.openScreenWith(FieldId.NOTE)
            shell.core.dispatch(Event.Edit(FieldId.NOTE, "Zoon \uD83D"))
            val case = shell.core.dispatch(Event.SaveNote).view.screenAs<Screen.Case>().view
            assertEquals("Zoon \uFFFD", case.notes.single().label)
        }
    }

    @Test
    fun aCallOnAClosedCoreIsTheContractsErrorNotIllegalState() {
        Shell().use { shell ->
            val core = shell.core
            core.close()
            val dispatched = assertFailsWith<CoreException.Closed> { core.dispatch(Event.Back) }
            assertTrue(dispatched.toString().contains("start a new one"), dispatched.toString())
            assertFailsWith<CoreException.Closed> { core.view() }
            // Closing twice is harmless; a new core on the same files works.
            core.close()
            shell.restart()
            assertIs<Screen.Home>(shell.view().screen)
        }
    }

    @Test
    fun anEmptyDataDirectoryIsRefusedNotTheWorkingDirectory() {
        val before = Files.list(java.nio.file.Path.of("")).use { it.count() }
        val error = assertFailsWith<CoreException.Storage> {
            Core(CoreConfig("", Language.NL), AesGcmKeyWrapper())
        }
        assertTrue(error.toString().contains("data directory"), error.toString())
        assertEquals(before, Files.list(java.nio.file.Path.of("")).use { it.count() }, "nothing made here")
    }

    @Test
    fun anEventFromAnotherScreenIsRefusedAndChangesNothing() {
        Shell().use { shell ->
            shell.openScreenWith(FieldId.NOTE)
            val case = shell.send(Event.Back).view.screenAs<Screen.Case>().view
            val caseId = (case.newNote.event as Event.NewNote).caseId
            shell.send(Event.OpenHome)
            shell.goTo(Destination.ABOUT)
            for (event in listOf(
                Event.SetStepStatus(caseId, 1u, StepChoice.DONE),
                Event.ToggleSignal(caseId, "withdraws"),
                Event.SetMaxAttempts(5u),
                Event.SetLanguage(Language.EN),
            )) {
                val update = shell.send(event)
                assertIs<Screen.About>(update.view.screen, "$event")
                assertEquals("Dit scherm was verouderd; er is niets gewijzigd.", update.view.notice?.text, "$event")
                assertTrue(update.effects.isEmpty(), "$event")
            }
            shell.send(Event.OpenHome)
            shell.goTo(Destination.CASES)
            shell.send(Event.OpenCase(caseId))
            val steps = shell.send(Event.OpenCaseSteps(caseId)).view.screenAs<Screen.Meldcode>().view
            val selected = steps.steps[0].status!!.options.single { it.selected }.label
            assertEquals("Niet begonnen", selected, "step 1 as it was")
        }
    }
}
