package nl.signalenkaart.app

import android.content.ActivityNotFoundException
import android.content.Intent
import nl.signalenkaart.core.Button
import nl.signalenkaart.core.ConfirmView
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.MessageView
import nl.signalenkaart.core.Screen
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/** Each effect comes down to its platform call; a device that cannot dial tells the core. */
class EffectsTest {
    private val platform = RecordingPlatform()
    private val sent = mutableListOf<Event>()
    private val effects = AndroidEffects(platform)

    private fun perform(effect: Effect) = effects.perform(effect) { sent += it }

    @Test
    fun aDialOpensTheDialerWithTheNumberFilledIn() {
        perform(Effect.Dial("tel:+31135498430"))

        val intent = platform.started.single()
        assertEquals(Intent.ACTION_DIAL, intent.action)
        assertEquals("tel:+31135498430", intent.data.toString())
        assertEquals(emptyList(), sent)
    }

    @Test
    fun aDeviceWithoutAPhoneAppTellsTheCoreInsteadOfCrashing() {
        platform.noDialer = true

        perform(Effect.Dial("tel:+31135498430"))

        assertEquals(listOf<Event>(Event.DialFailed("tel:+31135498430")), sent)
    }

    @Test
    fun theOtherEffectsComeDownToTheirPlatformCalls() {
        perform(Effect.HideApp)
        perform(Effect.Locked)
        perform(Effect.Wiped)
        perform(Effect.SetLauncherDiscreet(true))
        perform(Effect.SetLauncherDiscreet(false))

        assertEquals(listOf("cancelBiometricPrompt", "moveTaskToBack", "clearClipboard", "clearClipboard", "launcher discreet=true", "launcher discreet=false"), platform.calls)
        assertEquals(emptyList(), platform.started)
        assertEquals(emptyList(), sent)
    }

    @Test
    fun onlyThePinPadAndDestructiveQuestionsRefuseTouchesThroughOverlays() {
        val button = Button("OK", "OK", true, Event.Back)
        assertTrue(filtersObscuredTouches(Screen.Confirm(ConfirmView("Alles wissen?", button, button, null, true))))
        assertFalse(filtersObscuredTouches(Screen.Confirm(ConfirmView("Delen?", button, button, null, false))))
        assertFalse(filtersObscuredTouches(Screen.Neutral(MessageView("", button))))
    }
}

/** Records the platform calls; with [noDialer], no app takes `ACTION_DIAL`, as on a tablet. */
private class RecordingPlatform : AndroidPlatform {
    val started = mutableListOf<Intent>()
    val calls = mutableListOf<String>()
    var noDialer = false

    override fun startActivity(intent: Intent) {
        if (noDialer && intent.action == Intent.ACTION_DIAL) throw ActivityNotFoundException("No Activity found to handle Intent")
        started += intent
    }

    override fun moveTaskToBack() {
        calls += "moveTaskToBack"
    }

    override fun cancelBiometricPrompt() {
        calls += "cancelBiometricPrompt"
    }

    override fun clearClipboard() {
        calls += "clearClipboard"
    }

    override fun setLauncherDiscreet(discreet: Boolean) {
        calls += "launcher discreet=$discreet"
    }
}
