package nl.signalenkaart.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import nl.signalenkaart.core.CoreException
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.StartFailureView

/** What the app shows before and around the core: starting, running, or a failed start. */
sealed interface LaunchState {
    /** The core has not been started yet. */
    data object Starting : LaunchState

    /** The core runs; render its store. */
    data class Running(val store: Store) : LaunchState

    /** The core could not start; show this, worded by the core. */
    data class Failed(val failure: StartFailureView) : LaunchState
}

/**
 * Starts the core and keeps the state the app shows: a full or unwritable disk is a
 * screen in the core's words with a retry where one can help, never a crash loop.
 * [makeStore] builds the core (which throws [CoreException]) and its store.
 */
class Launcher(private val language: Language, private val makeStore: () -> Store) {
    /** The current state; Compose observes it. */
    var state: LaunchState by mutableStateOf(LaunchState.Starting)
        private set

    /** The store, once the core runs. */
    val store: Store? get() = (state as? LaunchState.Running)?.store

    /** Starts the core unless it runs; also the retry after a failure. Main thread. */
    fun start() {
        if (state is LaunchState.Running) return
        state = try {
            LaunchState.Running(makeStore())
        } catch (e: CoreException) {
            LaunchState.Failed(e.startFailure(language))
        } catch (_: Exception) {
            // Only the platform glue around the core throws anything else; its text
            // may name files, so it is not shown.
            LaunchState.Failed(CoreException.Internal("platform").startFailure(language))
        }
    }
}
