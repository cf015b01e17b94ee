package nl.signalenkaart.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.addCallback
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.CompositionLocalProvider
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Phase
import nl.signalenkaart.ui.LocalSensitiveInput
import nl.signalenkaart.ui.SignalenkaartApp

/**
 * The one activity: renders the store's view and passes the platform's happenings to
 * the core (back, the lifecycle phases); the store sends the heartbeats the core asks for.
 */
class MainActivity : ComponentActivity() {
    private val app get() = application as SignalenkaartApplication
    private val store get() = app.store

    override fun onCreate(savedInstanceState: Bundle?) {
        // No screenshots, no screen recording, a blank thumbnail in the app switcher.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        onBackPressedDispatcher.addCallback(this) {
            // Back goes where the core says; at the root there is nowhere to go, so
            // leave the app as Android does for a launcher activity.
            if (store.view.back != null) store.send(Event.Back) else moveTaskToBack(true)
        }
        setContent {
            CompositionLocalProvider(LocalSensitiveInput provides { field -> NoPersonalizedLearning(field) }) {
                SignalenkaartApp(store, dark = isSystemInDarkTheme())
            }
        }
    }

    // The core decides what each phase means (out of sight locks the vault); resuming
    // also lets it act on the time that passed while the app was away.
    override fun onResume() {
        super.onResume()
        app.effects.activity = this
        store.send(Event.PhaseChanged(Phase.ACTIVE))
    }

    override fun onPause() {
        app.effects.activity = null
        store.send(Event.PhaseChanged(Phase.INACTIVE))
        super.onPause()
    }

    override fun onStop() {
        store.send(Event.PhaseChanged(Phase.BACKGROUND))
        super.onStop()
    }
}
