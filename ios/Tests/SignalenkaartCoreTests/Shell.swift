import Foundation
import XCTest
import SignalenkaartCore
import SignalenkaartTestSupport

/// 2026-11-28 13:00 UTC, 14:00 in the Netherlands.
let startMillis: Int64 = 1_795_870_800_000
let pin = "246810"

/// A clock in Swift that only moves when told to. Its two hands move apart, as a phone's
/// do: `now` is the wall clock the user can set, `boot` the time since boot.
final class StepClock: PlatformClock, @unchecked Sendable {
    private let lock = NSLock()
    private var now = startMillis
    private var boot: Int64 = 86_400_000

    func nowUnixMillis() -> Int64 { lock.withLock { now } }
    func utcOffsetSeconds(atUnixMillis: Int64) -> Int32 { 3600 }
    func sinceBootMillis() -> Int64 { lock.withLock { boot } }

    /// Lets `millis` pass: both hands move.
    func advance(_ millis: Int64) {
        lock.withLock {
            now += millis
            boot += millis
        }
    }

    /// The phone restarts: a minute later by the wall clock, a minute since boot.
    func restartPhone() {
        lock.withLock {
            now += 60_000
            boot = 60_000
        }
    }
}

/// What a shell holds: the core and the platform services it gave it (the biometric key
/// only where a test gives one), over a fresh data directory that is removed at the end.
final class Shell {
    let dir: URL
    let keys: any PlatformKeyWrapper
    let clock: StepClock
    let biometrics: (any PlatformBiometrics)?
    /// `nil` only during a restart: the old core has let go of the vault (one process at
    /// a time may hold it) before the next starts, as when the app is killed.
    private(set) var core: Core!

    init(
        dir: URL? = nil,
        keys: any PlatformKeyWrapper = SwiftKeyWrapper(),
        clock: StepClock = StepClock(),
        biometrics: (any PlatformBiometrics)? = nil
    ) throws {
        self.dir = dir ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("signalenkaart-swift-\(UUID().uuidString)")
        self.keys = keys
        self.clock = clock
        self.biometrics = biometrics
        core = try start()
    }

    private func start() throws -> Core {
        let config = CoreConfig(dataDir: dir.appendingPathComponent("data").path, deviceLanguage: .nl)
        return try Core.withClock(config: config, keys: keys, clock: clock, biometrics: biometrics)
    }

    /// A second start on the same files and keys, as after the app was killed.
    func restart() throws {
        core = nil
        core = try start()
    }

    @discardableResult
    func send(_ event: Event) -> Update { core.dispatch(event: event) }

    /// Opens `destination` from the home screen (shown first if it is not), as a user
    /// does: an event acts only on the screen that offered it.
    @discardableResult
    func goTo(_ destination: Destination) -> Update {
        if case .home = view.screen {} else { send(.openHome) }
        return send(.open(destination: destination))
    }

    var view: ViewModel { core.view() }

    /// Types `digits` with the keys the PIN pad offers, then confirms.
    @discardableResult
    func enter(_ digits: String, file: StaticString = #filePath, line: UInt = #line) -> ViewModel {
        for digit in digits {
            guard case .pin(let pad) = view.screen,
                  let key = pad.keys.first(where: { $0.label == String(digit) })
            else {
                XCTFail("no PIN key \(digit) on \(view.screen)", file: file, line: line)
                return view
            }
            send(key.event)
        }
        return send(.pinSubmit).view
    }

    /// Sets up the vault (choose the PIN, repeat it) and leaves it open.
    @discardableResult
    func createVault(file: StaticString = #filePath, line: UInt = #line) -> ViewModel {
        send(.open(destination: .cases))
        enter(pin)
        let view = enter(pin)
        XCTAssertNotNil(view.lock, "vault not created: \(view.screen)", file: file, line: line)
        return view
    }

    deinit {
        try? FileManager.default.removeItem(at: dir)
    }
}
