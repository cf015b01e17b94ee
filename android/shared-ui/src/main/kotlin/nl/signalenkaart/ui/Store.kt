package nl.signalenkaart.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import nl.signalenkaart.core.Core
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.ViewModel
import java.util.concurrent.Executor
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors

/** Carries out the platform actions the core asks for (dial, share, hide the app, …). */
fun interface EffectHandler {
    /** Called on the main thread, in the order the core listed the effects. */
    fun perform(effect: Effect)
}

/**
 * The shell's only state holder: the core object and the view it last returned.
 *
 * [send] hands an event to the core on one background thread (unlocking runs Argon2id,
 * far too slow for the UI thread) and publishes the new view and its effects on [main].
 * One worker thread keeps events in the order they were sent.
 */
class Store(
    private val core: Core,
    private val effects: EffectHandler,
    private val main: Executor,
    private val worker: ExecutorService = Executors.newSingleThreadExecutor { task ->
        Thread(task, "signalenkaart-core").apply { isDaemon = true }
    },
) : AutoCloseable {
    /** The view to render; Compose observes it. */
    var view: ViewModel by mutableStateOf(core.view())
        private set

    /**
     * False while sent events have not come back. Text fields use it to tell the echo of
     * their own typing from a change the core made (a cleared or trimmed text).
     */
    var idle: Boolean by mutableStateOf(true)
        private set

    private val lock = Any()
    private var pending = 0

    /** Whether every sent event has been dispatched and published (for test idling). */
    val isIdleNow: Boolean
        get() = synchronized(lock) { pending == 0 }

    /** Sends [event] to the core off the calling thread. */
    fun send(event: Event) {
        synchronized(lock) {
            pending++
            idle = false
        }
        worker.execute {
            val update = core.dispatch(event)
            main.execute {
                view = update.view
                synchronized(lock) {
                    pending--
                    if (pending == 0) idle = true
                }
                update.effects.forEach(effects::perform)
            }
        }
    }

    override fun close() {
        worker.shutdown()
    }
}
