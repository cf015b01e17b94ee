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
 * The shell's only state holder: the core object and the view it last published.
 *
 * It follows the store protocol written once in the docs of [nl.signalenkaart.core.Core]
 * (rules 1 to 6), as the iOS store does; the same named scenarios test both
 * (`StoreScenariosTest` here, `StoreScenarioTests` on iOS). [send] hands an event to the
 * core on one background thread (rule 1: unlocking runs Argon2id, far too slow for the
 * UI thread), a quick exit on its own (rule 2), and applies the answer on [main].
 *
 * Nothing the core is sent can end the process: the bindings send text well-formed
 * (a lone surrogate becomes U+FFFD, see `core/uniffi.toml`), the core answers a failure
 * inside it with its view and a notice, and should a dispatch still throw (a closed
 * core), the store carries on with the core's current view (rule 5).
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
    /** The view to render; Compose observes it. Set only when published (rule 3). */
    var view: ViewModel by mutableStateOf(core.view())
        private set

    /**
     * False from a send until no sent event is waiting any more (rule 3). Text fields use
     * it to tell the echo of their own typing from a change the core made (a cleared or
     * trimmed text).
     */
    var idle: Boolean by mutableStateOf(true)
        private set

    private var heartbeat: ScheduledFuture<*>? = null

    /** Main thread only: the revision of the last applied update (rule 1). */
    private var applied: ULong = 0u

    /** Main thread only: the newest applied view, until it is published (rule 3). */
    private var unpublished: ViewModel? = null

    private val lock = Any()

    /** Sent events not yet answered and applied; guarded by [lock]. */
    private var pending = 0

    init {
        scheduleHeartbeat(view.nextHeartbeatMs)
    }

    /**
     * Whether every sent event was answered and applied, and the newest view published
     * (for test idling): a test waiting for it on another thread then reads that view.
     */
    val isIdleNow: Boolean
        get() = synchronized(lock) { pending == 0 }

    /** Sends [event] to the core off the calling thread. */
    fun send(event: Event) {
        synchronized(lock) {
            pending++
            idle = false
        }
        val quickExit = event is Event.QuickExit
        (if (quickExit) urgent else worker).execute {
            val answer = answer(event)
            main.execute { apply(answer, quickExit) }
        }
    }

    /** What came back for one event: its update, or the view after a throw (rule 5). */
    private class Answer(val update: Update?, val current: ViewModel?)

    /**
     * Rule 5: should the dispatch throw, the event counts as answered and the core's view
     * as it stands is the newest (`null` if that throws too: the last view stays). Not
     * logged: the event may hold case data.
     */
    private fun answer(event: Event): Answer = try {
        Answer(core.dispatch(event), null)
    } catch (_: Exception) {
        Answer(null, runCatching { core.view() }.getOrNull())
    }

    /**
     * Applies one answer (rule 1: a stale update is skipped whole), carries out its
     * effects in order (rule 3), and publishes the newest view when no sent event is
     * waiting, or at once for a quick exit (rule 3). The view is published before the
     * event counts as settled, so [isIdleNow] never shows an older view.
     */
    private fun apply(answer: Answer, quickExit: Boolean) {
        val update = answer.update
        if (update == null) {
            answer.current?.let(::newest)
        } else if (update.revision > applied) {
            applied = update.revision
            newest(update.view)
            update.effects.forEach { effects.perform(it, ::send) }
        }
        synchronized(lock) {
            pending--
            val newest = unpublished
            if (newest != null && (pending == 0 || quickExit)) {
                unpublished = null
                view = newest
            }
            if (pending == 0) idle = true
        }
    }

    /** The newest applied view: published under rule 3; its heartbeat counts now (rule 4). */
    private fun newest(applied: ViewModel) {
        unpublished = applied
        scheduleHeartbeat(applied.nextHeartbeatMs)
    }

    /** Rule 4: replaces the pending heartbeat with one due in [ms], or none. Main thread only. */
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
