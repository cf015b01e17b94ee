package nl.signalenkaart.desktop

import androidx.compose.ui.input.key.Key
import androidx.compose.ui.test.junit4.createComposeRule
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Screen
import org.junit.After
import org.junit.Rule
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNull

/** The preview window's keyboard: Escape as the back gesture, the PIN pad's digits. */
class DesktopKeysTest {
    @get:Rule
    val rule = createComposeRule()

    private val app by lazy { UiHarness(rule) }

    @After
    fun close() = app.close()

    /** Presses [key] in the window: sends what the view offers for it, if anything. */
    private fun press(key: Key) {
        rule.runOnIdle { keyEvent(app.store.view, key)?.let(app.store::send) }
        rule.waitForIdle()
    }

    @Test
    fun escapeOnTheHomeScreenDoesNothing() {
        val home = app.view
        press(Key.Escape)
        assertEquals(home, app.view, "Escape on the home screen changed the view (notice: ${app.view.notice?.text})")
    }

    @Test
    fun escapeGoesBackWhereTheScreenHasABackButton() {
        app.open(Destination.SIGNALS)
        app.screen<Screen.Signals>()
        press(Key.Escape)
        app.screen<Screen.Home>()
        assertNull(app.view.notice)
    }

    @Test
    fun thePinPadTakesTheKeyboardsDigitsAndBackspace() {
        app.open(Destination.CASES)
        val entered = { app.screen<Screen.Pin>().view.entered.toInt() }
        listOf(Key.Two, Key.Four, Key.NumPad6).forEach(::press)
        assertEquals(3, entered())
        press(Key.Backspace)
        assertEquals(2, entered())
        // A letter is no digit.
        press(Key.A)
        assertEquals(2, entered())
    }

    @Test
    fun digitsOffThePinScreenSendNothing() {
        val home = app.view
        press(Key.One)
        press(Key.Backspace)
        assertEquals(home, app.view)
    }
}
