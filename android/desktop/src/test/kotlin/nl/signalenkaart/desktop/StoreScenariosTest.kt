package nl.signalenkaart.desktop

import nl.signalenkaart.core.Button
import nl.signalenkaart.core.ChoiceGroup
import nl.signalenkaart.core.CoreInterface
import nl.signalenkaart.core.Destination
import nl.signalenkaart.core.Effect
import nl.signalenkaart.core.Event
import nl.signalenkaart.core.FieldId
import nl.signalenkaart.core.InternalException
import nl.signalenkaart.core.Language
import nl.signalenkaart.core.NoteEditorView
import nl.signalenkaart.core.Screen
import nl.signalenkaart.core.TextField
import nl.signalenkaart.core.Update
import nl.signalenkaart.core.ViewModel
import nl.signalenkaart.ui.EffectHandler
import nl.signalenkaart.ui.Store
import org.junit.After
import org.junit.Test
import java.util.concurrent.Callable
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executor
import java.util.concurrent.Executors
import java.util.concurrent.Semaphore
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertTrue
import kotlin.test.fail

/**
 * The store protocol (the rules in the docs of `Core`) as named scenarios against a fake
 * core. The iOS store has the same scenarios, with the same names and assertions, in
 * `ios/Tests/SignalenkaartStoreTests/StoreScenarioTests.swift` (there prefixed `test`);
 * `scripts/check-store-scenarios.py` fails when the two lists differ.
 */
class StoreScenariosTest {
    private val harness = Harness()
    private val core get() = harness.core
    private val effects get() = harness.effects

    @After
    fun tearDown() = harness.close()

    @Test
    fun eventsReachTheCoreInTheOrderSentOffTheMainThread() {
        val store = harness.start()
        val events = listOf(Event.PinDigit(1u), Event.PinDigit(2u), Event.PinSubmit)

        events.forEach { harness.send(it) }
        harness.until { store.view.title == "3" }

        assertEquals(events, core.received)
        assertEquals(listOf(false, false, false), core.dispatchedOnMainThread)
    }

    @Test
    fun aStaleUpdateIsSkippedWhole() {
        core.effects = listOf(Effect.Dial("tel:0800 2000"))
        core.revisions += listOf(5uL, 3uL)
        val store = harness.start()

        harness.send(Event.Heartbeat)
        harness.send(Event.Heartbeat)
        harness.until { store.isIdleNow && core.received.size == 2 }

        assertEquals("1", harness.onMain { store.view.title })
        assertEquals(listOf<Effect>(Effect.Dial("tel:0800 2000")), effects.performed)
    }

    @Test
    fun aQuickExitIsAnsweredWhileAnEventIsInProgressAndPublishedAtOnce() {
        core.hold(1)
        val store = harness.start()

        harness.send(Event.PinSubmit)
        // The PIN check must be in the core before the quick exit overtakes it.
        harness.until { core.isHolding }
        harness.send(Event.QuickExit)
        harness.until { store.view.title == "quick exit" }
        assertEquals(listOf<Event>(Event.QuickExit), core.received, "the PIN check is still held")
        assertFalse(harness.onMain { store.idle }, "published while the PIN check waits")
        assertEquals(listOf<Effect>(Effect.HideApp), effects.performed)

        core.release()
        harness.until { store.isIdleNow }
        assertEquals("quick exit", harness.onMain { store.view.title }, "the older PIN update is stale")
        assertEquals(listOf("quick exit"), harness.publishedTitles)
    }

    @Test
    fun noViewIsPublishedWhileALaterEventWaits() {
        core.hold(1)
        val store = harness.start()

        harness.send(Event.Edit(FieldId.NOTE, "a"))
        harness.send(Event.Edit(FieldId.NOTE, "ab"))
        harness.send(Event.Edit(FieldId.NOTE, "abc"))
        assertFalse(harness.onMain { store.idle })
        core.release()
        harness.until { store.isIdleNow }

        assertEquals(listOf("3"), harness.publishedTitles, "the views of 1 and 2 came while 3 was queued")
        assertEquals("abc", harness.onMain { store.view.noteText })
        assertTrue(harness.onMain { store.idle })
    }

    @Test
    fun effectsOfEveryAppliedUpdateAreCarriedOutInTheCoresOrderOnTheMainThread() {
        core.effects = listOf(Effect.Locked, Effect.Dial("tel:+31135498430"), Effect.HideApp)
        core.hold(1)
        val store = harness.start()

        harness.send(Event.Heartbeat)
        harness.send(Event.Heartbeat)
        core.release()
        harness.until { effects.performed.size == 6 && store.isIdleNow }

        assertEquals(
            listOf(
                Effect.Locked, Effect.Dial("tel:+31135498430"), Effect.HideApp,
                Effect.Locked, Effect.Dial("tel:+31135498430"), Effect.HideApp,
            ),
            effects.performed,
        )
        assertEquals(List(6) { true }, effects.onMainThread)
        assertEquals(listOf("2"), harness.publishedTitles, "the first view was never drawn")
    }

