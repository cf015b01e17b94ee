package nl.signalenkaart.desktop

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.SignalenkaartApp
import nl.signalenkaart.ui.Store
import nl.signalenkaart.ui.TextFieldModel
import org.junit.After
import org.junit.Test
import java.nio.file.Files
import kotlin.test.assertEquals
import kotlin.test.assertNotNull

/**
 * Fast typing in real time, through the real store (its worker thread, the core's
 * answers published on the main thread) into the real screens, as on a phone: at 30
 * characters a second nothing typed may be lost or reordered, in the field or in the core.
 */
class TypingTest {
    private val dir = Files.createTempDirectory("signalenkaart-typing").toFile()
    private val store = Store(desktopCore(dir, Language.NL, FixedClock()), { _, _ -> }, SwingMain)
    private val window = LiveWindow { SignalenkaartApp(store, dark = false) }

    @After
    fun tearDown() {
        window.close()
        store.close()
        dir.deleteRecursively()
    }

    private val view: ViewModel get() = window.onSwing { store.view }

    private fun settle() = window.waitUntil("the core") { store.isIdleNow }

    private fun send(event: Event) {
        window.onSwing { store.send(event) }
        settle()
    }

    private fun fieldOnScreen(): SemanticsNode? = window.node { SemanticsActions.SetText in it.config }

    /** The screen's one text field, once the screen is drawn. */
    private fun field(): SemanticsNode {
        window.waitUntil("a text field") { fieldOnScreen() != null }
        return fieldOnScreen()!!
    }

    private fun shownText(): String =
        fieldOnScreen()?.config?.getOrNull(SemanticsProperties.EditableText)?.text.orEmpty()

    /**
     * Types [text] at 30 characters a second into the screen's field, then finds all of it,
     * in order, in the field and in the core's view. Where the core finds it [tooLong], its
     * error shows under the field, and nothing was cut.
     */
    private fun typeAndCheck(text: String, tooLong: Boolean, model: () -> TextFieldModel) {
        window.focus(::field)
        window.type(text, intervalMs = 33)
        settle()
        // A frame or two for the field to take the core's answer; if it never does, the
        // comparisons below say where the texts differ.
        runCatching { window.waitUntil("the field", timeoutMs = 2_000) { shownText() == model().text } }
        assertSameText(text, shownText(), "the field")
        assertSameText(text, model().text, "the core's next view")
        if (tooLong) {
            val error = assertNotNull(model().error, "no error for ${text.length} characters")
            assertNotNull(
                window.node { node -> node.config.getOrNull(SemanticsProperties.Text)?.any { it.text == error } == true },
                "error '$error' not shown",
            )
        }
    }

    private fun assertSameText(expected: String, actual: String, where: String) {
        val at = expected.zip(actual).indexOfFirst { (e, a) -> e != a }.takeIf { it >= 0 } ?: minOf(expected.length, actual.length)
        assertEquals(expected, actual, "$where differs from UTF-16 index $at on (${expected.length} typed, ${actual.length} there)")
    }

    @Test
    fun typingAt30CharactersASecondKeepsEveryCharacterInOrder() {
        // 300 characters (code points), with accents and an emoji: what a note holds.
        val phrase = "Zoë zegt: één café, geen ruzie 😀 "
        val all = phrase.repeat(10)
        val text = all.substring(0, all.offsetByCodePoints(0, 300))

        // A case needs the vault: choose a PIN, twice.
        send(Event.Open(Destination.CASES))
        repeat(2) {
            "246810".forEach { send(Event.PinDigit(digit = (it - '0').toUByte())) }
            send(Event.PinSubmit)
        }
        send((view.screen as Screen.Cases).view.newCase.event)

        typeAndCheck(text, tooLong = true) { (view.screen as Screen.Label).view.field }
        // The core's own change of the text (here: replaced) shows in the field.
        send(Event.Edit(FieldId.CASE_LABEL, "gezin B."))
        window.waitUntil("the field to show the core's text") { shownText() == "gezin B." }
        send(Event.SubmitLabel)

        send((view.screen as Screen.Case).view.newNote.event)
        typeAndCheck(text, tooLong = false) { (view.screen as Screen.NoteEditor).view.field }
        send(Event.SaveNote)

        send(Event.OpenHome)
        send(Event.Open(Destination.SEARCH))
        typeAndCheck(text, tooLong = true) { (view.screen as Screen.Search).view.field }
    }
}
