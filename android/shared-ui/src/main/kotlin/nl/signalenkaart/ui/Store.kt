package nl.signalenkaart.ui

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import nl.signalenkaart.core.CoreInterface
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.Update
import nl.signalenkaart.core.ViewModel
import java.util.concurrent.Executor
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.ScheduledExecutorService
import java.util.concurrent.ScheduledFuture
import java.util.concurrent.TimeUnit

/** Carries out the platform actions the core asks for (dial, share, hide the app, …). */
fun interface EffectHandler {
    /**
     * Called on the main thread, in the order the core listed the effects. [send]
     * reports back what the platform could not do (a `Dial` no app could take:
     * `Event.DialFailed`), so the core words it.
     */
    fun perform(effect: Effect, send: (Event) -> Unit)
}

/**
 * The shell's only state holder: the core object and the view it last returned.
 *
 * [send] hands an event to the core on one background thread (unlocking runs Argon2id,
 * far too slow for the UI thread) and publishes the new view and its effects on [main].
 * One worker thread keeps events in the order they were sent. When a view asks for a
 * heartbeat ([ViewModel.nextHeartbeatMs]) the store sends [Event.Heartbeat] on time; a
 * newer view replaces the deadline.
 *
 * A quick exit does not queue behind an event in progress (a PIN check takes long on a
 * phone): it goes to the core on its own thread, which answers it at once. Updates are
 * applied in the core's order ([Update.revision]): one older than the last applied is
 * stale and skipped whole.
 *
 * Nothing the core is sent can end the process: the bindings send text well-formed
 * (a lone surrogate becomes U+FFFD, see `core/uniffi.toml`), and should a dispatch
 * still throw (a defect), the worker carries on and the core's current view is shown,
 * so a draft the core holds is never lost with the process.
 */
class Store(
    private val core: CoreInterface,
    private val effects: EffectHandler,
    private val main: Executor,
    private val worker: ExecutorService = Executors.newSingleThreadExecutor { task ->
        Thread(task, "signalenkaart-core").apply { isDaemon = true }
    },
    private val timer: ScheduledExecutorService = Executors.newSingleThreadScheduledExecutor { task ->
        Thread(task, "signalenkaart-heartbeat").apply { isDaemon = true }
    },
    private val urgent: ExecutorService = Executors.newSingleThreadExecutor { task ->
        Thread(task, "signalenkaart-quick-exit").apply { isDaemon = true }
    },
) : AutoCloseable {
    /** The view to render; Compose observes it. */
    var view: ViewModel by mutableStateOf(core.view())
        private set

    private var heartbeat: ScheduledFuture<*>? = null
    private var applied: ULong = 0u

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
        val thread = if (event is Event.QuickExit) urgent else worker
        thread.execute {
            val update = try {
                core.dispatch(event)
            } catch (_: Exception) {
                // Not logged: the event may hold case data. The view then stays the
                // core's, which has kept everything it was sent before.
                null
            }
            main.execute { if (update != null) apply(update) else applyCurrentView() }
        }
    }

    /**
     * Shows [update] and carries out its effects, unless a newer one was applied. Settled
     * only once the view is published: a test waiting for [isIdleNow] on another thread
     * then reads this view, not the one before.
     */
    private fun apply(update: Update) {
        if (update.revision <= applied) {
            settled()
            return
        }
        applied = update.revision
        view = update.view
        scheduleHeartbeat(update.view.nextHeartbeatMs)
        settled()
        update.effects.forEach { effects.perform(it, ::send) }
    }

    /** After a failed dispatch: the core's view as it stands (a text field reverts to it). */
    private fun applyCurrentView() {
        runCatching { core.view() }.onSuccess { current ->
            view = current
            scheduleHeartbeat(current.nextHeartbeatMs)
        }
        settled()
    }

    private fun settled() {
        synchronized(lock) {
            pending--
            if (pending == 0) idle = true
        }
    }

    /** Replaces the pending heartbeat with one due in [ms], or none. Main thread only. */
    private fun scheduleHeartbeat(ms: Long?) {
        heartbeat?.cancel(false)
        heartbeat = ms?.let {
            timer.schedule({ main.execute { send(Event.Heartbeat) } }, it, TimeUnit.MILLISECONDS)
        }
    }

    override fun close() {
        heartbeat?.cancel(false)
        timer.shutdown()
        urgent.shutdown()
        worker.shutdown()
    }
}
