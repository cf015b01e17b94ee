import Foundation
import SignalenkaartCore

/// The platform's biometric key in Swift, standing in for the Keychain item behind Face
/// ID: `enroll` keeps the secret under a random handle, `unlock` gives it back for that
/// handle. It can be told how the next prompts end (a cancel, a lock-out, a key gone, a
/// platform failure), and to keep a prompt on screen until `cancel()`, as the app's
/// `HideApp` closes it. It records what the prompts said.
public final class SwiftBiometrics: PlatformBiometrics, @unchecked Sendable {
    private let lock = NSLock()
    private let cancelled = DispatchSemaphore(value: 0)
    private var item: (handle: Data, secret: Data)?
    private var answer: BiometricError?
    private var holding = false
    private var showing = false
    private var said: [BiometricPrompt] = []
    private var calls: (enroll: Int, unlock: Int, forget: Int, cancel: Int) = (0, 0, 0, 0)

    public init() {}

    /// How every prompt ends from now on: `nil` recognises the face or finger.
    public var failure: BiometricError? {
        get { lock.withLock { answer } }
        set { lock.withLock { answer = newValue } }
    }

    /// The next prompt stays on screen until `cancel()`, then throws `Cancelled`.
    public func holdNextPrompt() {
        lock.withLock { holding = true }
    }

    /// Whether a held prompt is on screen now.
    public var isShowingPrompt: Bool { lock.withLock { showing } }

    /// What each prompt said, in order.
    public var prompts: [BiometricPrompt] { lock.withLock { said } }

    public var enrollCalls: Int { lock.withLock { calls.enroll } }
    public var unlockCalls: Int { lock.withLock { calls.unlock } }
    public var forgetCalls: Int { lock.withLock { calls.forget } }
    public var cancelCalls: Int { lock.withLock { calls.cancel } }

    public func enroll(secret: Data, prompt: BiometricPrompt) throws -> Data {
        lock.withLock { calls.enroll += 1 }
        try show(prompt)
        let handle = Data((0..<16).map { _ in UInt8.random(in: 0...255) })
        lock.withLock { item = (handle, secret) }
        return handle
    }

    public func unlock(wrapped: Data, prompt: BiometricPrompt) throws -> Data {
        lock.withLock { calls.unlock += 1 }
        try show(prompt)
        return try lock.withLock {
            guard let item, item.handle == wrapped else { throw BiometricError.KeyInvalidated }
            return item.secret
        }
    }

    public func forget() throws {
        lock.withLock {
            calls.forget += 1
            item = nil
        }
    }

    /// Closes a held prompt, as the app does on `HideApp`.
    public func cancel() {
        let wasShowing = lock.withLock {
            calls.cancel += 1
            return showing
        }
        if wasShowing { cancelled.signal() }
    }

    /// The prompt: answered at once as told, or held until cancelled.
    private func show(_ prompt: BiometricPrompt) throws {
        let hold = lock.withLock {
            said.append(prompt)
            defer { holding = false }
            showing = holding
            return holding
        }
        if hold {
            cancelled.wait()
            lock.withLock { showing = false }
            throw BiometricError.Cancelled
        }
        if let failure { throw failure }
    }
}
