package nl.signalenkaart.ui

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier

/**
 * The core's button that shows the text a screen holds back ("Tekst tonen" in discreet
 * mode, the card's introduction on the home screen); nothing when the view gives none.
 * It sits where the view puts it: the card screens render their fields in order.
 */
@Composable
fun ShowTextButton(button: ButtonModel?, send: Send) {
    button?.let { CoreButton(it, send, Modifier.fillMaxWidth(), style = ButtonStyle.Secondary) }
}
