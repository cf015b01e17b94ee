package nl.signalenkaart.app

import android.os.Bundle
import android.os.Handler
import android.os.Looper
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.addCallback
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.CompositionLocalProvider
import nl.signalenkaart.core.Event
import nl.signalenkaart.ui.LocalSensitiveInput
import nl.signalenkaart.ui.SignalenkaartApp

/**
 * The one activity: renders the store's view and passes the platform's happenings to
 * the core (back, going to the background, time passing).
 */
class MainActivity : ComponentActivity() {
    private val app get() = application as SignalenkaartApplication
    private val store get() = app.store

    private val ticker = Handler(Looper.getMainLooper())
    private val tick = object : Runnable {
        override fun run() {
            store.send(Event.Tick)
            ticker.postDelayed(this, TICK_MILLIS)
        }
    }

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

    override fun onStart() {
        super.onStart()
        // Ticks while visible, and one at once: auto-lock acts on time that passed while
        // the app was in the background.
        ticker.post(tick)
    }

    override fun onResume() {
        super.onResume()
        app.effects.activity = this
    }

    override fun onPause() {
        app.effects.activity = null
        super.onPause()
    }

    override fun onStop() {
        ticker.removeCallbacks(tick)
        // Out of sight means locked: the vault closes and its keys are zeroed.
        store.send(Event.WentToBackground)
        super.onStop()
    }

    private companion object {
        const val TICK_MILLIS = 15_000L
    }
}