    @Test
    fun whatThePlatformCouldNotDoGoesBackToTheCore() {
        core.effects = listOf(Effect.Dial("tel:+31135498430"))
        effects.answerToDial = { Event.DialFailed(it) }
        harness.start()

        harness.send(Event.Call("zorgcoordinator"))
        harness.until { core.received.size == 2 }

        assertEquals(Event.DialFailed("tel:+31135498430"), core.received.last())
    }

    @Test
    fun idleGoesFalseOnSendAndTrueWhenTheLastEventIsAnswered() {
        core.effects = listOf(Effect.Locked)
        core.hold(2)
        val store = harness.start()
        assertTrue(harness.onMain { store.idle })

        harness.send(Event.Heartbeat)
        assertFalse(harness.onMain { store.idle }, "not idle from the send on")
        harness.send(Event.Heartbeat)
        harness.until { core.isHolding }
        core.release()
        // The first is answered and applied (its effect carried out); the second waits.
        harness.until { effects.performed.size == 1 && core.isHolding }
        assertFalse(harness.onMain { store.idle }, "an event still waits")
        assertEquals(emptyList(), harness.publishedTitles)

        core.release()
        harness.until { store.isIdleNow }
        assertTrue(harness.onMain { store.idle })
        assertEquals(listOf("2"), harness.publishedTitles)
    }

    @Test
    fun theFirstViewsHeartbeatIsSent() {
        core.viewHeartbeat = 20
        harness.start()

        harness.until { core.received.size == 1 }
        assertEquals(listOf<Event>(Event.Heartbeat), core.received)
        // The heartbeat's view asks for none: nothing more comes.
        Thread.sleep(100)
        assertEquals(1, core.received.size)
    }

    @Test
    fun theHeartbeatFollowsTheNewestAppliedViewAndNoneWhenNull() {
        core.heartbeats += listOf(20L, null)
        harness.start()

        harness.send(Event.Open(Destination.CASES))
        harness.until { core.received.size == 2 }
        assertEquals(listOf(Event.Open(Destination.CASES), Event.Heartbeat), core.received)
        // The heartbeat's view asks for none: nothing more comes.
        Thread.sleep(100)
        assertEquals(2, core.received.size)
    }

    @Test
    fun aDispatchThatThrowsPublishesTheCoresCurrentViewWithoutEffectsAndTheStoreGoesOn() {
        core.effects = listOf(Effect.Locked)
        val store = harness.start()
        core.viewTitle = "current"
        core.viewHeartbeat = 20
        core.failNextDispatch = true

        harness.send(Event.Open(Destination.CASES))
        // The core's view as it stands, and the heartbeat it asks for.
        harness.until { core.received.size == 2 && store.isIdleNow }

        assertEquals(listOf(Event.Open(Destination.CASES), Event.Heartbeat), core.received)
        assertEquals(listOf("current", "2"), harness.publishedTitles)
        assertEquals(listOf<Effect>(Effect.Locked), effects.performed, "only the heartbeat's")
    }

    @Test
    fun aThrowFromViewTooKeepsTheLastViewAndSettles() {
        val store = harness.start()
        harness.send(Event.Heartbeat)
        harness.until { store.isIdleNow && store.view.title == "1" }
        core.failNextDispatch = true
        core.failView = true

        harness.send(Event.Open(Destination.CASES))
        harness.until { store.isIdleNow }
        assertEquals("1", harness.onMain { store.view.title })
        assertTrue(harness.onMain { store.idle })

        core.failView = false
        harness.send(Event.Heartbeat)
        harness.until { store.isIdleNow && store.view.title == "3" }
        assertEquals(listOf("1", "3"), harness.publishedTitles)
    }
}

/**
 * A store over a [FakeCore], with a main thread of its own: every published view is
 * recorded right after the main-thread task that set it.
 */
private class Harness : AutoCloseable {
    val core = FakeCore()
    val effects = RecordingEffects()
    private val main = Executors.newSingleThreadExecutor { Thread(it, "main") }
    private val mainThread: Thread = main.submit(Callable { Thread.currentThread() }).get()
    private val published = CopyOnWriteArrayList<ViewModel>()
    private var store: Store? = null
    private var last: ViewModel? = null

    init {
        core.mainThread = mainThread
        effects.mainThread = mainThread
    }

    /** Starts the store on the main thread (after the fake core is set up). */
    fun start(): Store = onMain {
        val store = Store(core, effects, Executor { task -> main.execute { task.run(); record() } })
        this.store = store
        last = store.view
        store
    }

    /** The titles of the views published since the start, in order. */
    val publishedTitles: List<String> get() = published.map { it.title }

    fun send(event: Event) = onMain { checkNotNull(store).send(event) }

    fun <T> onMain(block: () -> T): T = main.submit(Callable(block)).get()

