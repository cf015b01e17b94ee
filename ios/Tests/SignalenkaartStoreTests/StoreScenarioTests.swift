import Foundation
import XCTest
import SignalenkaartCore
@testable import SignalenkaartStore

/// The store protocol (the rules in the docs of `Core`) as named scenarios against a fake
/// core. The Android store has the same scenarios, with the same names and assertions, in
/// `android/desktop/src/test/kotlin/nl/signalenkaart/desktop/StoreScenariosTest.kt`
/// (there without the `test` prefix); `scripts/check-store-scenarios.py` fails when the
/// two lists differ.
@MainActor
final class StoreScenarioTests: XCTestCase {
    func testEventsReachTheCoreInTheOrderSentOffTheMainThread() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        let store = try Store(core: core, effects: effects)
        let events: [Event] = [.pinDigit(digit: 1), .pinDigit(digit: 2), .pinSubmit]

        events.forEach { store.send($0) }
        try await until { store.view.title == "3" }

        XCTAssertEqual(core.received, events)
        XCTAssertEqual(core.dispatchedOnMainThread, [false, false, false])
    }

    func testAStaleUpdateIsSkippedWhole() async throws {
        let effects = RecordingEffects()
        let core = FakeCore(effects: [.dial(telUri: "tel:0800 2000")])
        core.revisions = [5, 3]
        let store = try Store(core: core, effects: effects)

        store.send(.heartbeat)
        store.send(.heartbeat)
        try await until { store.isIdle && core.received.count == 2 }

        XCTAssertEqual(store.view.title, "1")
        XCTAssertEqual(effects.performed, [.dial(telUri: "tel:0800 2000")])
    }

    func testAQuickExitIsAnsweredWhileAnEventIsInProgressAndPublishedAtOnce() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        core.hold(1)
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)

        store.send(.pinSubmit)
        // The PIN check must be in the core before the quick exit overtakes it.
        try await until { core.isHolding }
        store.send(.quickExit)
        try await until { store.view.title == "quick exit" }
        XCTAssertEqual(core.received, [.quickExit], "the PIN check is still held")
        XCTAssertFalse(store.isIdle, "published while the PIN check waits")
        XCTAssertEqual(effects.performed, [.hideApp])

        core.release()
        try await until { store.isIdle }
        XCTAssertEqual(store.view.title, "quick exit", "the older PIN update is stale")
        XCTAssertEqual(published.titles, ["quick exit"])
    }

    func testNoViewIsPublishedWhileALaterEventWaits() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        core.hold(1)
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)

        store.send(.edit(field: .note, text: "a"))
        store.send(.edit(field: .note, text: "ab"))
        store.send(.edit(field: .note, text: "abc"))
        XCTAssertFalse(store.isIdle)
        core.release()
        try await until { store.isIdle }

        XCTAssertEqual(published.titles, ["3"], "the views of 1 and 2 came while 3 was queued")
        XCTAssertEqual(store.view.noteText, "abc")
        XCTAssertTrue(store.isIdle)
    }

    func testEffectsOfEveryAppliedUpdateAreCarriedOutInTheCoresOrderOnTheMainThread() async throws {
        let effects = RecordingEffects()
        let core = FakeCore(effects: [.locked, .dial(telUri: "tel:+31135498430"), .hideApp])
        core.hold(1)
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)

        store.send(.heartbeat)
        store.send(.heartbeat)
        core.release()
        try await until { effects.performed.count == 6 && store.isIdle }

        XCTAssertEqual(
            effects.performed,
            [.locked, .dial(telUri: "tel:+31135498430"), .hideApp,
             .locked, .dial(telUri: "tel:+31135498430"), .hideApp]
        )
        XCTAssertEqual(effects.onMainThread, Array(repeating: true, count: 6))
        XCTAssertEqual(published.titles, ["2"], "the first view was never drawn")
    }

    func testWhatThePlatformCouldNotDoGoesBackToTheCore() async throws {
        let effects = RecordingEffects()
        let core = FakeCore(effects: [.dial(telUri: "tel:+31135498430")])
        effects.answerToDial = { .dialFailed(telUri: $0) }
        let store = try Store(core: core, effects: effects)

        store.send(.call(contactId: "zorgcoordinator"))
        try await until { core.received.count == 2 }

        XCTAssertEqual(core.received.last, .dialFailed(telUri: "tel:+31135498430"))
    }

    func testIdleGoesFalseOnSendAndTrueWhenTheLastEventIsAnswered() async throws {
        let effects = RecordingEffects()
        let core = FakeCore(effects: [.locked])
        core.hold(2)
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)
        XCTAssertTrue(store.isIdle)

        store.send(.heartbeat)
        XCTAssertFalse(store.isIdle, "not idle from the send on")
        store.send(.heartbeat)
        try await until { core.isHolding }
        core.release()
        // The first is answered and applied (its effect carried out); the second waits.
        try await until { effects.performed.count == 1 && core.isHolding }
        XCTAssertFalse(store.isIdle, "an event still waits")
        XCTAssertEqual(published.titles, [])

        core.release()
        try await until { store.isIdle }
        XCTAssertTrue(store.isIdle)
        XCTAssertEqual(published.titles, ["2"])
    }

    func testTheFirstViewsHeartbeatIsSent() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        core.viewHeartbeat = 20
        let store = try Store(core: core, effects: effects)

        try await until { core.received.count == 1 }
        XCTAssertEqual(core.received, [.heartbeat])
        // The heartbeat's view asks for none: nothing more comes.
        try await Task.sleep(nanoseconds: 100_000_000)
        XCTAssertEqual(core.received.count, 1)
        withExtendedLifetime(store) {}
    }

    func testTheHeartbeatFollowsTheNewestAppliedViewAndNoneWhenNull() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        core.heartbeats = [20, nil]
        let store = try Store(core: core, effects: effects)

        store.send(.open(destination: .cases))
        try await until { core.received.count == 2 }
        XCTAssertEqual(core.received, [.open(destination: .cases), .heartbeat])
        // The heartbeat's view asks for none: nothing more comes.
        try await Task.sleep(nanoseconds: 100_000_000)
        XCTAssertEqual(core.received.count, 2)
    }

    func testADispatchThatThrowsPublishesTheCoresCurrentViewWithoutEffectsAndTheStoreGoesOn() async throws {
        let effects = RecordingEffects()
        let core = FakeCore(effects: [.locked])
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)
        core.viewTitle = "current"
        core.viewHeartbeat = 20
        core.failNextDispatch = true

        store.send(.open(destination: .cases))
        // The core's view as it stands, and the heartbeat it asks for.
        try await until { core.received.count == 2 && store.isIdle }

        XCTAssertEqual(core.received, [.open(destination: .cases), .heartbeat])
        XCTAssertEqual(published.titles, ["current", "2"])
        XCTAssertEqual(effects.performed, [.locked], "only the heartbeat's")
    }

    func testAThrowFromViewTooKeepsTheLastViewAndSettles() async throws {
        let core = FakeCore()
        let effects = RecordingEffects()
        let store = try Store(core: core, effects: effects)
        let published = Publications(store)
        store.send(.heartbeat)
        try await until { store.isIdle && store.view.title == "1" }
        core.failNextDispatch = true
        core.failView = true

        store.send(.open(destination: .cases))
        try await until { store.isIdle }
        XCTAssertEqual(store.view.title, "1")
        XCTAssertTrue(store.isIdle)

        core.failView = false
        store.send(.heartbeat)
        try await until { store.isIdle && store.view.title == "3" }
        XCTAssertEqual(published.titles, ["1", "3"])
    }
}

/// The titles of the views a store publishes, in order, recorded as each is published.
@MainActor
private final class Publications {
    private(set) var titles: [String] = []

    init(_ store: Store) {
        store.onPublish = { [weak self] view in self?.titles.append(view.title) }
    }
}
