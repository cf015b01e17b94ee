import Foundation
import XCTest
import SignalenkaartCore

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
}

/// The platform key in Swift, standing in for the Keychain: a random key per instance
/// (a second instance is another phone). Not encryption worth the name, XOR with the
/// key and the key's id in front; what it tests is the trait crossing the FFI both ways
/// and the core's handling of each answer. The attempt count lives here, apart from the
/// vault's files, as in the Keychain.
final class SwiftKeyWrapper: PlatformKeyWrapper, @unchecked Sendable {
    private let lock = NSLock()
    private var key: [UInt8]? = nil
    private let id = (0..<8).map { _ in UInt8.random(in: 0...255) }
    private var count: UInt32?
    private(set) var destroyCalls = 0

    func wrap(plaintext: Data) throws -> Data {
        lock.withLock {
            let key = self.key ?? (0..<32).map { _ in UInt8.random(in: 0...255) }
            self.key = key
            return Data(id + plaintext.enumerated().map { $0.element ^ key[$0.offset % 32] })
        }
    }

    func unwrap(wrapped: Data) throws -> Data {
        try lock.withLock {
            guard let key else { throw KeyWrapperError.KeyMissing }
            guard wrapped.count > 8, Array(wrapped.prefix(8)) == id else {
                throw KeyWrapperError.Rejected
            }
            return Data(wrapped.dropFirst(8).enumerated().map { $0.element ^ key[$0.offset % 32] })
        }
    }

    func destroyKey() throws {
        lock.withLock {
            key = nil
            count = nil
            destroyCalls += 1
        }
    }

    func loadAttemptCount() throws -> UInt32? { lock.withLock { count } }

    func storeAttemptCount(count: UInt32) throws { lock.withLock { self.count = count } }
}

/// What a shell holds: the core and the platform services it gave it, over a fresh data
/// directory that is removed at the end.
final class Shell {
    let dir: URL
    let keys: any PlatformKeyWrapper
    let clock: StepClock
    /// `nil` only during a restart: the old core has let go of the vault (one process at
    /// a time may hold it) before the next starts, as when the app is killed.
    private(set) var core: Core!

    init(
        dir: URL? = nil,
        keys: any PlatformKeyWrapper = SwiftKeyWrapper(),
        clock: StepClock = StepClock()
    ) throws {
        self.dir = dir ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("signalenkaart-swift-\(UUID().uuidString)")
        self.keys = keys
        self.clock = clock
        core = try Self.start(dir: self.dir, keys: keys, clock: clock)
    }

    private static func start(dir: URL, keys: any PlatformKeyWrapper, clock: StepClock) throws -> Core {
        let config = CoreConfig(dataDir: dir.appendingPathComponent("data").path, deviceLanguage: .nl)
        return try Core.withClock(config: config, keys: keys, clock: clock)
    }

    /// A second start on the same files and key, as after the app was killed.
    func restart() throws {
        core = nil
        core = try Self.start(dir: dir, keys: keys, clock: clock)
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

extension ViewModel {
    var pinPad: PinView? {
        if case .pin(let view) = screen { return view }
        return nil
    }

    var signals: SignalsView? {
        if case .signals(let view) = screen { return view }
        return nil
    }

    var cases: CasesView? {
        if case .cases(let view) = screen { return view }
        return nil
    }

    var label: LabelView? {
        if case .label(let view) = screen { return view }
        return nil
    }

    var caseView: CaseView? {
        if case .case(let view) = screen { return view }
        return nil
    }

    var isNeutral: Bool {
        if case .neutral = screen { return true }
        return false
    }
}