    /** Waits until [condition] holds, checked on the main thread; fails after five seconds. */
    fun until(condition: () -> Boolean) {
        val deadline = System.nanoTime() + 5_000_000_000
        while (!onMain(condition)) {
            if (System.nanoTime() > deadline) fail("condition not met within 5 s")
            Thread.sleep(1)
        }
    }

    private fun record() {
        val view = store?.view ?: return
        if (view !== last) {
            last = view
            published += view
        }
    }

    override fun close() {
        store?.close()
        main.shutdownNow()
    }
}

/**
 * Answers every event with a view titled with the number of events so far (a quick exit:
 * "quick exit"); an edit of the note field shows the edited text. The same fake as the iOS
 * store tests' `FakeCore`.
 */
private class FakeCore : CoreInterface {
    private val lock = Any()
    private val events = mutableListOf<Event>()
    private val onMain = mutableListOf<Boolean>()
    private var noteText = ""
    private var holds = 0
    private var waiting = false
    private var arrived = 0uL
    private val gate = Semaphore(0)

    @Volatile var mainThread: Thread? = null

    /** Effects of every update but a quick exit's (which is `HideApp`). */
    @Volatile var effects: List<Effect> = emptyList()

    /** Revisions to hand out, in order; counting up once used up. */
    val revisions = mutableListOf<ULong>()

    /** Heartbeat deadlines for the updates' views, in order; none once used up. */
    val heartbeats = mutableListOf<Long?>()

    /** What [view] answers: its title and heartbeat. */
    @Volatile var viewTitle = "0"

    @Volatile var viewHeartbeat: Long? = null

    /** The next dispatch throws, as on a closed core. */
    @Volatile var failNextDispatch = false

    /** Every [view] throws. */
    @Volatile var failView = false

    /** The next [count] events other than a quick exit each wait inside the core for a [release]. */
    fun hold(count: Int) = synchronized(lock) { holds = count }

    /** Whether a held event has reached the core and waits there. */
    val isHolding: Boolean get() = synchronized(lock) { waiting }

    /** Lets the held event go on. */
    fun release() = gate.release()

    val received: List<Event> get() = synchronized(lock) { events.toList() }

    val dispatchedOnMainThread: List<Boolean> get() = synchronized(lock) { onMain.toList() }

    override fun dispatch(event: Event): Update {
        // Numbered on arrival: an event held in the core is older than a quick exit that
        // overtook it, as the real core numbers them.
        val revision = synchronized(lock) {
            arrived++
            revisions.removeFirstOrNull() ?: arrived
        }
        val hold = event != Event.QuickExit && synchronized(lock) { (holds > 0).also { if (it) holds-- } }
        if (hold) {
            synchronized(lock) { waiting = true }
            // A broken test fails rather than hangs.
            gate.tryAcquire(10, TimeUnit.SECONDS)
            synchronized(lock) { waiting = false }
        }
        return synchronized(lock) {
            events += event
            onMain += Thread.currentThread() === mainThread
            if (failNextDispatch) {
                failNextDispatch = false
                throw InternalException("dispatch failed")
            }
            if (event is Event.Edit && event.field == FieldId.NOTE) noteText = event.text
            val title = if (event == Event.QuickExit) "quick exit" else events.size.toString()
            val heartbeat = heartbeats.removeFirstOrNull()
            Update(
                view = fakeView(title, noteText, heartbeat),
                effects = if (event == Event.QuickExit) listOf(Effect.HideApp) else effects,
                revision = revision,
            )
        }
    }

    override fun view(): ViewModel {
        if (failView) throw InternalException("view failed")
        return fakeView(viewTitle, "", viewHeartbeat)
    }
}

private fun fakeView(title: String, note: String, heartbeat: Long?): ViewModel {
    val ok = Button("OK", "OK", true, Event.LeaveNeutral)
    val field = TextField(FieldId.NOTE, "Tekst van de notitie", note, "", null, 5000u, null, true)
    return ViewModel(
        screen = Screen.NoteEditor(
            NoteEditorView("", field, ChoiceGroup("", "", emptyList()), null, null, ok, null),
        ),
        title = title,
        back = null,
        call = null,
        quickExit = null,
        lock = null,
        notice = null,
        discreet = false,
        language = Language.NL,
        nextHeartbeatMs = heartbeat,
    )
}

private val ViewModel.noteText: String?
    get() = (screen as? Screen.NoteEditor)?.view?.field?.text

/**
 * Records the effects performed, and whether on the main thread; answers the first dial
 * with [answerToDial], as a device without a phone app does.
 */
private class RecordingEffects : EffectHandler {
    val performed = CopyOnWriteArrayList<Effect>()
    val onMainThread = CopyOnWriteArrayList<Boolean>()

    @Volatile var mainThread: Thread? = null

    @Volatile var answerToDial: ((String) -> Event)? = null

    override fun perform(effect: Effect, send: (Event) -> Unit) {
        performed += effect
        onMainThread += Thread.currentThread() === mainThread
        val answer = answerToDial
        if (effect is Effect.Dial && answer != null) {
            answerToDial = null
            send(answer(effect.telUri))
        }
    }
}
