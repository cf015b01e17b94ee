package nl.signalenkaart.desktop

import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.ui.EffectHandler

/**
 * The desktop preview's stand-in for the phone: it cannot dial or share, so it prints
 * what the phone would do and shows it in a dialog. These strings are developer output,
 * not app text.
 */
class DesktopEffects(private val hide: () -> Unit = {}) : EffectHandler {
    /** What the phone would do now, shown until dismissed. */
    var shown: String? by mutableStateOf(null)
        private set

    override fun perform(effect: Effect, send: (Event) -> Unit) {
        val text = when (effect) {
            is Effect.Dial -> "Phone: dial ${effect.telUri}"
            is Effect.Share -> "Phone: share sheet with \"${effect.subject}\"\n\n${effect.text}"
            is Effect.HideApp -> "Phone: app moved to the background"
            is Effect.Locked -> "Phone: vault locked, sensitive platform state dropped"
            is Effect.Wiped -> "Phone: everything erased, launcher and key reset"
            is Effect.SetLauncherDiscreet -> "Phone: launcher entry ${if (effect.discreet) "neutral" else "normal"}"
        }
        println("effect: $text")
        when (effect) {
            is Effect.Dial, is Effect.Share -> shown = text
            is Effect.HideApp -> hide()
            else -> Unit
        }
    }

    /** The dialog showing the last dial or share. */
    @Composable
    fun Dialog() {
        val text = shown ?: return
        AlertDialog(
            onDismissRequest = { shown = null },
            confirmButton = { TextButton(onClick = { shown = null }) { Text("OK") } },
            title = { Text("Desktop preview") },
            text = { Text(text) },
        )
    }
}
