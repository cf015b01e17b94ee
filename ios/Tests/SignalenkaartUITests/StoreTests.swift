import Combine
import Foundation
import XCTest
import SignalenkaartCore
@testable import SignalenkaartUI

/// The store's promises, checked against a fake core: order, off-main dispatch, only
/// the newest view published, effects carried out in order.
@MainActor
final class StoreTests: XCTestCase {
    func testEventsReachTheCoreInTheOrderSent() async {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())
        let events: [Event] = [.pinDigit(digit: 1), .pinDigit(digit: 2), .pinSubmit]

        events.forEach(store.send)
        await published(store, title: "3")

        XCTAssertEqual(core.received, events)
    }

    func testDispatchRunsOffTheMainThread() async {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())

        store.send(.heartbeat)
        await published(store, title: "1")

        XCTAssertEqual(core.dispatchedOnMainThread, [false])
    }

    func testOnlyTheViewAfterTheLastQueuedEventIsPublished() async {
        let core = FakeCore()
        let store = Store(core: core, effects: RecordingEffects())
        var titles: [String] = []
        let subscription = store.$view.dropFirst().sink { titles.append($0.title) }

        store.send(.edit(field: .note, text: "a"))
        store.send(.edit(field: .note, text: "ab"))
        store.send(.edit(field: .note, text: "abc"))
        await published(store, title: "3")

        XCTAssertEqual(titles, ["3"])
        subscription.cancel()
    }

    func testEffectsAreCarriedOutInTheCoresOrder() async {
        let core = FakeCore(effects: [.locked, .hideApp])
        let effects = RecordingEffects()
        let store = Store(core: core, effects: effects)

        store.send(.quickExit)
        await published(store, title: "1")

        XCTAssertEqual(effects.performed, [.locked, .hideApp])
    }

    /// Waits until the store publishes a view with `title`.
    private func published(_ store: Store, title: String) async {
        let seen = expectation(description: "view \(title) published")
        let subscription = store.$view.sink { view in
            if view.title == title { seen.fulfill() }
        }
        await fulfillment(of: [seen], timeout: 5)
        subscription.cancel()
    }
}

/// Answers every event with a neutral view titled with the number of events so far.
private final class FakeCore: CoreDispatching, @unchecked Sendable {
    private let lock = NSLock()
    private let effects: [Effect]
    private var events: [Event] = []
    private var onMain: [Bool] = []

    init(effects: [Effect] = []) {
        self.effects = effects
    }

    var received: [Event] {
        lock.withLock { events }
    }

    var dispatchedOnMainThread: [Bool] {
        lock.withLock { onMain }
    }

    func dispatch(event: Event) -> Update {
        let count = lock.withLock {
            events.append(event)
            onMain.append(Thread.isMainThread)
            return events.count
        }
        return Update(
            view: Self.view(title: String(count)),
            effects: effects,
            revision: UInt64(count)
        )
    }

    func view() -> ViewModel {
        Self.view(title: "0")
    }

    private static func view(title: String) -> ViewModel {
        let action = SignalenkaartCore.Button(
            label: "OK",
            accessibilityLabel: "OK",
            enabled: true,
            event: .leaveNeutral
        )
        return ViewModel(
            screen: .neutral(view: MessageView(text: "", action: action)),
            title: title,
            back: nil,
            call: nil,
            quickExit: nil,
            lock: nil,
            notice: nil,
            discreet: false,
            language: .nl,
            nextHeartbeatMs: nil
        )
    }
}

@MainActor
private final class RecordingEffects: EffectHandler {
    private(set) var performed: [Effect] = []

    func perform(_ effect: Effect) {
        performed.append(effect)
    }
}
