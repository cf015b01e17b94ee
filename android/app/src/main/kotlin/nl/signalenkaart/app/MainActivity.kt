package nl.signalenkaart.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.BackHandler
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.SideEffect
import androidx.fragment.app.FragmentActivity
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Phase
import nl.signalenkaart.core.Screen
import nl.signalenkaart.ui.LocalSensitiveInput
import nl.signalenkaart.ui.SignalenkaartRoot

/**
 * The one activity: renders the launcher's state and passes the platform's happenings
 * to the core (back, the lifecycle phases); the store sends the heartbeats the core
 * asks for. A [FragmentActivity] (a ComponentActivity with fragments): the biometric
 * prompt of androidx.biometric is a fragment over it.
 */
class MainActivity : FragmentActivity() {
    private val app get() = application as SignalenkaartApplication
    private val store get() = app.launcher.store

    override fun onCreate(savedInstanceState: Bundle?) {
        // No screenshots, no screen recording, a blank thumbnail in the app switcher.
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        app.launcher.start()
        setContent {
            val view = store?.view
            // Back is the core's where it offers one; at the root the system's own back
            // (to the home screen, with its predictive animation) takes over.
            BackHandler(enabled = view?.back != null) { store?.send(Event.Back) }
            // Taps through an overlay drawn over the PIN pad or a destructive question
            // are dropped: a tapjacking app cannot enter digits or confirm an erase.
            val filter = view != null && filtersObscuredTouches(view.screen)
            SideEffect { window.decorView.filterTouchesWhenObscured = filter }
            CompositionLocalProvider(LocalSensitiveInput provides { field -> NoPersonalizedLearning(field) }) {
                SignalenkaartRoot(app.launcher, dark = isSystemInDarkTheme())
            }
        }
    }

    // The core decides what each phase means (out of sight locks the vault); resuming
    // also lets it act on the time that passed while the app was away.
    override fun onResume() {
        super.onResume()
        app.platform.activity = this
        store?.send(Event.PhaseChanged(Phase.ACTIVE))
    }

    override fun onPause() {
        app.platform.activity = null
        if (!isChangingConfigurations) store?.send(Event.PhaseChanged(Phase.INACTIVE))
        super.onPause()
    }

    // A configuration change the manifest does not list (it lists folding, resizing,
    // rotation, font size, …) recreates the activity: that is not the app going out of
    // sight, so it does not lock.
    override fun onStop() {
        if (!isChangingConfigurations) store?.send(Event.PhaseChanged(Phase.BACKGROUND))
        super.onStop()
    }
}

/** The screens whose taps must not come through an overlay: the PIN pad, a destructive question. */
fun filtersObscuredTouches(screen: Screen): Boolean = when (screen) {
    is Screen.Pin -> true
    is Screen.Confirm -> screen.view.destructive
    else -> false
}
