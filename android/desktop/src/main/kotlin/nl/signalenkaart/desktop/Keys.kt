package nl.signalenkaart.desktop

import androidx.compose.ui.input.key.Key
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.ViewModel

/**
 * What a key pressed in the preview window sends, or null for nothing: only what the
 * view on screen offers, as a tap would. Escape is the back gesture where the view has a
 * back button (on the home screen it has none, and Escape does nothing); on the PIN
 * screen the digits (top row and keypad), Backspace and Enter press the pad's keys.
 */
fun keyEvent(view: ViewModel, key: Key): Event? {
    if (key == Key.Escape) return view.back?.takeIf { it.enabled }?.event
    val pad = (view.screen as? Screen.Pin)?.view?.keys ?: return null
    val wanted = when (key) {
        Key.Backspace -> Event.PinBackspace
        Key.Enter, Key.NumPadEnter -> Event.PinSubmit
        else -> digit(key)?.let { Event.PinDigit(digit = it.toUByte()) }
    } ?: return null
    return pad.firstOrNull { it.event == wanted && it.enabled }?.event
}

private val digitKeys = listOf(Key.Zero, Key.One, Key.Two, Key.Three, Key.Four, Key.Five, Key.Six, Key.Seven, Key.Eight, Key.Nine)
private val keypadKeys = listOf(
    Key.NumPad0, Key.NumPad1, Key.NumPad2, Key.NumPad3, Key.NumPad4,
    Key.NumPad5, Key.NumPad6, Key.NumPad7, Key.NumPad8, Key.NumPad9,
)

private fun digit(key: Key): Int? = digitKeys.indexOf(key).takeIf { it >= 0 } ?: keypadKeys.indexOf(key).takeIf { it >= 0 }
