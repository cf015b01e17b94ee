package nl.signalenkaart.desktop

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.compose.ui.input.key.KeyEventType
import androidx.compose.ui.input.key.key
import androidx.compose.ui.input.key.type
import androidx.compose.ui.unit.dp
import androidx.compose.ui.window.Window
import androidx.compose.ui.window.application
import androidx.compose.ui.window.rememberWindowState
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.Phase
import nl.signalenkaart.ui.Launcher
import nl.signalenkaart.ui.SignalenkaartRoot
import nl.signalenkaart.ui.Store
import java.io.File

/**
 * The desktop preview: the real screens over a vault in a local folder
 * (-Dsignalenkaart.data, default build/preview-data), with the software key wrapper.
 * Escape is the back gesture where the screen has a back button; on the PIN screen the
 * keyboard's digits, Backspace and Enter press the pad's keys (see [keyEvent]).
 * Minimising the window is going to the background.
 * Options: -Dsignalenkaart.dark=true|false, -Dsignalenkaart.lang=nl|en.
 */
fun main() {
    val dir = File(System.getProperty("signalenkaart.data", "build/preview-data"))
    val language = if (System.getProperty("signalenkaart.lang") == "en") Language.EN else Language.NL
    println("Signalenkaart desktop preview: data in ${dir.absolutePath} (software key wrapper: NOT FOR PHONES)")
    application {
        val windowState = rememberWindowState(width = 412.dp, height = 860.dp)
        val effects = remember { DesktopEffects(hide = { windowState.isMinimized = true }) }
        // A folder that cannot be used shows the core's start failure, as on a phone.
        val launcher = remember { Launcher(language) { Store(desktopCore(dir, language), effects, SwingMain) }.apply { start() } }
        // Minimised is out of sight, as a phone's background; the store sends the
        // heartbeats the core asks for.
        LaunchedEffect(windowState.isMinimized, launcher.store) {
            val phase = if (windowState.isMinimized) Phase.BACKGROUND else Phase.ACTIVE
            launcher.store?.send(Event.PhaseChanged(phase))
        }
        Window(
            onCloseRequest = ::exitApplication,
            title = launcher.store?.view?.title.orEmpty(),
            state = windowState,
            onKeyEvent = { event ->
                val store = launcher.store
                val sent = if (store != null && event.type == KeyEventType.KeyDown) keyEvent(store.view, event.key) else null
                sent?.let { store?.send(it) }
                sent != null
            },
        ) {
            LaunchedEffect(Unit) {
                // On a machine without a display: from here on, a capture shows the window.
                println("The window is open" + (System.getenv("DISPLAY")?.let { " on display $it" } ?: "") + ".")
            }
            // Inside the window: skiko's native library (which asks the system theme) is
            // loaded with the first window, not before.
            val dark = System.getProperty("signalenkaart.dark")?.toBoolean() ?: isSystemInDarkTheme()
            SignalenkaartRoot(launcher, dark = dark)
            effects.Dialog()
        }
    }
}
